FROM alpine:3.21
RUN apk add --no-cache tini
COPY app /usr/local/bin/app
ENTRYPOINT ["tini", "--"]
# expect DF051 @+1:41
CMD ["sh", "-c", "app --check-config && app serve"]
