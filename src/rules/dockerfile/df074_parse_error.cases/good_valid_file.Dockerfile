# syntax=docker/dockerfile:1
ARG BASE=alpine:3.20
FROM ${BASE}
RUN <<EOF
echo ok
EOF
CMD ["true"]
