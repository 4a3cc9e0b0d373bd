FROM python:3.13.1-slim-bookworm
WORKDIR /app
COPY . .
# expect DF051 @+1:43
CMD ["sh", "-c", "alembic upgrade head && uvicorn main:app --host 0.0.0.0 --port 8000"]
