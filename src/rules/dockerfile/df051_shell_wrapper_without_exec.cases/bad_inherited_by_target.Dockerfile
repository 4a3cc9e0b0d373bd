FROM python:3.13.1-slim-bookworm AS base
WORKDIR /app
# expect DF051 @+1:47
CMD ["sh", "-c", "python manage.py migrate && gunicorn app.wsgi"]

FROM base AS production
COPY . .
