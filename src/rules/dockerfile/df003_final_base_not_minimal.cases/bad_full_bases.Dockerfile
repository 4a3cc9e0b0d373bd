FROM golang:1.23.4-bookworm AS builder
RUN go build -o /app .
# expect DF003 @+1:6
FROM ubuntu:24.04 AS base
FROM base AS production
COPY --from=builder /app /app
FROM base AS debug
