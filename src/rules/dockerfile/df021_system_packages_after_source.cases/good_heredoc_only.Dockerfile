# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm
WORKDIR /app
COPY <<EOF /etc/apt/apt.conf.d/99retries
Acquire::Retries "3";
EOF
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
