# A base built from an ARG with no value is an image chosen at build time, not a stage.
ARG REGISTRY
FROM ${REGISTRY}app AS build
RUN true
FROM debian:12.8-slim AS app
COPY --from=build /out /out
