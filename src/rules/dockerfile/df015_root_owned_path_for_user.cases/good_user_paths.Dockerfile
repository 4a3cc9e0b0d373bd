FROM python:3.11.11-slim-bookworm AS builder
RUN pip install --user --no-cache-dir -r requirements.txt
FROM python:3.11.11-slim-bookworm
RUN useradd --uid 10001 --create-home appuser
COPY --from=builder --chown=appuser /root/.local /home/appuser/.local
ENV PATH=/home/appuser/.local/bin:$PATH
USER appuser
FROM python:3.11.11-slim-bookworm AS rootful
COPY --from=builder /root/.local /root/.local
