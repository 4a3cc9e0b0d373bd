# option ignored-programs=gunicorn
FROM python:3.13.1-slim-bookworm
CMD ["gunicorn", "app.wsgi"]
