# option required=interval,timeout
FROM nginx:1.27.3-alpine
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1/ || exit 1
