# syntax=docker/dockerfile:1
FROM alpine:3.20
# expect DF074 @+1:18
RUN --mount=type=cahce,target=/var/cache/apk apk add curl
# expect DF074 @+1:37
RUN --mount=type=cache,target=/root,colour=red true
# expect DF074 @+1:23
RUN --mount=type=bind,mode=0644,target=/src true
# expect DF074 @+1:5
RUN --mount=type=secret true
# expect DF074 @+1:24
HEALTHCHECK --interval=5 CMD true
# expect DF074 @+1:8
COPY a <<EOF
body
EOF
