#!/usr/bin/env bash
# goready soak's own CPU (the JVM, the sampler, the parsers; not the Go children) as a share of one
# core, during a soak of a busy test suite. Not a test. Two soaks, SHORT and LONG, in one run: the
# difference of their CPU over the difference of their wall time is the steady-state overhead, without
# the JVM's start-up. Usage: bench/soak-overhead.sh [LONG] [SHORT] (default 3m 30s). Needs golang-1.19-go.
set -euo pipefail
long=${1:-3m}
short=${2:-30s}
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
"$repo/goready" soak --project "$work/project" --duration "$short" --interval 0s --out "$work/short" >/dev/null || true
"$repo/goready" soak --project "$work/project" --duration "$long" --interval 0s --out "$work/long" >/dev/null || true
python3 - "$work/short/summary.json" "$work/long/summary.json" <<'PY'
import json, sys
s, l = (json.load(open(f)) for f in sys.argv[1:3])
for name, x in (("short", s), ("long", l)):
    cpu, wall = x["self"]["cpuSeconds"], x["self"]["wallSeconds"]
    print(f"{name}: {x['cycles']} cycles in {wall:.0f} s, goready's own CPU {cpu:.2f} s = {100*cpu/wall:.2f}% of one core, start-up included")
dcpu = l["self"]["cpuSeconds"] - s["self"]["cpuSeconds"]
dwall = l["self"]["wallSeconds"] - s["self"]["wallSeconds"]
print(f"steady state: {dcpu:.2f} s CPU over {dwall:.0f} s = {100*dcpu/dwall:.2f}% of one core")
PY
