FROM python:3.13.1-slim-bookworm AS base
ENV APP_PORT=9000

# The command and the variable (9000) outvote the stale EXPOSE and probe.
FROM base AS production
# expect DF058 @+1:8
EXPOSE 8000
# expect DF058 @+1:50
HEALTHCHECK CMD ["curl", "-f", "http://127.0.0.1:8000/health"]
CMD ["sh", "-c", "exec gunicorn app.wsgi --bind 0.0.0.0:${APP_PORT}"]
