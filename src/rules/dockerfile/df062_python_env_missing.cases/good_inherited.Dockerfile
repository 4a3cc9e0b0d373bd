FROM python:3.13.1-slim-bookworm AS base
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1

FROM base AS production
COPY . /app
CMD ["python", "/app/main.py"]
