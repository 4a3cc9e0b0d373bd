# syntax=docker/dockerfile:1
FROM python:3.12.8-slim-bookworm
# pip's cache goes to a tmpfs that disappears with the RUN.
RUN --mount=type=tmpfs,target=/root/.cache/pip pip install -r requirements.txt
RUN --mount=TYPE=CACHE,DST=/root/.cache/pip pip install flask==3.1.0
