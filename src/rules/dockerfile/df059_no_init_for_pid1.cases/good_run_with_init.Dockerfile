FROM node:22.12.0-alpine
COPY . /app
# Run with `docker run --init` (compose: `init: true`).
CMD ["node", "/app/server.js"]
