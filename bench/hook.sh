#!/usr/bin/env bash
# What the per-project hook adds to each prompt, in bash and zsh, side by side with a prompt without it
# (an empty prompt function), in one run: the steady state (same folder, nothing changed: the cost of
# every prompt), and a cd between two projects at every prompt (the walk up, the pin files, the choice).
# Then `goready exec VERSION -- go version` against `go version` called directly.
# Not a test. Usage: bench/hook.sh [PROMPTS] (default 2000).
set -euo pipefail
# shellcheck source=bench/lib.sh
. "$(dirname "$0")/lib.sh"
prompts=${1:-2000}
repo=$(cd "$(dirname "$0")/.." && pwd -P)
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-hook-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
home=$work/home
for line in 1.19 1.21 1.22 1.23; do
  v=$(head -n 1 "/usr/lib/go-$line/VERSION")
  mkdir -p "$home/toolchains/$v/bin"
  ln -s "/usr/lib/go-$line/bin/go" "$home/toolchains/$v/bin/go"
  cp "/usr/lib/go-$line/VERSION" "$home/toolchains/$v/VERSION"
done
ln -s "toolchains/$(head -n 1 /usr/lib/go-1.23/VERSION)" "$home/current"
mkdir -p "$work/src/a/x/y/z" "$work/src/b/x/y/z" "$home/hook"
printf 'module a\n\ngo 1.21\n\ntoolchain %s\n' "$(head -n 1 /usr/lib/go-1.22/VERSION)" >"$work/src/a/go.mod"
head -n 1 /usr/lib/go-1.19/VERSION | sed 's/^go//' >"$work/src/b/.go-version"
GOREADY_HOME=$home "$repo/goready" hook bash >"$work/hook.sh"

# Per prompt, in microseconds: N calls of the prompt function in one shell, less nothing.
per_prompt() { # shell, body of the loop
  local clock=
  [ "$1" = zsh ] && clock="zmodload zsh/datetime;"
  "$1" -c "$clock . '$work/hook.sh'; none() { :; }; cd '$work/src/a/x/y/z'; _goready_hook 2>/dev/null
    start=\$EPOCHREALTIME; i=0; while [ \$i -lt $prompts ]; do $2; i=\$((i + 1)); done
    echo \"(\$EPOCHREALTIME - \$start) * 1000000 / $prompts\" | bc -l" 2>/dev/null
}
printf 'per prompt, microseconds, mean of %d prompts\n' "$prompts"
printf '%-5s %12s %12s %12s %14s\n' shell no-hook hook added cd-each-time
for shell in bash zsh; do
  base=$(per_prompt "$shell" "none")
  hook=$(per_prompt "$shell" "_goready_hook")
  moving=$(per_prompt "$shell" "cd '$work/src/b/x/y/z'; _goready_hook; cd '$work/src/a/x/y/z'; _goready_hook")
  printf '%-5s %12.1f %12.1f %12.1f %14.1f\n' "$shell" "$base" "$hook" "$(echo "$hook - $base" | bc -l)" "$(echo "$moving / 2" | bc -l)"
done

cd "$work/src/a"
go=$home/toolchains/$(head -n 1 /usr/lib/go-1.22/VERSION)/bin/go
direct() { GOTOOLCHAIN=local "$go" version; }
exec_go() { GOREADY_HOME=$home GOTOOLCHAIN=local "$repo/goready" exec -- go version; }
exec_go >/dev/null # the launcher's class-data archive is made on first use
echo
echo "goready exec -- go version against go version (seconds)"
race 10 direct exec_go
