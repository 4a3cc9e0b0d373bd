#!/bin/sh
# Prepares the runtime and stays in front of the server: the shell remains PID 1.
set -e
./bin/migrate
./bin/serve "$@"
