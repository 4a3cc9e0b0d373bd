FROM debian:12-slim
# The flag inside an `-o` setting's value is no flag of apt's own.
# expect DF030 @+1:5
RUN apt-get -o X=--no-install-recommends install -y curl
