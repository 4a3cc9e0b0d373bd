FROM debian:12-slim AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://x | bash
FROM base
RUN curl -fsSL https://y | bash
