# syntax=docker/dockerfile:1
FROM debian:12-slim
# Mount keys and types are case-insensitive; dst= is target=.
RUN --mount=Type=Cache,dst=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl
RUN --mount=type=tmpfs,target=/var/lib/apt apt-get update && apt-get install -y --no-install-recommends git
