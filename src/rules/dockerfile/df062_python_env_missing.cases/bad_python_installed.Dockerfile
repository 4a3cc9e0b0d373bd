# expect DF062 @+1:1
FROM debian:12.8-slim
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv && rm -rf /var/lib/apt/lists/*
COPY app.py /app.py
CMD ["python3", "/app.py"]
