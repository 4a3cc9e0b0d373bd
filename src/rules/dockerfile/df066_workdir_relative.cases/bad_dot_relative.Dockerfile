FROM alpine:3.20
WORKDIR /srv
# expect DF066
WORKDIR ./data
