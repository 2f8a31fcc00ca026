#!/usr/bin/env bash
# `goready doctor --offline --format json` (start-up included) against a shell script that does the
# same probes one after another, side by side in one run. Offline, so neither resolves names.
# Not a test. Usage: bench/doctor.sh [RUNS] (default 10); GOREADY=path/to/bin/goready measures a
# release bundle instead of the checkout's ./goready.
# Put a go on PATH first (for example PATH=/usr/lib/go-1.19/bin:$PATH) so `go env -json` is probed.
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
runs=${1:-10}
repo=$(cd "$(dirname "$0")/.." && pwd -P)

probes() {
  uname -r; uname -m
  cat /proc/sys/kernel/osrelease /proc/version /etc/os-release /proc/mounts /proc/1/comm /proc/net/route
  cat /etc/wsl.conf /etc/resolv.conf /proc/sys/fs/binfmt_misc/WSLInterop 2>/dev/null || true
  dmesg 2>/dev/null | grep -ciE 'module verification failed|PKCS#7|ima:' || true
  ls /dev/dxg /usr/lib/wsl/lib /dev/nvidia* 2>/dev/null || true
  nvidia-smi -L 2>/dev/null || true
  which -a go || true
  go env -json 2>/dev/null || true
  go version "$(go env GOTOOLDIR 2>/dev/null)/compile" 2>/dev/null || true
  cat "$(go env GOROOT 2>/dev/null)/VERSION" 2>/dev/null || true
  env -i HOME="$HOME" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${SHELL:-/bin/sh}" -lc 'printf %s "$PATH"' || true
  cat "$HOME/.bashrc" "$HOME/.profile" "$HOME/.zshrc" "$HOME/.config/fish/config.fish" 2>/dev/null || true
  df -P "$HOME" "$PWD" >/dev/null
  test -w "$HOME" && test -w "$PWD"
  ls -d "$HOME/.vscode-server" "$HOME/go/bin/gopls" 2>/dev/null || true
}

goready=${GOREADY:-$repo/goready}
"$goready" doctor --offline >/dev/null 2>&1 || true # build and warm the class-data archive

elapsed_quiet() { local start=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || true; echo "$EPOCHREALTIME - $start" | bc; }

script=() doctor=()
for _ in $(seq "$runs"); do
  script+=("$(elapsed_quiet probes)")
  doctor+=("$(elapsed_quiet "$goready" doctor --offline --format json)")
done
s=$(median "${script[@]}") d=$(median "${doctor[@]}")
printf 'median of %d runs\n  shell script, probes one after another: %.3f s\n  goready doctor --offline --format json: %.3f s\n  ratio: %.2f\n' \
  "$runs" "$s" "$d" "$(echo "$d / $s" | bc -l)"
