#!/bin/sh
set -e
# Wait for the database before handing over to the server.
until node -e "require('net').connect(5432, process.env.DB_HOST || 'db').on('connect', () => process.exit(0)).on('error', () => process.exit(1))"; do
  sleep 1
done
exec "$@"
