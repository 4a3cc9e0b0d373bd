# A shell as the command, but a published port: something in the image serves it.
# expect DF054 @+1:1
FROM alpine:3.21.0
EXPOSE 8080
CMD ["sh"]
