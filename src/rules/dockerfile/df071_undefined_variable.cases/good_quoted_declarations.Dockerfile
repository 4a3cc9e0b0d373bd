FROM scratch
# Quoted names are unquoted when they are declared: these define VERSION and VENDOR.
ARG "VERSION"=1.0
ENV 'VENDOR'=example
LABEL org.opencontainers.image.version=$VERSION org.opencontainers.image.vendor="$VENDOR"
