FROM python:3.12-slim AS base
HEALTHCHECK CMD ["python", "-c", "print(1)"]
# expect DF054
FROM python:3.12-slim AS production
CMD ["python", "-m", "app"]

FROM base AS development
CMD ["python", "-m", "app", "--reload"]
