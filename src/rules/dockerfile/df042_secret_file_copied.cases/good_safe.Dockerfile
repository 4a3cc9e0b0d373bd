# syntax=docker/dockerfile:1
FROM node:22.12.0-bookworm-slim AS builder
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY .env.example /app/.env.example
COPY certs/server.crt /etc/ssl/certs/
FROM node:22.12.0-bookworm-slim
COPY --from=builder /root/.npmrc /tmp/not-from-context
