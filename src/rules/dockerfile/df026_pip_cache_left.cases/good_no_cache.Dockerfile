# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm
RUN pip install --no-cache-dir -r requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
RUN PIP_NO_CACHE_DIR=1 pip install flask==3.1.0
FROM python:3.12.8-slim-bookworm AS other
ENV PIP_NO_CACHE_DIR=true
RUN pip install flask==3.1.0 && uv pip install httpx
