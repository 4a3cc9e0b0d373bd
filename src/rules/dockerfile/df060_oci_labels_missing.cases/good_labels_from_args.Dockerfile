FROM alpine:3.20 AS base
ARG VERSION=dev
ARG REVISION=unknown
LABEL "org.opencontainers.image.source"="https://example.com/repo" \
      org.opencontainers.image.version=$VERSION
FROM base AS production
ARG REVISION=unknown
LABEL org.opencontainers.image.revision=$REVISION
