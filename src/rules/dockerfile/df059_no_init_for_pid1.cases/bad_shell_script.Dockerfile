FROM alpine:3.21
COPY entrypoint.sh /usr/local/bin/
# expect DF059 @+1:13
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["serve"]
