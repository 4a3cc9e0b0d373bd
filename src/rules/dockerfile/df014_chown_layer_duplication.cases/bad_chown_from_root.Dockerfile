FROM node:22.12.0-bookworm-slim
COPY . /app
# `--from=root` selects every file a plain COPY wrote: the owner is the word after it.
# expect DF014 @+1:5 "COPY --chown=node:node"
RUN chown -R --from=root:root node:node /app
COPY static/ /srv/static/
# The same filter written as a separate word.
# expect DF014 @+1:5 "COPY --chown=www-data"
RUN chown -R --from 0 www-data /srv/static
