FROM python:3.12.8-slim-bookworm AS base
ENV DEBUG=false NODE_ENV=production
FROM base AS development
ENV FLASK_DEBUG=1
RUN poetry install
CMD ["uvicorn", "app:app", "--reload"]
FROM base AS production
RUN poetry install --only main --no-root
CMD ["gunicorn", "app:app"]
