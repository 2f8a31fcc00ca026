#!/bin/sh
# sha256sums.sh DIR ARCHIVE: sets ARCHIVE's line in DIR/SHA256SUMS ("<hex>  <name>", sha256sum's
# format), keeping the other archives' lines, sorted by name.
set -eu
dir=$1 archive=$2
if command -v sha256sum >/dev/null 2>&1; then
  sum=$(cd "$dir" && sha256sum "$archive" | cut -d' ' -f1)
else
  sum=$(cd "$dir" && shasum -a 256 "$archive" | cut -d' ' -f1) # macOS
fi
touch "$dir/SHA256SUMS"
{ grep -v "  $archive\$" "$dir/SHA256SUMS" || true; printf '%s  %s\n' "$sum" "$archive"; } | sort -k2 >"$dir/SHA256SUMS.part"
mv -f "$dir/SHA256SUMS.part" "$dir/SHA256SUMS"
