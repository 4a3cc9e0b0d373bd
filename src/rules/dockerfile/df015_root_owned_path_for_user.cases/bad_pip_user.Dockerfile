FROM python:3.11.11-slim-bookworm AS builder
RUN pip install --user --no-cache-dir -r requirements.txt
FROM python:3.11.11-slim-bookworm
# expect DF015 @+1:34
COPY --from=builder /root/.local /root/.local
# expect DF015 @+1:10
ENV PATH=/root/.local/bin:$PATH
RUN useradd --uid 10001 appuser
USER appuser
