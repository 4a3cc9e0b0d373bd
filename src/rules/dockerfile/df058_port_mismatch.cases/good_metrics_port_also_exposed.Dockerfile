FROM python:3.13.1-slim-bookworm
EXPOSE 8000 9090
ENV METRICS_PORT=9090
CMD ["gunicorn", "app.wsgi", "--bind=0.0.0.0:8000"]
