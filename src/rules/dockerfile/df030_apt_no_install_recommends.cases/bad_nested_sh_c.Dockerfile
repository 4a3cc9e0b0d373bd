FROM debian:12-slim
# expect DF030
RUN sh -c "apt-get install -y git"
