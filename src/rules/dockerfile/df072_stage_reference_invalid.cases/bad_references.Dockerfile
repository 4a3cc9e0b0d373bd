FROM golang:1.23.4 AS builder
RUN go build -o /app .
FROM alpine:3.20 AS runtime
# expect DF072 @+1:13
COPY --from=biulder /app /app
# expect DF072 @+1:13
COPY --from=runtime /etc/passwd /etc/passwd
# expect DF072 @+1:13
COPY --from=7 /app /app
# expect DF072 @+1:28
RUN --mount=type=bind,from=bilder,source=/app,target=/x cp /x /y
# expect DF072 @+1:6
FROM tests AS check
FROM runtime AS tests
