FROM python:3.12.8-slim-bookworm
# expect DF009 @+1:29
CMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]
