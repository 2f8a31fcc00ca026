#!/usr/bin/env bash
# goready soak's own CPU (the JVM, the sampler, the parsers; not the Go children) as a share of one
# core, during a soak of a busy test suite. Not a test. Usage: bench/soak-overhead.sh [DURATION] (default 3m).
# Needs Debian's golang-1.19-go.
set -euo pipefail
duration=${1:-3m}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-soak-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$repo/src/test/resources/soak/project" "$work/project"
# A busy suite: a CPU-bound test that keeps both cores working for a few seconds each cycle.
mkdir -p "$work/project/busy"
cat > "$work/project/busy/busy_test.go" <<'GO'
package busy

import ("crypto/sha256"; "sync"; "testing")

func TestBusy(t *testing.T) {
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() { defer wg.Done(); b := make([]byte, 1<<20); for i := 0; i < 3000; i++ { sha256.Sum256(b) } }()
	}
	wg.Wait()
}
GO
export PATH=/usr/lib/go-1.19/bin:$PATH GOCACHE="$work/gocache" SOAK_STATE_DIR="$work"
"$repo/goready" --version >/dev/null
"$repo/goready" soak --project "$work/project" --duration "$duration" --interval 0s --out "$work/out" >/dev/null || true
python3 - "$work/out/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
cpu, wall = s["self"]["cpuSeconds"], s["self"]["wallSeconds"]
print(f"{s['cycles']} cycles in {wall:.0f} s; goready's own CPU {cpu:.2f} s = {100*cpu/wall:.2f}% of one core (JVM start-up included)")
PY
