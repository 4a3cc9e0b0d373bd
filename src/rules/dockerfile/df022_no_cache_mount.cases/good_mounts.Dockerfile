# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y curl
RUN make install
