#!/usr/bin/env python3
"""What building one Dockerfile case needs on a machine without a registry (scripts/fix-builds).

Usage: build_needs.py DOCKERFILE CONTEXT
Prints one line per need, or a single `skip REASON` line when the case cannot be built here:
  base IMAGE STANDIN   an image FROM names (build arguments resolved) and the stand-in to tag as it
  source PATH file|dir a COPY/ADD source missing from the context, to be created empty
  uses apt             the build installs Debian packages (reachable, but slow)
Only our own rule cases are read here; still, the file is capped and read line by line.
"""
import json
import os
import re
import shlex
import sys

MAX_BYTES = 1 << 20

# Base repositories (last path segment) and the Debian stand-in that can take their place.
STANDINS = {
    "python": "python", "golang": "golang", "node": "node",
    "debian": "debian", "ubuntu": "debian", "buildpack-deps": "debian",
    "nginx": "debian", "httpd": "debian", "php": "debian", "alpine": "debian",
}
PUBLIC_HOSTS = {"docker.io", "index.docker.io", "registry-1.docker.io", "gcr.io", "ghcr.io",
                "mcr.microsoft.com", "quay.io", "public.ecr.aws", "registry.access.redhat.com"}

# What a build step would fetch from a place this machine cannot reach.
OFFLINE = [
    (re.compile(r"\bapk\b"), "alpine: apk packages cannot be fetched"),
    (re.compile(r"\b(pip3?|pipx|uv|poetry|pipenv)\b[^\n]*\b(install|sync|add)\b|-m\s+pip\b"),
     "pip/uv: PyPI is not reachable"),
    (re.compile(r"\b(curl|wget)\b[^\n]*(https?|ftp)://(?!(deb|security)\.debian\.org/|registry\.npmjs\.org/)"),
     "curl/wget: internet download"),
    (re.compile(r"\bgit\s+clone\b"), "git clone: internet download"),
    (re.compile(r"\bgo\s+(install|get|mod\s+download)\b"), "go: module downloads are not reachable"),
    (re.compile(r"\b(gem|cargo|composer|bundle)\s+install\b"), "package registry not reachable"),
    (re.compile(r"\b(yum|dnf|microdnf|zypper)\b"), "no stand-in for an RPM distribution"),
    (re.compile(r"--mount=\S*type=(secret|ssh)"), "needs a build secret or ssh agent"),
]


def logical_lines(text):
    """Instructions with continuations joined; heredoc bodies appended to their instruction."""
    lines = text.split("\n")
    out, i, escape = [], 0, "\\"
    for line in lines[:20]:
        m = re.match(r"#\s*escape\s*=\s*(\S)", line)
        if m:
            escape = m.group(1)
            break
        if not line.startswith("#"):
            break
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        while line.rstrip().endswith(escape) and i < len(lines):
            nxt = lines[i]
            i += 1
            if nxt.lstrip().startswith("#"):
                continue
            line = line.rstrip()[:-1] + " " + nxt
        for tag in re.findall(r"<<-?[\"']?(\w+)[\"']?", line):
            body = []
            while i < len(lines) and lines[i].strip() != tag:
                body.append(lines[i])
                i += 1
            i += 1
            line += "\n" + "\n".join(body)
        out.append(line)
    return out, escape


def words(args):
    args = args.strip()
    if args.startswith("["):
        try:
            value = json.loads(args.split("\n")[0])
            if isinstance(value, list):
                return [str(v) for v in value]
        except ValueError:
            pass
    try:
        return shlex.split(args.split("\n")[0])
    except ValueError:
        return args.split()


def expand(ref, args):
    def sub(m):
        name = m.group(1) or m.group(3)
        default = m.group(2)
        value = args.get(name)
        if value:
            return value
        if default is not None:
            return default
        raise KeyError(name)
    return re.sub(r"\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)", sub, ref)


def base_standin(ref, text):
    """(standin, None) or (None, reason) for an image reference."""
    name = ref.split("@")[0]
    host, path = "docker.io", name
    first = name.split("/")[0]
    if "/" in name and ("." in first or ":" in first or first == "localhost"):
        host, path = first, name[len(first) + 1:]
    repo, _, tag = path.partition(":")
    last = repo.split("/")[-1]
    if host == "mcr.microsoft.com" and ("windows" in repo or last in ("nanoserver", "servercore")):
        return None, "Windows base"
    if host not in PUBLIC_HOSTS:
        return None, f"private registry {host}"
    if host == "gcr.io" and repo.startswith("distroless/static"):
        return ("distroless-nonroot" if "nonroot" in tag else "distroless"), None
    if host != "docker.io":
        return None, f"no stand-in for {host}/{repo}"
    if "alpine" in (last + tag) and re.search(r"\bapk\b", text):
        return None, "alpine: apk packages cannot be fetched"
    if last in STANDINS:
        return STANDINS[last], None
    return None, f"no stand-in for {repo}"


def needs(dockerfile, context):
    with open(dockerfile, "rb") as f:
        raw = f.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        return ["skip Dockerfile larger than 1 MiB"]
    text = raw.decode("utf-8", "replace")
    lines, escape = logical_lines(text)
    if escape == "`" or re.search(r'^\s*SHELL\s+\[\s*"(powershell|pwsh|cmd)', text, re.I | re.M):
        return ["skip Windows base"]
    out, stages, global_args, seen_from, sources = [], set(), {}, False, []
    for line in lines:
        keyword, _, rest = line.strip().partition(" ")
        keyword = keyword.upper()
        if keyword == "ARG" and not seen_from:
            for word in words(rest):
                k, eq, v = word.partition("=")
                global_args[k] = v if eq else ""
        elif keyword == "FROM":
            seen_from = True
            ws = [w for w in words(rest) if not w.startswith("--")]
            if not ws:
                return ["skip FROM without an image"]
            try:
                ref = expand(ws[0], global_args)
            except KeyError as e:
                return [f"skip FROM names the unset build argument {e.args[0]}"]
            if len(ws) >= 3 and ws[1].lower() == "as":
                stages.add(ws[2].lower())
            if ref.lower() in stages or ref == "scratch":
                continue
            standin, reason = base_standin(ref, text)
            if reason:
                return [f"skip {reason}"]
            out.append(f"base {ref} {standin}")
        elif keyword in ("COPY", "ADD"):
            ws = words(rest)
            if any(w.lower().startswith("--from") for w in ws):
                continue
            ws = [w for w in ws if not w.startswith("--")]
            for src in ws[:-1]:
                if keyword == "ADD" and re.match(r"(https?|git)[:@]", src):
                    return ["skip ADD from a URL: internet download"]
                if src.startswith("<<") or re.search(r"[*?\[$]", src):
                    continue
                rel = os.path.normpath(src.lstrip("/"))
                if rel == "." or rel.startswith(".."):
                    continue
                if not os.path.lexists(os.path.join(context, rel)):
                    sources.append(f"source {rel} {'dir' if src.endswith('/') else 'file'}")
        elif keyword == "RUN" or keyword == "ONBUILD":
            for pattern, reason in OFFLINE:
                if pattern.search(rest):
                    return [f"skip {reason}"]
            if re.search(r"\bapt(-get)?\b[^\n]*\binstall\b", rest):
                out.append("uses apt")
    return list(dict.fromkeys(out)) + sorted(set(sources))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: build_needs.py DOCKERFILE CONTEXT")
    print("\n".join(needs(sys.argv[1], sys.argv[2])))
