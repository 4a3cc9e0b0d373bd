# syntax=docker/dockerfile:1
FROM debian:12-slim
RUN <<EOF
set -eu
# expect DF030 @+1:1
apt-get install -y ca-certificates
EOF
