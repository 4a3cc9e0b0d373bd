#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
docker buildx build --platform linux/amd64 -f docker/Dockerfile -t example/svc .
