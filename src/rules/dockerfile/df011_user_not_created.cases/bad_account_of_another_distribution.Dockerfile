# Alpine has no www-data account (Debian does), and Fedora none either.
FROM python:3.12.8-alpine3.20 AS worker
# expect DF011 @+1:6
USER www-data
FROM fedora:41
# expect DF011 @+1:6
USER _apt
