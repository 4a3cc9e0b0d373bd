# expect DF062 @+1:1
FROM python:3.13.1-slim-bookworm
COPY . /app
CMD ["python", "/app/main.py"]
