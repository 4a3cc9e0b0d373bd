FROM debian:12-slim
# curl reaches https servers through ca-certificates, which curl's libraries only recommend:
# with `--no-install-recommends` the download below fails unless ca-certificates is named too.
# expect DF030 @+1:23
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsS -o /srv/Release https://deb.debian.org/debian/dists/bookworm/Release
