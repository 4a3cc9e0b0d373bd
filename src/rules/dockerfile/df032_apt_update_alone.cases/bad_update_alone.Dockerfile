FROM debian:12-slim
# expect DF032 @+1:5
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl
