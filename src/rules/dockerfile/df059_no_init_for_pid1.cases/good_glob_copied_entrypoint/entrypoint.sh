#!/bin/sh
set -eu
if [ "$(id -u)" = 0 ]; then
  chown www-data /var/www/html
fi
exec "$@"
