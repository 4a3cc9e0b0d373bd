FROM node:22.12.0-alpine
ENV PORT=3000
# expect DF058 @+1:8
EXPOSE 8080 9090
CMD ["node", "server.js"]
