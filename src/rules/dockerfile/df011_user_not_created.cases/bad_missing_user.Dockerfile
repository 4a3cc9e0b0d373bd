FROM python:3.12.8-slim-bookworm
# expect DF011 @+1:6
USER appuser
FROM scratch
# expect DF011 @+1:6
USER nobody
