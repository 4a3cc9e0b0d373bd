FROM python:3.12.8-slim
WORKDIR /app
VOLUME /app/data
# The user does not exist yet here: `--chown=app` would fail the build, so no fix is offered.
# expect DF013 "declared VOLUME the app writes"
COPY seed/ data/
COPY . .
RUN useradd -m app
USER app
CMD ["python","main.py"]
