# syntax=docker/dockerfile:1
FROM node:22.12.0-bookworm-slim
RUN <<EOF
# expect DF067 @+1:1
cd /srv/web
npm ci
EOF
