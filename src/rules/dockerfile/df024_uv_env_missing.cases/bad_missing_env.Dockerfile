# syntax=docker/dockerfile:1
FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim AS builder
# expect DF024 @+2:47
# expect DF024 @+1:47
RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked
