FROM debian:12-slim
# expect DF031 @+1:1
RUN apt-get update && apt-get install -y --no-install-recommends curl
