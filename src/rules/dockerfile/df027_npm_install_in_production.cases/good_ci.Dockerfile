FROM node:22.12.0-bookworm-slim AS builder
RUN npm install
FROM node:22.12.0-bookworm-slim
RUN npm ci --omit=dev
RUN npm install -g pnpm@9.15.0
RUN npm install express@4.21.2
