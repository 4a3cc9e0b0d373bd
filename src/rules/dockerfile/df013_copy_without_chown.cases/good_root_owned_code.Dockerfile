FROM python:3.12.8-slim-bookworm AS base
RUN useradd --uid 10001 app
WORKDIR /app
# Code stays root's: the app reads it and cannot change it.
COPY . .
COPY --from=builder /opt/venv /opt/venv
COPY nginx.conf /etc/nginx/nginx.conf
# State the app writes is its own.
COPY --chown=app:app fixtures/ /app/data/
COPY --chown=app cache.db /app/.cache/cache.db
VOLUME /srv/media
COPY --chown=app media/ /srv/media/
COPY --chmod=0777 initial/ /srv/media/initial/
# Another owner than the runtime user is a choice this rule does not judge.
COPY --chown=deploy README.md /app/README.md
# The user's home is its own.
COPY --chown=app .bashrc /home/app/.bashrc
USER app

FROM base AS inherits
COPY --chown=app extra.txt /app/extra.txt

FROM python:3.12.8-slim-bookworm AS root_stage
COPY --chown=app . /app
