# A Go binary on distroless: no Python anywhere in the shipped image.
FROM golang:1.23.4-bookworm AS builder
RUN pip install --no-cache-dir pre-commit
RUN go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /out/app /app
ENTRYPOINT ["/app"]
