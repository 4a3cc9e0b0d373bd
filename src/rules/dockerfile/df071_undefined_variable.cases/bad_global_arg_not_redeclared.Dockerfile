ARG VERSION=1.0
FROM alpine:3.20
# expect DF071 @+1:40
LABEL org.opencontainers.image.version=$VERSION
