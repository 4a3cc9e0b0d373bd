FROM alpine:3.20 AS tools
# expect DF050
CMD echo tools
FROM alpine:3.20
CMD ["true"]
