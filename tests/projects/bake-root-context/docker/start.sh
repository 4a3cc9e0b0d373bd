#!/bin/sh
set -eu
exec gunicorn --bind 0.0.0.0:8000 shop.wsgi
