FROM python:3.12.8-slim-bookworm AS base
# expect DF009 @+1:5
ENV FLASK_DEBUG=1
FROM base AS development
CMD ["flask", "run"]
FROM base AS production
# expect DF009 @+1:5
RUN poetry install --no-root
# expect DF009 @+1:67
CMD ["uvicorn", "app:app", "--host", "0.0.0.0", "--port", "8000", "--reload"]
