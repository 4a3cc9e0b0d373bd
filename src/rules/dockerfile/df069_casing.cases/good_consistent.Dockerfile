FROM golang:1.23.4 AS builder
RUN go build -o /app .
FROM alpine:3.20 AS runtime
COPY --from=builder /app /app
CMD ["/app"]
