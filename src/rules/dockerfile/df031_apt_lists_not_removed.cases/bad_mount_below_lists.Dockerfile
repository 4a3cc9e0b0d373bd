# syntax=docker/dockerfile:1
FROM debian:12-slim
# Only the partial downloads are mounted; the lists themselves stay in the layer.
# expect DF031
RUN --mount=type=tmpfs,target=/var/lib/apt/lists/partial apt-get update && apt-get install -y --no-install-recommends curl
