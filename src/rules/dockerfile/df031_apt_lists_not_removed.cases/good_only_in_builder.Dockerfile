FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
FROM debian:12-slim
COPY --from=build /usr/bin/true /app
