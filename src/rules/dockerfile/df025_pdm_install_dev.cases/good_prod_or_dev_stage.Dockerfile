FROM python:3.11.11-slim-bookworm AS base
RUN pip install --no-cache-dir pdm==2.22.1
FROM base AS development
RUN pdm install -G dev
FROM base AS production
RUN pdm install --prod --frozen-lockfile
