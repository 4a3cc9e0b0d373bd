FROM python:3.12-slim
COPY pyproject.toml /app/
COPY src/ /app/src/
