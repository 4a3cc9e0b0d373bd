# expect DF074 @+1:1
ENV A=1
FROM alpine:3.20
