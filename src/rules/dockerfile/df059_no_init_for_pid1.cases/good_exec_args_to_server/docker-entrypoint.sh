#!/bin/sh
set -e
if [ "$1" = 'gunicorn' ] && [ "$(id -u)" = '0' ]; then
  chown -R app /var/lib/shop
  exec gosu app "$@"
fi
exec "$@"
