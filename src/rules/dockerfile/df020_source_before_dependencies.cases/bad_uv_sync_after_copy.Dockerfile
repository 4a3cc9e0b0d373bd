FROM python:3.12-slim
# expect DF020
COPY . /app
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen
