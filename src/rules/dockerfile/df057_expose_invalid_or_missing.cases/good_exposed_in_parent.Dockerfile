FROM nginx:1.27.3-alpine AS base
EXPOSE 80

FROM base
COPY site /usr/share/nginx/html
CMD ["nginx", "-g", "daemon off;"]
