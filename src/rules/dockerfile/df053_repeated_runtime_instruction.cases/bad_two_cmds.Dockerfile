FROM alpine:3.20
# expect DF053 @+1:1
CMD ["a"]
CMD ["b"]
