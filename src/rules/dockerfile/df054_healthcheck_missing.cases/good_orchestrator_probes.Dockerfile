# option orchestrator-probes=true
FROM python:3.12-slim
CMD ["python", "-m", "app"]
