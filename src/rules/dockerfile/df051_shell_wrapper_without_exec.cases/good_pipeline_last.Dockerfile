FROM alpine:3.21
COPY app /usr/local/bin/app
CMD ["sh", "-c", "app init && app serve 2>&1 | tee /tmp/log"]
