# syntax=docker/dockerfile:1
# plimsoll in a container: compiled in a Debian builder stage, shipped on Debian slim with only
# the shared libraries the binary opens (the rest are linked in), run as an unprivileged user over
# files mounted at /work:  docker run --rm -v "$PWD:/work:ro" plimsoll check .
#
# The Compose Specification schema is embedded at build time; it lives beside the repository,
# so scripts/build-image passes it as the named build context `shared`.
ARG DEBIAN_IMAGE=debian:12.8-slim@sha256:1537a6a1cbc4b4fd401da800ee9480207e7dc1f23560c21259f681db56768f63

FROM ${DEBIAN_IMAGE} AS builder
# Package lists and downloads live in cache mounts, so they never reach a layer. (Shared, not
# `sharing=locked`: buildah 1.28 then waits forever on the lock in the second stage.)
RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \
    apt-get update \
    && apt-get install -y --no-install-recommends \
       g++=4:12.2.0-3 cmake=3.25.1-1 ninja-build=1.11.1-2~deb12u1 pkg-config=1.8.1-1 \
       libfmt-dev=9.1.0+ds1-2 nlohmann-json3-dev=3.11.2-2 libcli11-dev=2.1.2+ds-1 \
       libyaml-cpp-dev=0.7.0+dfsg-8+b1 libre2-dev=20220601+dfsg-1+b1 libgit2-dev=1.5.1+ds-1+deb12u2 \
       libarchive-dev=3.6.2-1+deb12u5 libssl-dev=3.0.22-1~deb12u2 libssl3=3.0.22-1~deb12u2
# Compile jobs: the build is CPU-bound and machines building images are often shared.
ARG JOBS=2
WORKDIR /src
COPY CMakeLists.txt CMakePresets.json ./
COPY cmake/ cmake/
COPY fuzz/ fuzz/
COPY data/ data/
COPY src/ src/
# `shared` is the named build context scripts/build-image passes, not a stage or an image.
# plimsoll ignore=DF072
COPY --from=shared schemas/compose-spec.json /shared/schemas/compose-spec.json
RUN cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLIMSOLL_TESTS=OFF -DPLIMSOLL_SHARED_DIR=/shared \
    && cmake --build build --target plimsoll --parallel "${JOBS}" \
    && strip build/src/app/plimsoll

# plimsoll runs once over the mounted files and exits; there is no long-running process for a
# HEALTHCHECK to probe, so the image declares none (and dist/image-audit.yaml, which CI audits the
# image with, turns IM003 off for the same reason). setuid and setgid bits come off the base's
# programs: nothing here changes users.
# plimsoll ignore=DF054
FROM ${DEBIAN_IMAGE} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.source="https://example.invalid/plimsoll" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.title="plimsoll"
RUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \
    apt-get update \
    && apt-get install -y --no-install-recommends \
       libgit2-1.5=1.5.1+ds-1+deb12u2 libarchive13=3.6.2-1+deb12u5 libssl3=3.0.22-1~deb12u2 \
    && groupadd --gid 10001 plimsoll \
    && useradd --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin plimsoll \
    && find / -xdev -perm /6000 -type f -exec chmod a-s {} +
COPY --from=builder /src/build/src/app/plimsoll /usr/local/bin/plimsoll
WORKDIR /work
USER 10001:10001
ENTRYPOINT ["/usr/local/bin/plimsoll"]
CMD ["check", "."]
