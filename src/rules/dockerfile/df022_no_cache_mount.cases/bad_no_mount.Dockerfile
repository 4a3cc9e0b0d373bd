FROM python:3.12.8-slim-bookworm
# expect DF022 @+1:5
RUN pip install --no-cache-dir -r requirements.txt
# expect DF022 @+1:5
RUN npm ci --omit=dev
