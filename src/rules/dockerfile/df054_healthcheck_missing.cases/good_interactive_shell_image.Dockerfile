# A shell image people run with `docker run -it`: no port, a prompt to start, nothing to probe.
FROM debian:12.8-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
 && rm -rf /var/lib/apt/lists/*
CMD ["bash", "-l"]
