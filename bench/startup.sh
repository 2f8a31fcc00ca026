#!/usr/bin/env bash
# Start-up of `goready --version`, side by side in one run, on the JDK the launcher picks:
# plain `java -jar`, AppCDS as the launcher uses it, the JDK 25 AOT cache, and the launcher itself.
# Not a test. Usage: bench/startup.sh [RUNS] (default 20).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
runs=${1:-20}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
jar="$repo/target/goready.jar"
jdk=$(GOREADY_JAVA_OPTS=-XshowSettings:properties "$repo/goready" --version 2>&1 >/dev/null | sed -n 's/^ *java.home = //p')
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

"$jdk/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/cds.jsa" -Xlog:cds=off -jar "$jar" --version >/dev/null
"$jdk/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/cds.jsa" -Xlog:cds=off -jar "$jar" --version >/dev/null

elapsed_quiet() { local start=$EPOCHREALTIME; "$@" >/dev/null 2>&1; echo "$EPOCHREALTIME - $start" | bc; }

"$jdk/bin/java" -XX:AOTCacheOutput="$work/app.aot" -jar "$jar" --version >/dev/null 2>&1 || true

plain=() cds=() aot=() launcher=()
for _ in $(seq "$runs"); do
  [ -f "$work/app.aot" ] && aot+=("$(elapsed_quiet "$jdk/bin/java" -XX:AOTCache="$work/app.aot" -XX:+UseSerialGC -jar "$jar" --version)")
  plain+=("$(elapsed_quiet "$jdk/bin/java" -jar "$jar" --version)")
  cds+=("$(elapsed_quiet "$jdk/bin/java" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$work/cds.jsa" -Xlog:cds=off -XX:+UseSerialGC -jar "$jar" --version)")
  launcher+=("$(elapsed_quiet "$repo/goready" --version)")
done
p=$(median "${plain[@]}") c=$(median "${cds[@]}") l=$(median "${launcher[@]}")
printf 'goready --version, median of %d runs, %s\n' "$runs" "$("$jdk/bin/java" -version 2>&1 | head -n 1)"
printf '  java -jar, no archive:        %.3f s\n' "$p"
printf '  AppCDS + SerialGC:            %.3f s  (%.2fx)\n' "$c" "$(echo "$c / $p" | bc -l)"
if [ "${#aot[@]}" -gt 0 ]; then
  a=$(median "${aot[@]}")
  printf '  JDK 25 AOT cache + SerialGC:  %.3f s  (%.2fx)\n' "$a" "$(echo "$a / $p" | bc -l)"
fi
printf '  ./goready (AppCDS + launcher): %.3f s  (%.2fx)\n' "$l" "$(echo "$l / $p" | bc -l)"
