FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim AS builder
# expect DF023 @+1:5
RUN uv sync --no-dev
FROM python:3.12.8-slim-bookworm AS production
COPY --from=builder /app/.venv /app/.venv
# expect DF023 @+1:5
RUN uv sync --locked
