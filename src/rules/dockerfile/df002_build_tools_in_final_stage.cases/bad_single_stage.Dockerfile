FROM python:3.12.8-slim-bookworm
# expect DF002 @+1:66
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \
# expect DF002 @-1:70
 && rm -rf /var/lib/apt/lists/*
# expect DF002 @+1:32
RUN pip install --no-cache-dir poetry==1.8.5
# An autoremove without `apt-mark auto` keeps what was installed by name.
RUN apt-get update && apt-get install -y --no-install-recommends \
# expect DF002 @+1:5
    gcc \
 && apt-get autoremove -y
