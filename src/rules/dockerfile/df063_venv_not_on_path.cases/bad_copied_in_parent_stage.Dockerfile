FROM python:3.13.1-slim-bookworm AS builder
RUN python -m venv /venv

FROM python:3.13.1-slim-bookworm AS runtime
# expect DF063 @+1:27
COPY --from=builder /venv /venv

FROM runtime AS production
CMD ["python", "-m", "app"]
