FROM grafana/grafana:11.3.0
# Switches, roles, lengths, lifetimes, methods and paths to secret files are settings.
ENV GF_AUTH_ANONYMOUS_ENABLED=true GF_AUTH_ANONYMOUS_ORG_ROLE=Admin
ENV PASSWORD_MIN_LENGTH=8 TOKEN_TTL=3600 AUTH_METHOD=token
ENV SECRET_KEY_FILE=/run/secrets/secret_key GOOGLE_APPLICATION_CREDENTIALS=/run/secrets/gcp.json
ARG AUTH_ENABLED=false
# Checksums and public keys look random but are public.
ENV NODE_SHA256=3f2b8c1e9a7d4f6b8c1e9a7d3f6b5f2b3f2b8c1e9a7d4f6b8c1e9a7d3f6b5f2b
ENV JWT_PUBLIC_KEY=LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQklqQU5CZ2txaGtpRzl3MEJBUUVG
# A placeholder that a build step needs, and an empty value, put no credential in the config.
ENV SECRET_KEY=build-only API_KEY=""
