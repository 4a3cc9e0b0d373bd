FROM python:3.12.8-slim-bookworm
# expect DF002 @+1:66
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
# expect DF002 @-1:70
 && rm -rf /var/lib/apt/lists/*
# expect DF002 @+1:32
RUN pip install --no-cache-dir poetry==1.8.5
