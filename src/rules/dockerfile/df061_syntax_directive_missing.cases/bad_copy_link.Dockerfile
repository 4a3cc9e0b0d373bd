FROM alpine:3.20
# expect DF061 @+1:6
COPY --link --chmod=0755 run.sh /usr/local/bin/
