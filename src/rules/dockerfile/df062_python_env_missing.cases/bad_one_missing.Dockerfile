FROM python:3.13.1-slim-bookworm AS builder
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
RUN pip install --no-cache-dir --prefix=/install flask

# Variables set in the builder do not reach the final stage.
# expect DF062 @+1:1
FROM python:3.13.1-slim-bookworm AS runtime
ENV PYTHONUNBUFFERED=1
COPY --from=builder /install /usr/local
