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
goroot=${GOROOT_TO_PACK:-/usr/lib/go-1.19}
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-bench.XXXXXX")
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

version=$(head -n 1 "$goroot/VERSION")
case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
file="$version.linux-$arch.tar.gz"

echo "packing $goroot as $file ..." >&2
mkdir -p "$work/www/go"
tar -C "$(dirname "$goroot")" -ch --transform "s,^$(basename "$goroot"),go," "$(basename "$goroot")" | gzip -1 > "$work/www/go/$file"
size=$(stat -c %s "$work/www/go/$file")
sha=$(sha256sum "$work/www/go/$file" | cut -d' ' -f1)
printf '[{"version":"%s","stable":true,"files":[{"filename":"%s","os":"linux","arch":"%s","version":"%s","sha256":"%s","size":%s,"kind":"archive"}]}]' \
  "$version" "$file" "$arch" "$version" "$sha" "$size" > "$work/www/index.json"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/index.json" >/dev/null && break; sleep 0.1; done

"$repo/goready" --version >/dev/null # build the jar and the class-data archive outside the timings

elapsed() { local start=$EPOCHREALTIME; "$@" >/dev/null; echo "$EPOCHREALTIME - $start" | bc; }

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
printf '%-6s %12s %12s %8s\n' round pipeline_s goready_s ratio
p_all=() g_all=()
for i in $(seq "$rounds"); do
  sync; p=$(elapsed pipeline)
  sync; g=$(elapsed goready_install)
  p_all+=("$p") g_all+=("$g")
  printf '%-6s %12.3f %12.3f %8.3f\n' "$i" "$p" "$g" "$(echo "$g / $p" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
pm=$(median "${p_all[@]}") gm=$(median "${g_all[@]}")
printf '%-6s %12.3f %12.3f %8.3f\n' median "$pm" "$gm" "$(echo "$gm / $pm" | bc -l)"
