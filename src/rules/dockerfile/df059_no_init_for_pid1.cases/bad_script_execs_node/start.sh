#!/bin/sh
set -e
npm run migrate
exec node /app/server.js
