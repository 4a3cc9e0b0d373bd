FROM nginx:1.27.3-alpine AS web
# expect DF057 @+2:8
# expect DF057 @+1:16
EXPOSE 80/http 8080:80 443/tcp
