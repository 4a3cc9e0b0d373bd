FROM python:3.12-slim AS build
FROM python:3.12-slim
COPY --from=build . .
RUN pip install --no-cache-dir -r requirements.txt
