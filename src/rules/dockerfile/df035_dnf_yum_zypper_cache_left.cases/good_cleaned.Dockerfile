# syntax=docker/dockerfile:1
FROM registry.access.redhat.com/ubi9/ubi:9.5
RUN dnf install -y python3.12 && dnf clean all
RUN yum install -y httpd && rm -rf /var/cache/yum
RUN microdnf install -y shadow-utils && microdnf clean all
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y git
FROM opensuse/leap:15.6
RUN zypper --non-interactive install curl && zypper clean --all
