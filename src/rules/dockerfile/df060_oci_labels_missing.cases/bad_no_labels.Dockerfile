FROM golang:1.23.4 AS builder
RUN go build -o /app .
# expect DF060
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /app /app
