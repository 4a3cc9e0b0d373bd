FROM python:3.12.8-slim-bookworm
RUN groupadd -r appuser && useradd -r -g appuser -u 1001 appuser
RUN useradd --uid=10001 worker
FROM alpine:3.20
RUN addgroup -S app && adduser -S -u 10001 -G app app
