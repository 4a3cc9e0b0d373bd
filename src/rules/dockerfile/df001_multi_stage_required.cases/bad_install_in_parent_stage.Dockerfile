FROM node:22-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
# expect DF001
FROM base AS production
CMD ["node", "server.js"]
