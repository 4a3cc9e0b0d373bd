FROM python:3.12.8-slim-bookworm
RUN useradd -u 10001 app && mkdir -p /var/cache/app && chown -R app /var/cache/app
COPY --chown=app:app . /app
RUN chown -R app /data
USER app
