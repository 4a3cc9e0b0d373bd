FROM debian:12-slim
# expect DF030 @+1:23
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
