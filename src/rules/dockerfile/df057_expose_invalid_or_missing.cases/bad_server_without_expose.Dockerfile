FROM python:3.13.1-slim-bookworm
COPY . /app
# expect DF057 @+1:1
CMD ["sh", "-c", "alembic upgrade head && exec uvicorn main:app --host 0.0.0.0 --port 8000"]
