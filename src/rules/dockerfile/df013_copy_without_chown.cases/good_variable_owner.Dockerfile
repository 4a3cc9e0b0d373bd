FROM python:3.12.8-slim-bookworm
ARG APP_UID=10001
RUN useradd --uid "$APP_UID" app
WORKDIR /app
COPY --chown=$APP_UID . .
USER app
