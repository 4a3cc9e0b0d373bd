FROM alpine:3.20
ARG PUBLIC_KEY_URL=https://example.com/key.pub
ENV TOKEN_FILE=/run/secrets/token PYTHON_VERSION=3.12 KEYBOARD=us
