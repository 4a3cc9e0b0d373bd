FROM debian:12-slim
# A later RUN installs from these lists without fetching them: removing them here is unsafe.
# expect DF031 @+1:1
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
