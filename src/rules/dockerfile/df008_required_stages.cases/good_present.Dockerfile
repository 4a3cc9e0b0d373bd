# option required-stages=base,development,production
FROM python:3.12.8-slim-bookworm AS base
FROM base AS Development
FROM base AS production
