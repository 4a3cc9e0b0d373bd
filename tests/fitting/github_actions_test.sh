#!/usr/bin/env bash
# The GitHub Actions example is valid YAML, runs check with SARIF output and uploads that
# file with github/codeql-action/upload-sarif, with the permission the upload needs.
set -euo pipefail
python3 - "$1/examples/github-actions/plimsoll.yml" <<'PY'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
assert doc["permissions"]["security-events"] == "write", "security-events: write missing"
steps = doc["jobs"]["check"]["steps"]
check = [s for s in steps if "plimsoll check" in s.get("run", "")]
assert check and "--format sarif" in check[0]["run"], "no `plimsoll check --format sarif` step"
out = check[0]["run"].split(">")[-1].strip()
upload = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
assert upload, "no upload-sarif step"
assert upload[0]["with"]["sarif_file"] == out, "upload-sarif uploads another file than check writes"
assert steps.index(upload[0]) > steps.index(check[0]), "upload before check"
print("github actions example: ok")
PY
