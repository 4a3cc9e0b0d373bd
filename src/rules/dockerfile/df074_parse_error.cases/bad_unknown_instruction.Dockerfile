FROM alpine:3.20
# expect DF074 @+1:1
RUNN echo hi
