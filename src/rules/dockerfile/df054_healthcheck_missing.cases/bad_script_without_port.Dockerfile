# A worker publishes no port but runs a program: it is a service, and a probe tells when it hangs.
# expect DF054 @+1:1
FROM python:3.12.8-slim-bookworm
COPY worker.py /app/worker.py
CMD ["python", "/app/worker.py"]
