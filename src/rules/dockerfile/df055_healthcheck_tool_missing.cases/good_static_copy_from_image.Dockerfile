# Copied from an external image: whether it is static is not known here.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=ghcr.io/example/static-curl:8.11.1 /usr/bin/curl /usr/bin/curl
HEALTHCHECK CMD ["/usr/bin/curl", "-f", "http://localhost:8080/"]
