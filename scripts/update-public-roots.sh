#!/usr/bin/env bash
# Regenerates src/main/resources/dev/goready/verify/public-roots.pem, the public CA roots `verify tls`
# tells public from private by: Mozilla's root list as Debian's ca-certificates package ships it
# (/usr/share/ca-certificates/mozilla), never the machine's trust store, which on Debian and Ubuntu is
# also the JDK's and holds any corporate root installed with update-ca-certificates.
set -euo pipefail
src=/usr/share/ca-certificates/mozilla
out="$(cd "$(dirname "$0")/.." && pwd -P)/src/main/resources/dev/goready/verify/public-roots.pem"
[ -d "$src" ] || { echo "update-public-roots: $src is missing (apt-get install ca-certificates)" >&2; exit 1; }
find "$src" -name '*.crt' | LC_ALL=C sort | xargs cat >"$out.tmp"
mv "$out.tmp" "$out"
echo "update-public-roots: $(grep -c 'BEGIN CERTIFICATE' "$out") roots from $(dpkg-query -W -f='ca-certificates ${Version}' ca-certificates 2>/dev/null || echo "$src") into $out"
