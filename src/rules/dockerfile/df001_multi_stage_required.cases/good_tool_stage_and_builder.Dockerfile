FROM ghcr.io/astral-sh/uv:0.5.11 AS uv
FROM python:3.12.8-slim-bookworm AS builder
COPY --from=uv /uv /bin/uv
COPY pyproject.toml uv.lock /app/
WORKDIR /app
RUN uv sync --frozen --no-dev
FROM python:3.12.8-slim-bookworm
COPY --from=builder /app/.venv /app/.venv
