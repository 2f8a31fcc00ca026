#!/usr/bin/env bash
# A long fuzz campaign: every @Tag("fuzz") property with many more tries than the default run.
# Usage: bench/fuzz.sh [tries]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
tries="${1:-100000}"
exec mvn -B -q -Dstyle.color=never -Dgroups=fuzz -Djqwik.tries.default="$tries" \
  -Dsurefire.failIfNoSpecifiedTests=false test
