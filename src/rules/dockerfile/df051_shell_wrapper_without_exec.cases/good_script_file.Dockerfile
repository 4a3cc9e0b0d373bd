# `sh entrypoint.sh` runs a file, not a -c string.
FROM alpine:3.21
COPY entrypoint.sh /entrypoint.sh
CMD ["sh", "/entrypoint.sh"]
