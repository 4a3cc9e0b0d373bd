FROM nginx:1.27.3-alpine
# expect DF056 @+1:1
HEALTHCHECK CMD wget -qO- http://127.0.0.1/ || exit 1
