FROM python:3.12.8-slim-bookworm
# pip takes any unambiguous prefix of a long option: these are --no-cache-dir.
RUN pip install --no-cache -r requirements.txt
RUN python -m pip install --no-cach flask==3.1.0
RUN pip --no-cache install httpx==0.28.1
# pip disables the cache for any boolean PIP_NO_CACHE_DIR, false included.
RUN PIP_NO_CACHE_DIR=off pip install gunicorn==23.0.0
FROM python:3.12.8-slim-bookworm AS worker
ENV PIP_NO_CACHE_DIR=0
RUN pip install celery==5.4.0
