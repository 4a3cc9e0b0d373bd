# targets mirrored-alpine,mirrored-busybox,mirrored-distroless,wolfi,chainguard-mirror,distroless-tag,minimal-tag,slim-tag
FROM golang:1.23.4-bookworm AS builder
RUN CGO_ENABLED=0 go build -o /app .
FROM ghcr.io/example/alpine:3.23.3 AS mirrored-alpine
COPY --from=builder /app /app
FROM registry.example.com/mirror/busybox:1.37 AS mirrored-busybox
COPY --from=builder /app /app
FROM registry.example.com/gcr/distroless/static-debian12:nonroot AS mirrored-distroless
COPY --from=builder /app /app
FROM cgr.dev/chainguard/wolfi-base:latest AS wolfi
COPY --from=builder /app /app
FROM registry.example.com/chainguard/static:latest AS chainguard-mirror
COPY --from=builder /app /app
FROM registry.example.com/base/runtime:2024-distroless AS distroless-tag
COPY --from=builder /app /app
FROM registry.example.com/base/runtime:2024-minimal AS minimal-tag
COPY --from=builder /app /app
FROM registry.example.com/python:3.12-slim AS slim-tag
COPY --from=builder /app /app
