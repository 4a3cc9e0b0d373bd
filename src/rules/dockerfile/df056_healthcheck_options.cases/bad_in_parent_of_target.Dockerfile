FROM python:3.13.1-slim-bookworm AS base
# expect DF056
HEALTHCHECK --interval=10s CMD ["python", "/app/health.py"]

FROM base AS production
COPY . /app
