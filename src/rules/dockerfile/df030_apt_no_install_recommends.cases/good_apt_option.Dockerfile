FROM debian:12-slim
RUN apt-get -o APT::Install-Recommends=false install -y curl
