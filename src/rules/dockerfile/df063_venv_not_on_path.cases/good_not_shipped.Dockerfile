FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /venv

FROM python:3.13.1-slim-bookworm AS test
COPY --from=builder /venv /venv
RUN /venv/bin/python -m pytest

FROM gcr.io/distroless/python3-debian12:nonroot
COPY --from=builder /venv/lib/python3.11/site-packages /app/site-packages
ENV PYTHONPATH=/app/site-packages
CMD ["-m", "app"]
