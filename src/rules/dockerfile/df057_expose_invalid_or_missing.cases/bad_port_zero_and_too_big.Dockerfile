FROM nginx:1.27.3-alpine
# expect DF057 @+2:8
# expect DF057 @+1:13
EXPOSE 0 80 70000
