# A base without a digest: the OS release under the install can change, through stages too.
ARG BASE=debian:bookworm-slim
FROM ${BASE} AS base
# expect DF028 @+1:66
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*

FROM base AS tools
# expect DF028 @+1:66
RUN apt-get update && apt-get install -y --no-install-recommends git \
 && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
# expect DF028 @+1:24
RUN apk add --no-cache curl
