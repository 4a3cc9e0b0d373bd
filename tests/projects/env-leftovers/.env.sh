#!/bin/sh
# Loads .env into the current shell.
set -a
. ./.env
set +a
