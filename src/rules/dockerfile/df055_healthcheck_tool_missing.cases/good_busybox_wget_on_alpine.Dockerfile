FROM node:22.12.0-alpine
HEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1
