FROM golang:1.22 AS build
USER 1000
# expect DF010
FROM scratch
COPY --from=build /app /app
# A command to start: a container runs from this stage, as root.
ENTRYPOINT ["/app"]
