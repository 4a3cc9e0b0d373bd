FROM golang:1.23.4-bookworm AS builder
RUN go build -o /app .
FROM alpine:3.20
COPY --from=builder /app /app
COPY --from=nginx:1.27.3 /etc/nginx/mime.types /etc/
RUN --mount=type=cache,target=/root/.cache --mount=from=builder,source=/app,target=/mnt ls
