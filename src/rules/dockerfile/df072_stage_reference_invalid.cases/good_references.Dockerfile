# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20
FROM golang:1.23.4 AS Builder
RUN go build -o /app .
FROM ${BASE} AS runtime
COPY --from=builder /app /app
COPY --from=0 /app /app2
COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/
COPY --from=docker.io/library/busybox /bin/busybox /bin/
COPY --from=$STAGE /x /x
RUN --mount=type=cache,target=/root/.cache --mount=from=builder,source=/app,target=/mnt/app true
FROM runtime AS test
FROM scratch
COPY --from=runtime /app /app
