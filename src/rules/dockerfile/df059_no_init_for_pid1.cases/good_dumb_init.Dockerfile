FROM node:22.12.0-alpine
RUN apk add --no-cache dumb-init
COPY . /app
ENTRYPOINT ["dumb-init", "--"]
CMD ["node", "/app/dist/index.js"]
