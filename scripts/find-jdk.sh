#!/bin/sh
# Prints the JDK goready builds and runs with, or explains on stderr and exits 5 when none will do.
# GOREADY_JAVA_HOME wins; otherwise the newest JDK 21+ among JAVA_HOME, /usr/lib/jvm/*,
# /Library/Java/JavaVirtualMachines/*/Contents/Home and the `java` on PATH.
# Shared by ./goready, ./run-tests and .ci/run so they always agree.
set -eu

# The major version from a JDK's `release` file (JAVA_VERSION="25.0.3"); no JVM is started for it.
jdk_major() {
  [ -x "$1/bin/java" ] && [ -f "$1/release" ] || { echo 0; return; }
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  [ "$v" = 1 ] && v=8
  echo "${v:-0}"
}

if [ -n "${GOREADY_JAVA_HOME:-}" ]; then
  best=$GOREADY_JAVA_HOME
  best_major=$(jdk_major "$best")
else
  best="" best_major=0
  on_path=$(command -v java 2>/dev/null || true)
  [ -n "$on_path" ] && on_path=$(dirname "$(dirname "$(readlink -f "$on_path" 2>/dev/null || echo "$on_path")")")
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$on_path"; do
    [ -n "$candidate" ] || continue
    major=$(jdk_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major=$major
    fi
  done
fi

if [ "$best_major" -lt 21 ]; then
  echo "goready: no JDK 21 or newer found${best:+ (best: $best, Java $best_major)}" >&2
  echo "  hint: install a JDK 21+ (for example Temurin 25) and set GOREADY_JAVA_HOME or JAVA_HOME to it" >&2
  exit 5
fi
echo "$best"
