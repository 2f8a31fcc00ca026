#!/usr/bin/env bash
# Times `goready install` against the plain pipeline `curl | tee >(sha256sum) | tar -xz`, side by side
# in one run, on one real archive (Debian's Go repacked in the official layout, well over 100 MB)
# served from 127.0.0.1. Not a test: the machine's noise is reported, not asserted.
#
#   bench/install.sh [ROUNDS]      (default 5; needs golang-1.19-go, python3, curl)
#
# Both sides download, hash and unpack the same bytes. goready also keeps the verified archive in
# downloads/ (the cache and resume point), checks the digest against the index and switches current.
set -euo pipefail

rounds=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
prepare_go_bench
file="$version.linux-$arch.tar.gz"

echo "packing $goroot as $file ..." >&2
mkdir -p "$work/www/go"
tar -C "$(dirname "$goroot")" -ch --transform "s,^$(basename "$goroot"),go," "$(basename "$goroot")" | gzip -1 > "$work/www/go/$file"
size=$(stat -c %s "$work/www/go/$file")
sha=$(sha256sum "$work/www/go/$file" | cut -d' ' -f1)
printf '[{"version":"%s","stable":true,"files":[{"filename":"%s","os":"linux","arch":"%s","version":"%s","sha256":"%s","size":%s,"kind":"archive"}]}]' \
  "$version" "$file" "$arch" "$version" "$sha" "$size" > "$work/www/index.json"

serve "$work/www" index.json

"$repo/goready" --version >/dev/null # build the jar and the class-data archive outside the timings

pipeline() {
  rm -rf "$work/dest" && mkdir "$work/dest"
  curl -s "http://127.0.0.1:$port/go/$file" | tee >(sha256sum > "$work/sum") | tar -xz -C "$work/dest"
}

goready_install() {
  rm -rf "$work/home"
  GOREADY_HOME="$work/home" GOREADY_INDEX="http://127.0.0.1:$port/index.json" \
    GOREADY_DOWNLOAD_URL="http://127.0.0.1:$port/go" "$repo/goready" install "${version#go}" --quiet
}

echo "archive: $file, $((size / 1048576)) MiB; $rounds rounds, alternating" >&2
race "$rounds" pipeline goready_install
