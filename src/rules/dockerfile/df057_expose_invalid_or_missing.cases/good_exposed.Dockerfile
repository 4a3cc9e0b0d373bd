FROM python:3.13.1-slim-bookworm
EXPOSE 8000/tcp 9000-9005/udp
CMD ["uvicorn", "main:app", "--port", "8000"]
