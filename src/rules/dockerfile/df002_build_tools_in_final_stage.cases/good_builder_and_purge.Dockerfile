FROM python:3.12.8-bookworm AS builder
RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev
RUN pip install poetry==1.8.5
FROM python:3.12.8-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 gcc \
 && pip install --no-cache-dir psycopg==3.2.3 \
 && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*
RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps
COPY --from=builder /usr/local /usr/local
