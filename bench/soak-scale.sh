#!/usr/bin/env bash
# Whether a soak's own cost stays flat as the run grows: bookkeeping time per cycle (the gap between
# one cycle's end and the next one's start, with --interval 0s: parsing, saving, the status line) and
# goready's resident memory, at cycles 10, 100, 1,000 and 3,000 of a generated 1,000-test suite. The
# test step is synthetic — it replays a recorded-shape `go test -json` stream — so the run is
# goready's cost alone. Goal: cycle 3,000's gap at most 1.2× cycle 100's, RSS under 300 MB throughout.
# Not a test. Usage: bench/soak-scale.sh [CYCLES] [TESTS] (default 3000 1000). Needs golang-1.19-go.
# GOREADY=/other/checkout/goready measures another build (an older one kept its cycles in state.json).
set -euo pipefail
cycles=${1:-3000}
tests=${2:-1000}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-soak-scale.XXXXXX")
trap 'kill "${soak:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/project"
printf 'module example.com/scale\n\ngo 1.19\n' >"$work/project/go.mod"
# One cycle's stream: per test a run and a pass (every 97th test fails on odd cycles: outcomes vary).
python3 - "$tests" "$work" <<'PY'
import json, sys
tests, work = int(sys.argv[1]), sys.argv[2]
for odd in (0, 1):
    with open(f"{work}/stream{odd}.json", "w") as out:
        for i in range(tests):
            pkg, name = f"example.com/scale/p{i % 20}", f"TestCase{i:05d}"
            action = "fail" if odd and i % 97 == 0 else "pass"
            out.write(json.dumps({"Time": "2026-12-04T00:00:00Z", "Action": "run", "Package": pkg, "Test": name}) + "\n")
            out.write(json.dumps({"Time": "2026-12-04T00:00:00Z", "Action": action, "Package": pkg, "Test": name, "Elapsed": (i % 7) / 100}) + "\n")
PY
cat >"$work/replay.sh" <<EOF2
n=\$(cat "$work/n" 2>/dev/null || echo 0); echo \$((n + 1)) >"$work/n"
cat "$work/stream\$((n % 2)).json"
EOF2
export PATH=/usr/lib/go-1.19/bin:$PATH GOCACHE="$work/gocache"
goready=${GOREADY:-$repo/goready}
"$goready" --version >/dev/null
"$goready" soak --project "$work/project" --cycles "$cycles" --interval 0s --build true --test "sh $work/replay.sh" \
  --out "$work/out" >"$work/soak.log" 2>&1 &
soak=$!
: >"$work/rss"
while kill -0 "$soak" 2>/dev/null; do # goready's RSS (kB) against the cycles finished so far, each second
  done_cycles=0
  [ -f "$work/out/cycles.jsonl" ] && done_cycles=$(wc -l <"$work/out/cycles.jsonl")
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$soak/status" 2>/dev/null || true)
  [ -n "$rss" ] && echo "$done_cycles $rss" >>"$work/rss"
  sleep 1
done
wait "$soak" || true
python3 - "$work" "$cycles" <<'PY'
import json, statistics, sys
work, total = sys.argv[1], int(sys.argv[2])
try:
    rows = [json.loads(l) for l in open(f"{work}/out/cycles.jsonl")]
except FileNotFoundError:  # a build from before cycles.jsonl
    rows = json.load(open(f"{work}/out/state.json"))["cycles"]
gaps = [(b["startEpochMillis"] - a["startEpochMillis"]) - 1000 * (a["buildSeconds"] + a["testSeconds"]) for a, b in zip(rows, rows[1:])]
rss = [tuple(map(int, l.split())) for l in open(f"{work}/rss")]
def gap_at(n):  # median gap of the ten cycles up to n
    window = gaps[max(0, n - 11):n - 1]
    return statistics.median(window) if window else float("nan")
def rss_at(n):
    seen = [kb for c, kb in rss if c <= n]
    return max(seen) / 1024 if seen else float("nan")
print(f"{len(rows)} cycles of {total}; event segments and samples.csv as usual")
print(f"{'cycle':>6} {'gap_ms':>8} {'rss_mb':>8}")
marks = [n for n in (10, 100, 1000, 3000) if n <= len(rows)]
for n in marks:
    print(f"{n:>6} {gap_at(n):8.1f} {rss_at(n):8.1f}")
if 100 in marks and len(marks) > 2:
    print(f"gap ratio cycle {marks[-1]} / cycle 100: {gap_at(marks[-1]) / gap_at(100):.2f} (goal <= 1.2)")
print(f"peak RSS {max(kb for _, kb in rss) / 1024:.1f} MB (goal < 300)")
PY
tail -n 3 "$work/soak.log"
