#!/usr/bin/env bash
# plimsoll's own Dockerfile and .dockerignore follow the standard: `plimsoll check` on them
# reports nothing at any severity.
set -euo pipefail
source_dir=$1
binary=$2
out=$("$binary" check --fail-on style --color never "$source_dir/Dockerfile" "$source_dir/.dockerignore") || {
  echo "FAIL: plimsoll check reports findings on its own Dockerfile"
  echo "$out"
  exit 1
}
grep -q "no findings" <<<"$out" || { echo "FAIL: unexpected output"; echo "$out"; exit 1; }
echo "$out"
