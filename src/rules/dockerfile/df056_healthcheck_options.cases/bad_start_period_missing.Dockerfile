FROM node:22.12.0-alpine
COPY . /app
# expect DF056 @+1:1
healthcheck --interval=30s --timeout=3s --retries=3 \
    CMD ["node", "/app/healthcheck.js"]
