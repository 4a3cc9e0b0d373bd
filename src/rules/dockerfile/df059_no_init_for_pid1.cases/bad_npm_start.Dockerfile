FROM node:22.12.0-bookworm-slim
COPY . /app
# expect DF059 @+1:13
ENTRYPOINT ["npm", "start"]
