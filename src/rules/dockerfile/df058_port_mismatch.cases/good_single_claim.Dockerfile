FROM nginx:1.27.3-alpine
HEALTHCHECK CMD wget -qO- http://localhost/ || exit 1
