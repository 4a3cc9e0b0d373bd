FROM python:3.12.8-slim-bookworm AS builder
RUN pip install --user --no-cache-dir -r requirements.txt
FROM python:3.12.8-slim-bookworm
COPY --from=builder /root/.local /root/.local
# /root is opened to others, so the user can read below it.
RUN chmod 755 /root
ENV PATH=/root/.local/bin:$PATH
RUN useradd --uid 10001 app
USER app
