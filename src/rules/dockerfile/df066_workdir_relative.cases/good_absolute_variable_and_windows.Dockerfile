FROM alpine:3.20
WORKDIR /app
WORKDIR $HOME
WORKDIR "/quoted path"
WORKDIR C:\\app
