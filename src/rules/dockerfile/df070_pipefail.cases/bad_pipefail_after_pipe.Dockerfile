FROM debian:12-slim
# expect DF070
RUN wget -qO- https://x | tar xz; set -o pipefail
