# option required-stages=base,development,production
# expect DF008
FROM python:3.12.8-slim-bookworm AS base
FROM base AS production
