#!/usr/bin/env bash
# The Debian package CPack makes from this build: binary, man page and the three completions
# at the paths Debian's shells read, and dependencies: computed from the binary, plus the
# libraries it opens on first use.
set -euo pipefail
build=$1
command -v dpkg-deb >/dev/null || { echo "dpkg-deb not installed"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/plimsoll_*.deb)
contents=$(dpkg-deb -c "$deb")
status=0
for path in ./usr/bin/plimsoll ./usr/share/man/man1/plimsoll.1 ./usr/share/bash-completion/completions/plimsoll \
            ./usr/share/zsh/vendor-completions/_plimsoll ./usr/share/fish/vendor_completions.d/plimsoll.fish; do
  grep -q " $path\$" <<<"$contents" || { echo "FAIL: $path missing from $(basename "$deb")"; status=1; }
done
grep -q '^-rwxr-xr-x .* ./usr/bin/plimsoll$' <<<"$contents" || { echo "FAIL: /usr/bin/plimsoll not executable"; status=1; }
depends=$(dpkg-deb -f "$deb" Depends)
# Opened on first use, so named by the build; the C library, read from the binary.
for lib in libgit2 libarchive libssl libc6; do
  grep -q "$lib" <<<"$depends" || { echo "FAIL: Depends lacks $lib: $depends"; status=1; }
done
# Linked statically (cmake/Dependencies.cmake): nothing to install.
for lib in libre2 libyaml-cpp libfmt; do
  grep -q "$lib" <<<"$depends" && { echo "FAIL: Depends names $lib, which is linked in: $depends"; status=1; }
done
[[ $(dpkg-deb -f "$deb" Package) == plimsoll ]] || { echo "FAIL: package name"; status=1; }
[[ $status -eq 0 ]] && echo "deb: ok ($(basename "$deb"))" && echo "$contents"
exit $status
