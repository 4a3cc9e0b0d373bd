FROM golang:1.23.4 AS builder
RUN go build -o /app .
FROM alpine:3.20 AS runtime
# The quotes are removed from the flag; the finding points at the name itself.
# expect DF072 @+1:14
COPY --from="biulder" /app /app
# Mount keys are case-insensitive.
# expect DF072 @+1:28
RUN --mount=type=bind,FROM=bilder,source=/app,target=/x cp /x /y
