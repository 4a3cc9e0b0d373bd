FROM node:22-slim
WORKDIR /app
# expect DF020 @+1:1
COPY . .
RUN npm ci --omit=dev
