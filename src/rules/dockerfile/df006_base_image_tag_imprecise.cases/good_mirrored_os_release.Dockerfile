# An OS image mirrored into a private registry versions as the OS does: major.minor.
FROM registry.internal.shopnet.io/mirror/ubuntu:24.04 AS tools
FROM registry.internal.shopnet.io/mirror/alpine:3.21
