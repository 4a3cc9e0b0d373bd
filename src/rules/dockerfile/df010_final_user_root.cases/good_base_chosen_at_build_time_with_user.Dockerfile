# The base comes from a build argument with no default, but the file sets the user itself.
ARG BASE_IMAGE
FROM ${BASE_IMAGE} AS base
FROM base
WORKDIR /srv
USER 10001
