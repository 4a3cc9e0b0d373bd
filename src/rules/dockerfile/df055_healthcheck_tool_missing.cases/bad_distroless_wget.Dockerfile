FROM golang:1.23.4-bookworm AS build
RUN go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot AS production
COPY --from=build /out/app /app
# expect DF055 @+1:18
HEALTHCHECK CMD ["/usr/bin/wget", "-qO-", "http://localhost:8080/healthz"]
ENTRYPOINT ["/app"]
