FROM python:3.12.8-slim-bookworm
RUN groupadd -g 10001 appgroup && useradd -u 10001 -g appgroup appuser
COPY . /app
# expect DF014 @+1:5
RUN chown -R appuser:appgroup /app
WORKDIR /srv
COPY static/ static/
# expect DF014 @+1:5
RUN chmod -R g+w /srv/static
COPY data/ /data/
# Options before the owner: the owner is still the first non-option word.
# expect DF014 @+1:5
RUN chown -R -h appuser /data
