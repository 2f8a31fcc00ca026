#!/bin/sh
# sign.sh DIR: signs every bundle in DIR keylessly with Sigstore (cosign and the workflow's OIDC
# token), writing ARCHIVE.sigstore.json beside each: the bundles install.sh, install.ps1 and
# `goready self update --require sigstore` check against the release workflow's identity. Runs only in
# the release workflow (it needs GitHub's OIDC token); everything else about the bundles runs here.
set -eu
dir=$1
command -v cosign >/dev/null 2>&1 || { echo "sign: cosign is not installed" >&2; exit 5; }
found=0
for archive in "$dir"/goready-*.tar.gz "$dir"/goready-*.zip; do
  [ -f "$archive" ] || continue
  cosign sign-blob --yes --bundle "$archive.sigstore.json" "$archive" >/dev/null
  found=$((found + 1))
done
[ "$found" -gt 0 ] || { echo "sign: no goready bundles in $dir" >&2; exit 2; }
echo "sign: signed $found bundles"
