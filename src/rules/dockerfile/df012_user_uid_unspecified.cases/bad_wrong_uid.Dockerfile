# option expected-uid=1000
FROM python:3.12.8-slim-bookworm
# expect DF012 @+1:16
RUN useradd -u 1001 -m app
