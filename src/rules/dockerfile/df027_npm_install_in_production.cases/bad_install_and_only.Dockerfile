FROM node:22.12.0-bookworm-slim
COPY package.json package-lock.json ./
# expect DF027 @+1:5
RUN npm install
# expect DF027 @+1:12
RUN npm ci --only=production
