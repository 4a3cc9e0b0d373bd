FROM alpine:3.20
ENV APP_HOME=/app PORT=8000
LABEL description="a small image"
