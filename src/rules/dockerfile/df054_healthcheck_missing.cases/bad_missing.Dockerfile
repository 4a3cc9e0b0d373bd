# expect DF054 @+1:1
FROM nginx:1.27-alpine
COPY site /usr/share/nginx/html
