# syntax=docker/dockerfile:1.7
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl
COPY --link run.sh /usr/local/bin/
RUN <<EOF
echo hi
EOF
