ARG BASE
FROM python:3.12.8-slim-bookworm@sha256:2f1a6b3a5d5e7c0d4a0c9b8e7f6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e AS base
FROM base AS production
FROM scratch
FROM ${BASE}
FROM python
