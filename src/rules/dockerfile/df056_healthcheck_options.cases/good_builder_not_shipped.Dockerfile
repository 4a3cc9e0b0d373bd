FROM python:3.13.1-slim-bookworm AS test
HEALTHCHECK CMD ["true"]

FROM python:3.13.1-slim-bookworm
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["python", "/app/health.py"]
