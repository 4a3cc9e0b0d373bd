# escape=\
FROM alpine:3.20
# expect DF061 @+1:5
RUN <<EOF
apk add --no-cache curl
EOF
