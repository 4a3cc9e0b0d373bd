# Interpreters and task runners are left alone: their CMD is often replaced whole
# (`docker run img python manage.py migrate`).
FROM python:3.13.1-slim-bookworm
CMD ["python3.13", "-m", "app"]
