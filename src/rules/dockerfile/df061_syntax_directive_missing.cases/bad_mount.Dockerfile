FROM python:3.12.8-slim-bookworm
# expect DF061 @+1:5
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
