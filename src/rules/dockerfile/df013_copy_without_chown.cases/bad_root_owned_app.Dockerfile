FROM python:3.12.8-slim-bookworm
RUN useradd --uid 10001 app
WORKDIR /app
# expect DF013
COPY . .
# expect DF013
COPY config/ /app/config/
USER app
