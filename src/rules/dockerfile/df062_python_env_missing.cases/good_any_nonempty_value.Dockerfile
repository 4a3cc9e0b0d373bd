# Python honours any non-empty value, even `true`.
FROM python:3.13.1-slim-bookworm
ENV PYTHONUNBUFFERED=true PYTHONDONTWRITEBYTECODE=yes
