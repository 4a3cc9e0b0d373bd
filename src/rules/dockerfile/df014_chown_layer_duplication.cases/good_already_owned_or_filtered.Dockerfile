FROM node:22.12.0-bookworm-slim
# The COPY already sets the owner: the chown finds nothing to change.
COPY --chown=node:node . /app
RUN chown -R node:node /app
# `--from=node` is a filter: it changes only files node owns, and this COPY made none.
COPY static/ /srv/static/
RUN chown -R --from=node:node www-data:www-data /srv/static
# To the owner COPY gives anyway.
COPY conf/ /etc/app/
RUN chown -R root:root /etc/app
# A COPY that sets the owner itself, then a filtered chown: nothing COPY wrote is root-owned.
COPY --chown=1000:1000 data/ /data/
RUN chown -R --from=root:root 1000:1000 /data
