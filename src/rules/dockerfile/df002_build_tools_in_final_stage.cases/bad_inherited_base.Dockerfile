FROM node:22.12.0-alpine3.20 AS base
# expect DF002 @+1:24
RUN apk add --no-cache git
FROM base AS builder
RUN npm ci
FROM base AS production
COPY --from=builder /app /app
