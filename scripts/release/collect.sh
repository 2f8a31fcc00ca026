#!/bin/sh
# collect.sh OUT DIR...: gathers the bundles each platform's runner built into OUT and writes one
# SHA256SUMS over them all (the index install.sh, install.ps1 and self update read), then the Scoop
# and winget manifests from it.
set -eu
out=$1
shift
repo=$(cd "$(dirname "$0")/../.." && pwd -P)
mkdir -p "$out"
for dir in "$@"; do
  for archive in "$dir"/goready-*.tar.gz "$dir"/goready-*.zip; do
    [ -f "$archive" ] || continue
    cp "$archive" "$out/"
    "$repo/scripts/dist/sha256sums.sh" "$out" "$(basename "$archive")"
  done
done
[ -s "$out/SHA256SUMS" ] || { echo "collect: no bundles in $*" >&2; exit 2; }
cp "$repo/install.sh" "$repo/install.ps1" "$out/"
version=$(sed -n '/<artifactId>goready<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' "$repo/pom.xml")
if grep -q "windows-x64.zip" "$out/SHA256SUMS" && grep -q "windows-arm64.zip" "$out/SHA256SUMS"; then
  "$repo/packaging/generate.sh" "$version" "$out/SHA256SUMS" "$out/packaging"
fi
cat "$out/SHA256SUMS"
