# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm
WORKDIR /app
# The heredoc is written by the Dockerfile, but requirements.txt comes from the context.
COPY requirements.txt <<EOF ./
extra-index-url = https://pypi.example.org/simple
EOF
# expect DF021 @+1:23
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
