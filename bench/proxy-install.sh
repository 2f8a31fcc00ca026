#!/usr/bin/env bash
# Times `goready install --source proxy` against the plain pipeline `curl -o zip && unzip`, side by
# side in one run, on one real toolchain module zip (Debian's Go in the golang.org/toolchain layout)
# served from 127.0.0.1 together with a one-record checksum database. Not a test: noise is reported.
#
#   bench/proxy-install.sh [ROUNDS]      (default 5; needs golang-1.19-go, python3, curl, unzip)
#
# The baseline downloads and unpacks. goready also hashes every file (dirhash h1:), verifies the
# signed tree head and the record's tile against it, restores exec bits and _go.mod, and switches current.
set -euo pipefail

rounds=${1:-5}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
prepare_go_bench
module="v0.0.1-$version.linux-$arch"
jdk=$("$repo/scripts/find-jdk.sh")

echo "packing $goroot as golang.org/toolchain@$module ..." >&2
mkdir -p "$work/stage/golang.org" "$work/www/golang.org/toolchain/@v" "$work/www/sumdb"
cp -rL "$goroot" "$work/stage/golang.org/toolchain@$module"
( cd "$work/stage/golang.org/toolchain@$module" && rm -rf api doc misc test \
    && find . -name go.mod -execdir mv go.mod _go.mod \; )
( cd "$work/stage" && zip -q -1 -r -X -D "$work/www/golang.org/toolchain/@v/$module.zip" "golang.org" )
size=$(stat -c %s "$work/www/golang.org/toolchain/@v/$module.zip")
key=$("$jdk/bin/java" "$repo/bench/SumdbFixture.java" "$work/www/golang.org/toolchain/@v/$module.zip" "$module" "$work/www/sumdb")
touch "$work/www/sumdb/sum.bench.test/supported"

serve "$work/www" sumdb/sum.bench.test/latest

"$repo/goready" --version >/dev/null # build the jar and the class-data archive outside the timings

pipeline() {
  rm -rf "$work/dest" "$work/m.zip" && mkdir "$work/dest"
  curl -s -o "$work/m.zip" "http://127.0.0.1:$port/golang.org/toolchain/@v/$module.zip" && unzip -q "$work/m.zip" -d "$work/dest"
}

goready_install() {
  rm -rf "$work/home"
  GOREADY_HOME="$work/home" GOPROXY="http://127.0.0.1:$port" GOSUMDB="$key" \
    "$repo/goready" install --source proxy "${version#go}" --quiet
}

echo "module zip: $module.zip, $((size / 1048576)) MiB; $rounds rounds, alternating" >&2
race "$rounds" pipeline goready_install
