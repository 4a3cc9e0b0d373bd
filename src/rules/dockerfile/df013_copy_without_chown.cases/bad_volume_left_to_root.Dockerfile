FROM python:3.12.8-slim-bookworm
RUN useradd --uid 10001 app
WORKDIR /app
COPY . .
VOLUME ["/app/uploads", "/var/lib/shop"]
# expect DF013 "declared VOLUME the app writes"
COPY initial/ uploads/
# expect DF013
COPY schema.sql /var/lib/shop/schema.sql
USER app
