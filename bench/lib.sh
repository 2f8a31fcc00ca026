# Helpers the bench scripts share; sourced, not run.

# Seconds a command takes (its output discarded; bash 5's EPOCHREALTIME).
elapsed() { local start=$EPOCHREALTIME; "$@" >/dev/null; echo "$EPOCHREALTIME - $start" | bc; }

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Serves DIR on a free 127.0.0.1 port with python3; sets $port and $server (the pid), waits for PROBE.
serve() {
  local dir=$1 probe=$2
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/$probe" >/dev/null && break; sleep 0.1; done
}

# Runs the functions BASELINE and GOREADY alternately for ROUNDS rounds, then prints each round and
# the medians with the ratio goready/baseline.
race() {
  local rounds=$1 baseline=$2 goready=$3 i p g
  local -a p_all=() g_all=()
  printf '%-6s %12s %12s %8s\n' round baseline_s goready_s ratio
  for i in $(seq "$rounds"); do
    sync; p=$(elapsed "$baseline")
    sync; g=$(elapsed "$goready")
    p_all+=("$p") g_all+=("$g")
    printf '%-6s %12.3f %12.3f %8.3f\n' "$i" "$p" "$g" "$(echo "$g / $p" | bc -l)"
  done
  p=$(median "${p_all[@]}") g=$(median "${g_all[@]}")
  printf '%-6s %12.3f %12.3f %8.3f\n' median "$p" "$g" "$(echo "$g / $p" | bc -l)"
}

# The Go to pack (GOROOT_TO_PACK, default Debian's golang-1.19-go), a scratch folder removed on exit
# together with the server, and the version and GOARCH names archives use: sets goroot, work,
# version and arch.
prepare_go_bench() {
  goroot=${GOROOT_TO_PACK:-/usr/lib/go-1.19}
  work=$(mktemp -d "${TMPDIR:-/tmp}/goready-bench.XXXXXX")
  trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
  version=$(head -n 1 "$goroot/VERSION")
  case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
}
