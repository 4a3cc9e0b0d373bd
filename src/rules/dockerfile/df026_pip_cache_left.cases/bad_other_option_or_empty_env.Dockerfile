FROM python:3.12.8-slim-bookworm
# Another `--no-…` option, whole or abbreviated, leaves the cache on.
# expect DF026 @+1:5
RUN pip install --no-compile --no-deps flask==3.1.0
# expect DF026 @+1:5
RUN pip install --no-comp flask==3.1.0
# An empty PIP_NO_CACHE_DIR is ignored by pip.
# expect DF026 @+1:23
RUN PIP_NO_CACHE_DIR= pip install httpx==0.28.1
