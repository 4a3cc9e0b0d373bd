FROM python:3.12.8-slim-bookworm
ARG BUILD_DEPS="gcc libpq-dev"
ENV RUNTIME_DEPS="libpq5 curl"
# expect DF002 @+2 "`gcc` (from `$BUILD_DEPS`)"
# expect DF002 @+1 "`libpq-dev`"
RUN apt-get update && apt-get install -y $RUNTIME_DEPS $BUILD_DEPS \
    && rm -rf /var/lib/apt/lists/*
