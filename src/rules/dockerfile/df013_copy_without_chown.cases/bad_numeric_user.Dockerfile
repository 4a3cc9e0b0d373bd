FROM node:22.12.0-bookworm-slim
WORKDIR /app
# expect DF013
COPY --chown=1000:1000 package.json server.js ./
USER 1000:1000
CMD ["node", "server.js"]
