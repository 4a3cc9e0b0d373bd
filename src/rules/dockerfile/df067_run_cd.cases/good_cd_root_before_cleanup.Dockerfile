FROM debian:12.8-slim
RUN mkdir -p /tmp/build && cd / && rm -rf /tmp/build
