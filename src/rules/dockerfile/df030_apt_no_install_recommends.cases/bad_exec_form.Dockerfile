FROM debian:12-slim
# expect DF030
RUN ["apt-get", "install", "-y", "curl"]
