FROM debian:12-slim
# expect DF030 @+3:5
RUN apt-get update \
# the next line is still the same RUN
 && apt-get install -y \
      curl
