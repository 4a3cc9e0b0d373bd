FROM python:3.12.8-slim-bookworm AS builder
RUN python -m venv /opt/venv

FROM python:3.12.8-slim-bookworm
RUN useradd --uid 10001 app
WORKDIR /srv/shop
# expect DF013 @+1:6 "code copied to `.` is owned by the runtime user `app`"
COPY --chown=app:app . .
# expect DF013 @+1:22
COPY --from=builder  --chown=app /opt/venv /srv/shop/.venv
# expect DF013
ADD --chown=app:app settings.toml /app/settings.toml
USER app
