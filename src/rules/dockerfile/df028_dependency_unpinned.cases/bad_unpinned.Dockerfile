FROM python:3.12.8-slim-bookworm
# expect DF028 @+1:66
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# expect DF028 @+1:32
RUN pip install --no-cache-dir flask
# expect DF028 @+1:17
RUN npm install lodash
