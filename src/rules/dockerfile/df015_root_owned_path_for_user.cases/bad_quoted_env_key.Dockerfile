FROM python:3.11.11-slim-bookworm
# The key is unquoted before it is set: this is PYTHONPATH.
# expect DF015 @+1:18
ENV "PYTHONPATH"="/root/lib"
RUN useradd --uid 10001 appuser
USER appuser
