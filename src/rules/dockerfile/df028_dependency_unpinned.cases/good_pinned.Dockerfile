FROM python:3.12.8-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 ./local.deb \
 && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir flask==3.1.0 "httpx>=0.28" -r requirements.txt .
RUN pip install --no-cache-dir -e ./lib
RUN npm ci && npm install lodash@4.17.21
RUN apk add --no-cache "curl=${CURL_VERSION}"
RUN go install golang.org/x/tools/gopls@v0.17.0
