# syntax=docker/dockerfile:1
FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim AS builder
ENV UV_COMPILE_BYTECODE=1
# `--link-mode copy` says what `--link-mode=copy` says.
RUN --mount=type=cache,target=/root/.cache/uv uv sync --locked --link-mode copy
