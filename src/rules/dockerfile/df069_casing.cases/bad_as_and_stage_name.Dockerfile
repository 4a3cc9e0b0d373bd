# expect DF069 @+2:20
# expect DF069 @+1:23
FROM golang:1.23.4 as Builder
FROM alpine:3.20
COPY --from=builder /go/bin/app /app
