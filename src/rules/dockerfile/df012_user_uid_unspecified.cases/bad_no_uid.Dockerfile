FROM python:3.12.8-slim-bookworm
# expect DF012 @+1:35
RUN addgroup --system appgroup && adduser --system --group appuser
