FROM gcr.io/distroless/python3-debian12:nonroot
WORKDIR /app
VOLUME /app/state
# `nonroot` is known to exist in the base: the fix is safe.
# expect DF013
COPY state/ state/
USER nonroot
