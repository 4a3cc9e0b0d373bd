# expect DF040 @+1:5
ARG NPM_TOKEN
FROM node:22-slim
