FROM golang:1.23.4-bookworm
RUN go build -o /app .
FROM golang:1.23.4-bookworm AS tools
RUN go install example.com/tool@v1.2.3
FROM alpine:3.20
# expect DF007 @+1:6
COPY --from=0 /app /app
# expect DF007 @+1:5
RUN --mount=type=bind,from=1,source=/go/bin,target=/mnt ls /mnt
# Mount keys are case-insensitive, and the from= field may come anywhere.
# expect DF007 @+1:5
RUN --mount=target=/mnt,FROM=1,source=/go/bin ls /mnt
