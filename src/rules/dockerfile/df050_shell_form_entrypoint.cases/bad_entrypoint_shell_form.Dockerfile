FROM alpine:3.20
# expect DF050 @+1:12
ENTRYPOINT /docker-entrypoint.sh "$@"
