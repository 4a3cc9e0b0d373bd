FROM node:22.12.0-bookworm-slim
WORKDIR /app
COPY . .
# expect DF051 @+1:51
ENTRYPOINT ["/bin/bash", "-ec", "npm run migrate; node server.js"]
