FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /app/.venv

FROM python:3.13.1-slim-bookworm
COPY --from=builder /app/.venv /app/.venv
ENV PATH="/app/.venv/bin:$PATH"
CMD ["uvicorn", "main:app"]
