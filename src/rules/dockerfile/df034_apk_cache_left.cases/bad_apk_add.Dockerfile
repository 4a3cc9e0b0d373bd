FROM alpine:3.20
# expect DF034 @+1:5
RUN apk add curl
