FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /app/.venv && /app/.venv/bin/pip install --no-cache-dir uvicorn

FROM python:3.13.1-slim-bookworm
WORKDIR /app
# expect DF063 @+1:48
COPY --from=builder --chown=app:app /app/.venv /app/.venv
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn main:app"]
