FROM node:22.12.0-alpine AS base
COPY . /app

FROM base AS production
# expect DF059 @+1:43
CMD ["sh", "-c", "npm run migrate && exec node server.js"]
