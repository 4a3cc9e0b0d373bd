FROM alpine:3.20
# expect DF073 @+1:7
LABEL description a small image
