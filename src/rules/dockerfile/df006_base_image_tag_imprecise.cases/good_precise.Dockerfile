FROM python:3.12.8-slim-bookworm AS a
FROM node:22.12.0-alpine3.20 AS b
FROM alpine:3.20 AS c
FROM ubuntu:24.04 AS d
FROM debian:12.8-slim AS e
FROM ghcr.io/example/tool:1.2.3 AS f
FROM golang:1.23.4-bookworm@sha256:2f1a6b3a5d5e7c0d4a0c9b8e7f6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e AS h
FROM example/app:20241201 AS i
FROM example/app:3f2a9c1 AS j
FROM a AS k
FROM scratch
