FROM alpine:3.20
# expect DF066 @+1:9
WORKDIR app
