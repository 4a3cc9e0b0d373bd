FROM python:3.12-slim
# expect DI005
COPY pyproject.toml /app/
