FROM debian:12.8-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends netcat-openbsd && rm -rf /var/lib/apt/lists/*

FROM base
HEALTHCHECK CMD ["nc", "-z", "localhost", "5432"]
