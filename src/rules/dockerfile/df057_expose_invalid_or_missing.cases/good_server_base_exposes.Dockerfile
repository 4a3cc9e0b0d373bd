# nginx's own image config EXPOSEs 80; images built on it inherit that.
FROM nginx:1.27.3-alpine
COPY site/ /usr/share/nginx/html/
CMD ["nginx", "-g", "daemon off;"]
