# The official images come with their distribution's system accounts.
FROM php:8.3.14-fpm-bookworm AS fpm
USER www-data
FROM php:8.3.14-fpm-alpine3.20 AS fpm-alpine
USER www-data
FROM nginx:1.27.3-alpine AS proxy
USER nobody
FROM python:3.12.8-slim-bookworm AS worker
USER daemon
FROM ubuntu:24.04
USER ubuntu
