FROM python:3.12.8-slim-bookworm AS base
RUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --no-create-home app
FROM base AS production
USER app:app
FROM node:22.12.0-bookworm-slim AS web
USER node
FROM gcr.io/distroless/static-debian12 AS static
USER nonroot
FROM alpine:3.20 AS numeric
USER 10001:10001
FROM example.com/unknown/base:1.0.0 AS unknown
USER service
FROM alpine:3.20
RUN adduser -D -u 10001 worker
USER worker
