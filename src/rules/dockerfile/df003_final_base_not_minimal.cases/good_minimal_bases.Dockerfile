FROM golang:1.23.4-bookworm AS builder
RUN CGO_ENABLED=0 go build -o /app .
FROM python:3.12.8-slim-bookworm AS production
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=builder /app /app
