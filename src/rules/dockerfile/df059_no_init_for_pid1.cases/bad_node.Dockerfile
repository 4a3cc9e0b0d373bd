FROM node:22.12.0-alpine
WORKDIR /app
COPY . .
# expect DF059 @+1:6
CMD ["node", "dist/index.js"]
