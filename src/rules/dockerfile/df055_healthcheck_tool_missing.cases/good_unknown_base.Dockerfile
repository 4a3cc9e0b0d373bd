# What a private base ships is unknown: not flagged.
FROM registry.example.com/platform/python-base:3.13
HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1
