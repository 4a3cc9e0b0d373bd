# expect DF062 @+1:1
FROM ghcr.io/astral-sh/uv:0.5.11-python3.12-bookworm-slim AS production
WORKDIR /app
COPY . .
RUN uv sync --frozen --no-dev

FROM production AS test
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
RUN uv sync --frozen
