FROM python:3.11.11-slim-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM python:3.11.11-slim-bookworm AS runtime
COPY --from=builder /usr/bin/curl /usr/bin/curl
# expect DF055 @+1:18
HEALTHCHECK CMD ["curl", "-f", "http://localhost:8000/health"]
