# Only shipped targets matter: the test stage is never the image that runs.
FROM python:3.13.1-slim-bookworm AS test
CMD ["sh", "-c", "pip install pytest && pytest"]

FROM python:3.13.1-slim-bookworm
CMD ["python", "-m", "app"]
