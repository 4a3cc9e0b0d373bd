# syntax=docker/dockerfile:1
FROM alpine:3.20
# The index lands on a tmpfs that is gone when the RUN ends, not in the layer.
RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl
RUN --mount=Type=Cache,Target=/var/cache/apk apk add git
