FROM debian:12-slim
RUN apt-get update && apt-get upgrade -y && echo apt-get install
