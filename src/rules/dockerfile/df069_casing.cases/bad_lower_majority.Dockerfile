from alpine:3.20 as base
run apk add --no-cache curl
# expect DF069 @+2:1
# expect DF069 @+1:11
FROM base AS final
cmd ["curl", "--version"]
