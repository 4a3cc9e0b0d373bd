FROM python:3.13.1-slim-bookworm
CMD ["python", "-m", "http.server"]
