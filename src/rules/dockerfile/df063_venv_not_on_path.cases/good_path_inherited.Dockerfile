FROM python:3.13.1-slim-bookworm AS base
ENV PATH="/app/.venv/bin:$PATH"

FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /app/.venv

FROM base AS production
COPY --from=builder /app/.venv/ /app/.venv/
CMD ["python", "-m", "app"]
