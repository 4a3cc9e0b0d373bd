FROM python:3.12.8-slim-bookworm AS builder
RUN pip install --user --no-cache-dir -r requirements.txt
FROM python:3.12.8-slim-bookworm
RUN useradd --uid 10001 app
# Owning the files does not help: the user cannot enter /root.
# expect DF015 @+1:50 "cannot read, whoever owns them"
COPY --from=builder --chown=app:app /root/.local /root/.local
USER app
