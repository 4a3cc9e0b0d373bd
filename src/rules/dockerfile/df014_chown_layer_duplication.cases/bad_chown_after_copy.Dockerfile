FROM python:3.12.8-slim-bookworm
RUN groupadd -g 10001 appgroup && useradd -u 10001 -g appgroup appuser
COPY . /app
# expect DF014 @+1:5
RUN chown -R appuser:appgroup /app
WORKDIR /srv
COPY static/ static/
# expect DF014 @+1:5
RUN chmod -R g+w /srv/static
