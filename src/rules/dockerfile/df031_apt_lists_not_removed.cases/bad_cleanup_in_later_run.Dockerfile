FROM debian:12-slim AS base
# expect DF031
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN rm -rf /var/lib/apt/lists/*
FROM base
