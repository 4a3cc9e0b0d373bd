# The uv stage only names an image: copying its binary is no builder stage, and the final
# stage still resolves and installs the dependencies itself.
FROM ghcr.io/astral-sh/uv:0.5.11 AS uv
# expect DF001 @+1:1
FROM python:3.12.8-slim-bookworm
COPY --from=uv /uv /bin/uv
COPY pyproject.toml uv.lock /app/
WORKDIR /app
RUN uv sync --frozen --no-dev
