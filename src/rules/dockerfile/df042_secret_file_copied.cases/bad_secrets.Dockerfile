FROM node:22.12.0-bookworm-slim
# expect DF042 @+1:6
COPY .npmrc package.json package-lock.json ./
# expect DF042 @+1:6
COPY .env /app/.env
# expect DF042 @+1:5
ADD deploy/id_ed25519 /root/.ssh/id_ed25519
