# A lone simple command: sh execs it itself.
FROM python:3.13.1-slim-bookworm
CMD ["sh", "-c", "uvicorn main:app --port ${PORT}"]
