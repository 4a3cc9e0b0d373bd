FROM python:3.13.1-slim-bookworm
CMD ["celery", "-A", "app", "worker"]
