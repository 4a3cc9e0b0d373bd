FROM python:3.13.1-slim-bookworm
ENV SERVICE_HTTP_PORT=7005
EXPOSE ${SERVICE_HTTP_PORT}
CMD ["pdm", "run", "start"]
