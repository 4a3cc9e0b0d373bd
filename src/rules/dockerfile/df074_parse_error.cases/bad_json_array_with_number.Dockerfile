FROM alpine:3.20
# expect DF074 @+1:5
CMD ["sleep", 5]
