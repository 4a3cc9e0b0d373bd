ARG REGISTRY=docker.io
ARG BASE_IMAGE
FROM ${REGISTRY}/${BASE_IMAGE} AS runtime
RUN mkdir -p /srv
# expect DF010 @+1:1 "ARG BASE_IMAGE with no default"
FROM runtime
COPY app /srv/app
