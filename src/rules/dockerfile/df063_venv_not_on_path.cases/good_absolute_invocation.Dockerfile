FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /opt/venv

FROM python:3.13.1-slim-bookworm
COPY --from=builder /opt/venv /opt/venv
CMD ["/opt/venv/bin/python", "-m", "app"]
