FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /opt/venv

FROM python:3.13.1-slim-bookworm
WORKDIR /srv
# Lands in /srv/venv, but PATH names /opt/venv.
ENV PATH="/opt/venv/bin:$PATH"
# expect DF063 @+1:31
COPY --from=builder /opt/venv venv
CMD ["python", "-m", "app"]
