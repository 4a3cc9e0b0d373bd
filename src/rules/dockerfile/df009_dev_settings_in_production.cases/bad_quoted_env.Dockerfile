FROM node:22.12.0-bookworm-slim
# Quoted keys and values are unquoted by the build before they land in the image config.
# expect DF009 @+1:5
ENV "NODE_ENV"=development
# expect DF009 @+1:15
ENV PORT=3000 'DEBUG'="true"
CMD ["node", "server.js"]
