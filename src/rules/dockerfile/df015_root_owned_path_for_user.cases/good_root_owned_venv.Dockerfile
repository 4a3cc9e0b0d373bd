FROM python:3.12.8-slim-bookworm AS builder
RUN python -m venv /opt/venv && /opt/venv/bin/pip install --no-cache-dir -r requirements.txt
FROM python:3.12.8-slim-bookworm
# Root-owned and readable by everyone: the app runs it and cannot change it.
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
RUN useradd --uid 10001 app
USER app
