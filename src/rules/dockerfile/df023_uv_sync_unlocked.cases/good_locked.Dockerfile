# syntax=docker/dockerfile:1
FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim AS builder
ENV UV_LOCKED=1
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-install-project
RUN uv sync --no-dev
FROM builder AS development
RUN uv sync --locked
FROM python:3.12.8-slim-bookworm AS production
COPY --from=builder /app/.venv /app/.venv
