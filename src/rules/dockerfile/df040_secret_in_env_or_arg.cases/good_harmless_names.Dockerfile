FROM alpine:3.20
ARG PUBLIC_KEY_URL=https://example.com/key.pub
ENV TOKEN_FILE=/run/secrets/token PYTHON_VERSION=3.12 KEYBOARD=us
# Release-signing key fingerprints are public.
ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305 PGP_KEY_FINGERPRINT=ABCD1234
# .NET configuration paths: the key a filter matches on, not a credential.
ENV DefaultProcess__Filters__0__Key=ProcessId
