# expect DF005 @+1:6
FROM python:3.12.8-slim-bookworm AS builder
# expect DF005 @+1:6
FROM gcr.io/distroless/python3-debian12:nonroot
