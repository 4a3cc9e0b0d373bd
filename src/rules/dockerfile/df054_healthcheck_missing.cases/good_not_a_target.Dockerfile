# targets release
FROM python:3.12-slim AS production
CMD ["python", "-m", "app"]

FROM python:3.12-slim AS release
HEALTHCHECK CMD ["python", "-c", "print(1)"]
CMD ["python", "-m", "app"]
