FROM python:3.13.1-slim-bookworm
ENV PORT=8001
# expect DF058 @+1:8
EXPOSE 8000
CMD ["python", "run_server.py"]
