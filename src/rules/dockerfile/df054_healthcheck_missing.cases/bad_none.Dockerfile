FROM nginx:1.27-alpine
# expect DF054 @+1:1
HEALTHCHECK NONE
