FROM python:3.12.8-slim
WORKDIR /app
COPY . .
RUN useradd -m app
USER app
CMD ["python","main.py"]
