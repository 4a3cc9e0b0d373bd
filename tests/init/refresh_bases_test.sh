#!/usr/bin/env bash
# scripts/refresh-bases against a stand-in skopeo on PATH (no registry is reachable in tests):
# the newest patch tag of each series and of the same form, digests as the SHA-256 of the
# manifest bytes, a new series inserted in order, and nothing written when a registry fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
cat > "$work/bin/skopeo" <<'FAKE'
#!/usr/bin/env python3
import json, os, sys
ref = sys.argv[-1].removeprefix("docker://")
if os.environ.get("FAKE_SKOPEO_DOWN"):
    sys.stderr.write('time="x" level=fatal msg="pinging container registry: no such host"\n')
    sys.exit(1)
if "list-tags" in sys.argv:
    tags = {"python": ["3.12.8-slim-bookworm", "3.12.10-slim-bookworm", "3.12.11-slim", "3.12.9-slim-bookworm",
                       "3.13.0rc1-slim-bookworm", "3.13.2-slim-bookworm", "3.14.1-slim-bookworm", "3.14.0-slim-bookworm"]}
    print(json.dumps({"Repository": ref, "Tags": tags.get(ref, [])}))
else:
    sys.stdout.write('{"schemaVersion":2,"ref":"%s"}' % ref)
FAKE
chmod +x "$work/bin/skopeo"
cat > "$work/bases.yaml" <<'YAML'
# a comment that stays
python:
  default: "3.12"
  images:
    "3.12": "python:3.12.8-slim-bookworm@sha256:1111111111111111111111111111111111111111111111111111111111111111"
    "3.13": "python:3.13.1-slim-bookworm@sha256:2222222222222222222222222222222222222222222222222222222222222222"
  fallback: "python:{version}-slim-bookworm"
tools:
  uv: "ghcr.io/astral-sh/uv:0.5.11@sha256:3333333333333333333333333333333333333333333333333333333333333333"
YAML
cp "$work/bases.yaml" "$work/before.yaml"
digest() { printf '{"schemaVersion":2,"ref":"%s"}' "$1" | sha256sum | cut -d' ' -f1; }
fail() { echo "refresh_bases_test: $*" >&2; exit 1; }

# Offline: exit 2, the reason, nothing written.
if FAKE_SKOPEO_DOWN=1 PATH="$work/bin:$PATH" "$root/scripts/refresh-bases" --file "$work/bases.yaml" --write > "$work/out" 2>&1; then
  fail "a failing registry must stop the run"
fi
grep -q "no such host" "$work/out" || fail "the registry's error is not shown: $(cat "$work/out")"
grep -q "nothing was written" "$work/out" || fail "it does not say nothing was written"
cmp -s "$work/bases.yaml" "$work/before.yaml" || fail "bases.yaml changed although a registry failed"

# Without --write: a report only.
PATH="$work/bin:$PATH" "$root/scripts/refresh-bases" --file "$work/bases.yaml" > "$work/out"
cmp -s "$work/bases.yaml" "$work/before.yaml" || fail "bases.yaml changed without --write"

PATH="$work/bin:$PATH" "$root/scripts/refresh-bases" --file "$work/bases.yaml" --add python:3.14 --write > "$work/out"
expected=$(cat <<YAML
# a comment that stays
python:
  default: "3.12"
  images:
    "3.12": "python:3.12.10-slim-bookworm@sha256:$(digest python:3.12.10-slim-bookworm)"
    "3.13": "python:3.13.2-slim-bookworm@sha256:$(digest python:3.13.2-slim-bookworm)"
    "3.14": "python:3.14.1-slim-bookworm@sha256:$(digest python:3.14.1-slim-bookworm)"
  fallback: "python:{version}-slim-bookworm"
tools:
  uv: "ghcr.io/astral-sh/uv:0.5.11@sha256:$(digest ghcr.io/astral-sh/uv:0.5.11)"
YAML
)
[[ $(cat "$work/bases.yaml") == "$expected" ]] || fail "unexpected result:
$(diff <(echo "$expected") "$work/bases.yaml")"
echo "refresh_bases_test: ok"
