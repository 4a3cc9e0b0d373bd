FROM python:3.12.8-slim-bookworm
WORKDIR /app
COPY requirements.txt .
# expect DF021 @+1:23
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
