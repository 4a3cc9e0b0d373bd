FROM alpine:3.20 AS build
HEALTHCHECK CMD ["true"]
# expect DF054
FROM alpine:3.20
