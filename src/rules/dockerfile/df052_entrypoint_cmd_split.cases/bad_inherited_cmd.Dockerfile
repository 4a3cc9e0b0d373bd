FROM python:3.13.1-slim-bookworm AS base
# expect DF052 @+1:6
CMD ["gunicorn", "app.wsgi", "--bind", "0.0.0.0:8000"]

FROM base AS production
COPY . /app
