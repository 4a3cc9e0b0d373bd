FROM python:3.13.1-slim-bookworm
COPY . /app
# expect DF052 @+1:6
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8000"]
