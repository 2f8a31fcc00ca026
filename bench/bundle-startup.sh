#!/usr/bin/env bash
# Start-up of the release bundle against a hello-world jar started the same way, side by side in one
# run: the bundle's own runtime image, an AOT cache from each jar's own training run, SerialGC, C1
# only and the same options bin/goready passes. The bundle runs under `env -i` (no JDK on
# PATH, no JAVA_HOME), as a user's would. Not a test.
# Usage: bench/bundle-startup.sh [RUNS] (default 20); GOREADY_BUNDLE=archive.tar.gz skips scripts/dist.sh.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
runs=${1:-20}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
jdk=$("$repo/scripts/find-jdk.sh")
bundle=${GOREADY_BUNDLE:-$(GOREADY_JAVA_HOME=$jdk "$repo/scripts/dist.sh")}
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-bundle-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT

tar -xzf "$bundle" -C "$work"
root=$(echo "$work"/goready-*)
mkdir -p "$work/home" "$work/hello"
cat >"$work/hello/Hello.java" <<'JAVA'
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
JAVA
"$jdk/bin/javac" --release 21 -d "$work/hello" "$work/hello/Hello.java"
"$jdk/bin/jar" --create --file "$work/hello.jar" --main-class Hello -C "$work/hello" Hello.class

options=(-Xlog:cds=off -Xlog:cds+dynamic=off -Xlog:aot=off -XX:+UseSerialGC --sun-misc-unsafe-memory-access=allow)
"$root/runtime/bin/java" -XX:AOTCacheOutput="$work/hello.aot" "${options[@]}" -jar "$work/hello.jar" >/dev/null
hello() { "$root/runtime/bin/java" -XX:AOTCache="$work/hello.aot" "${options[@]}" -XX:TieredStopAtLevel=1 -jar "$work/hello.jar"; }
bundled() { env -i HOME="$work/home" PATH=/usr/bin:/bin "$root/bin/goready" "$@"; }
doctor_json() { bundled doctor --offline --format json || true; } # findings exit non-zero
bundled --version >/dev/null # the first run trains goready's AOT cache in $work/home/.cache

hello_all=() version_all=() doctor_all=()
for _ in $(seq "$runs"); do
  hello_all+=("$(elapsed hello)")
  version_all+=("$(elapsed bundled --version)")
  doctor_all+=("$(elapsed doctor_json)")
done
h=$(median "${hello_all[@]}") v=$(median "${version_all[@]}") d=$(median "${doctor_all[@]}")
printf 'release bundle %s (%s MB), median of %d runs, %s\n' "$(basename "$bundle")" \
  "$(( $(stat -c %s "$bundle") / 1000000 ))" "$runs" "$("$root/runtime/bin/java" -version 2>&1 | head -n 1)"
printf '  hello-world jar, same runtime and archive treatment: %.3f s\n' "$h"
printf '  bin/goready --version:                             %.3f s  (%.2fx)\n' "$v" "$(echo "$v / $h" | bc -l)"
printf '  bin/goready doctor --offline --format json:        %.3f s  (%.2fx)\n' "$d" "$(echo "$d / $h" | bc -l)"
