FROM node:22.12.0-bookworm
HEALTHCHECK CMD ["curl", "-f", "http://localhost:3000/"]
