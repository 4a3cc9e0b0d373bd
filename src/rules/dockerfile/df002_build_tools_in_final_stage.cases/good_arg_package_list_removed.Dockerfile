FROM python:3.12.8-slim-bookworm
ARG BUILD_DEPS="gcc libpq-dev"
ARG EXTRA_DEPS
ENV RUNTIME_DEPS="libpq5 curl"
RUN apt-get update && apt-get install -y $RUNTIME_DEPS $BUILD_DEPS $EXTRA_DEPS \
    && pip install --no-cache-dir psycopg==3.2.3 \
    && apt-get purge -y --auto-remove $BUILD_DEPS \
    && rm -rf /var/lib/apt/lists/*
# A base image's ENV (the php images' $PHPIZE_DEPS) is unknown here, not empty.
RUN apk add --no-cache $PHPIZE_DEPS
