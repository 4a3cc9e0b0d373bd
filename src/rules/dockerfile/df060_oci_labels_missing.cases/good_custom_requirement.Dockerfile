# option required-labels=org.opencontainers.image.source
FROM alpine:3.20
LABEL org.opencontainers.image.source=https://example.com/repo
