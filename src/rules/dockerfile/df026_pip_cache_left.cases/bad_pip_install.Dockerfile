FROM python:3.12.8-slim-bookworm
# expect DF026 @+1:5
RUN pip install -r requirements.txt
# expect DF026 @+1:17
RUN set -eux && python -m pip install --user flask==3.1.0
