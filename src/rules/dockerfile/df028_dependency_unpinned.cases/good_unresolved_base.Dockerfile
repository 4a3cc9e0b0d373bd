# The base comes from the caller: whether it has a digest is not known here.
ARG BASE
FROM ${BASE}
RUN apt-get update && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
