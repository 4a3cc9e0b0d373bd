from alpine:3.20 as base
run apk add --no-cache curl
cmd ["curl", "--version"]
