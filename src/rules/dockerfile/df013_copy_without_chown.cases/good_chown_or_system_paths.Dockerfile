FROM python:3.12.8-slim-bookworm AS base
RUN useradd --uid 10001 app
WORKDIR /app
COPY --chown=app:app . .
COPY --chmod=0644 settings.toml /app/settings.toml
COPY --from=builder /opt/venv /opt/venv
COPY nginx.conf /etc/nginx/nginx.conf
USER app
FROM base AS inherits
COPY extra.txt /app/extra.txt
FROM python:3.12.8-slim-bookworm AS root_stage
COPY . /app
