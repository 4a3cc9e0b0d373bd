FROM node:22.12.0-alpine AS base
# expect DF055 @+1:17
HEALTHCHECK CMD curl -fs http://localhost:3000/ || exit 1

FROM base
COPY . /app
