FROM debian:12-slim
RUN set -eo pipefail && curl -fsSL https://example.com/install.sh | bash
