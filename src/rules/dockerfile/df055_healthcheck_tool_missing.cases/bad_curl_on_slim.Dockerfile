FROM python:3.13.1-slim-bookworm
COPY . /app
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
# expect DF055 @+1:7
  CMD curl -f http://localhost:8000/health || exit 1
CMD ["python", "-m", "app"]
