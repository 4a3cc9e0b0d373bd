FROM python:3.11.11-slim-bookworm AS base
RUN pip install --no-cache-dir pdm==2.22.1
FROM base AS production
# expect DF025 @+1:5
RUN pdm install --frozen-lockfile
