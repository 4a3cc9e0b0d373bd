FROM python:3.13.1-slim-bookworm AS base
# expect DF057 @+1:1
ENTRYPOINT ["gunicorn"]
CMD ["app.wsgi"]

FROM base AS production
COPY . /app
