FROM alpine:3.20
# expect DF069 @+1:1
run echo hi
# expect DF069 @+1:1
Copy a /a
CMD ["true"]
