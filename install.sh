#!/bin/sh
# Installs goready's release bundle for this machine, without admin rights:
#
#   curl -fsSL https://github.com/goready/goready/releases/latest/download/install.sh | sh
#   curl -fsSL …/install.sh | sh -s -- --yes            no questions (scripts, CI, images)
#
# Options: --version V (default: the newest release), --yes (run `goready env` without asking),
# --no-env (do not run it), --help.
# Variables: GOREADY_SELF_URL  where releases are (default https://github.com/goready/goready/releases;
#                              a company mirror serves the same paths: latest/download/NAME and
#                              download/vVERSION/NAME)
#            GOREADY_HOME      goready's data folder (bundles go to GOREADY_HOME/self/VERSION)
#            GOREADY_BIN_DIR   where the `goready` link goes (default ~/.local/bin)
#
# What it does: reads the release's SHA256SUMS, downloads this platform's bundle, checks its SHA-256
# (and its Sigstore bundle when cosign is installed), unpacks it beside any earlier version, switches
# GOREADY_HOME/self/current to it and links GOREADY_BIN_DIR/goready there. Nothing is switched before
# the digest matched; a failure leaves the goready installed before as it was.
# Exit codes, as goready's: 2 usage, 3 network, 4 integrity, 5 local problem.
set -eu

identity='^https://github\.com/goready/goready/\.github/workflows/release\.yml@refs/tags/v'
issuer=https://token.actions.githubusercontent.com

say() { printf 'goready-install: %s\n' "$*" >&2; }
fail() { code=$1; shift; say "$*"; exit "$code"; }

version=${GOREADY_VERSION:-} yes=false run_env=ask
while [ $# -gt 0 ]; do
  case $1 in
    --version) [ $# -ge 2 ] || fail 2 "--version needs a value (e.g. --version 0.2.0)"; version=${2#v}; shift 2 ;;
    --version=*) version=${1#--version=}; version=${version#v}; shift ;;
    --yes|-y) yes=true; shift ;;
    --no-env) run_env=no; shift ;;
    --help|-h) sed -n '2,19s/^# \{0,1\}//p' "$0" 2>/dev/null || true; exit 0 ;;
    *) fail 2 "unknown option $1 (try --help)" ;;
  esac
done
case $version in ''|[0-9]*) ;; *) fail 2 "--version $version is not a version (e.g. 0.2.0)" ;; esac
case $version in *[!0-9A-Za-z.+-]*) fail 2 "--version $version is not a version (e.g. 0.2.0)" ;; esac

base=${GOREADY_SELF_URL:-https://github.com/goready/goready/releases}
base=${base%/}
# Plain http only to this machine (a loopback mirror); anything else must be https.
case $base in
  https://*|http://127.0.0.1:*|http://127.0.0.1/*|http://localhost:*|http://localhost/*|http://\[::1\]*) ;;
  *) fail 2 "GOREADY_SELF_URL=$base is not an https:// URL" ;;
esac

case $(uname -s) in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  *) fail 5 "this script is for Linux, WSL and macOS; on Windows run install.ps1 in PowerShell" ;;
esac
case $(uname -m) in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) fail 5 "no goready bundle for the $(uname -m) architecture (there are x64 and arm64)" ;;
esac
# An x64 shell under Rosetta still runs on an arm64 Mac: it gets the native bundle.
if [ "$os-$arch" = macos-x64 ] && [ "$(sysctl -n sysctl.proc_translated 2>/dev/null || echo 0)" = 1 ]; then
  arch=arm64
fi
platform=$os-$arch

if [ -n "${GOREADY_HOME:-}" ]; then home=$GOREADY_HOME
elif [ "$os" = macos ]; then home=$HOME/Library/Application\ Support/goready
else home=${XDG_DATA_HOME:-$HOME/.local/share}/goready
fi
bin_dir=${GOREADY_BIN_DIR:-$HOME/.local/bin}

if command -v curl >/dev/null 2>&1; then
  fetch() { # fetch URL FILE
    if [ -t 2 ]; then progress=--progress-bar; else progress=-sS; fi
    curl -fL $progress --retry 3 --connect-timeout 20 -o "$2" "$1"
  }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget -q --tries=3 -O "$2" "$1"; }
else
  fail 5 "neither curl nor wget is installed; install one (e.g. sudo apt-get install curl)"
fi
if command -v sha256sum >/dev/null 2>&1; then sha256() { sha256sum "$1" | cut -d' ' -f1; }
elif command -v shasum >/dev/null 2>&1; then sha256() { shasum -a 256 "$1" | cut -d' ' -f1; }
else fail 5 "no sha256sum or shasum to check the download with"
fi

if [ -n "$version" ]; then release=$base/download/v$version; else release=$base/latest/download; fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/goready-install.XXXXXX") || fail 5 "cannot make a temporary folder in ${TMPDIR:-/tmp}"
staging=
cleanup() { rm -rf "$tmp"; [ -z "$staging" ] || rm -rf "$staging"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

fetch "$release/SHA256SUMS" "$tmp/SHA256SUMS" ||
  fail 3 "cannot download $release/SHA256SUMS; check the version and GOREADY_SELF_URL, and HTTPS_PROXY behind a proxy"
# One line per bundle, sha256sum's format; the name must be exactly a bundle for this platform.
line=$(grep -E "^[0-9a-f]{64}  goready-[0-9][0-9A-Za-z.+-]*-$platform\.tar\.gz\$" "$tmp/SHA256SUMS" || true)
[ -n "$line" ] || fail 3 "$release/SHA256SUMS lists no bundle for $platform"
[ "$(printf '%s\n' "$line" | wc -l)" -eq 1 ] || fail 4 "$release/SHA256SUMS lists more than one bundle for $platform"
expected=${line%%  *}
archive=${line#*  }
found=${archive#goready-}
found=${found%-"$platform".tar.gz}
[ -z "$version" ] || [ "$found" = "$version" ] || fail 4 "$release/SHA256SUMS names $archive, not version $version"
version=$found

say "downloading goready $version for $platform"
fetch "$release/$archive" "$tmp/$archive" || fail 3 "cannot download $release/$archive (try again: nothing was changed)"
actual=$(sha256 "$tmp/$archive")
[ "$actual" = "$expected" ] ||
  fail 4 "$archive has SHA-256 $actual, but SHA256SUMS says $expected; nothing was installed (a broken mirror or a tampered download)"
say "SHA-256 verified: $expected"

if command -v cosign >/dev/null 2>&1; then
  fetch "$release/$archive.sigstore.json" "$tmp/bundle.sigstore.json" ||
    fail 4 "cosign is installed but $release/$archive.sigstore.json cannot be downloaded; nothing was installed"
  cosign verify-blob --bundle "$tmp/bundle.sigstore.json" --certificate-identity-regexp "$identity" \
    --certificate-oidc-issuer "$issuer" "$tmp/$archive" >/dev/null 2>&1 ||
    fail 4 "the Sigstore bundle of $archive was not signed by goready's release workflow; nothing was installed"
  say "Sigstore verified: signed by goready's release workflow"
else
  say "Sigstore not checked (no cosign here); \`goready verify\` can check a bundle later"
fi

# Every entry must lie inside goready-VERSION/: no absolute names, no .. (tar would follow them).
top=goready-$version
tar -tzf "$tmp/$archive" >"$tmp/entries" 2>/dev/null || fail 4 "$archive is not a readable tar.gz"
if grep -v -E "^(\./)?$top(/|\$)" "$tmp/entries" >/dev/null || grep -E '(^|/)\.\.(/|$)' "$tmp/entries" >/dev/null; then
  fail 4 "$archive holds entries outside $top/; nothing was installed"
fi

self=$home/self
mkdir -p "$self" || fail 5 "cannot create $self (check its permissions)"
staging=$(mktemp -d "$self/.staging-XXXXXX") || fail 5 "cannot write in $self"
tar -xzf "$tmp/$archive" -C "$staging" --no-same-owner 2>"$tmp/tar.err" ||
  fail 5 "cannot unpack $archive into $self: $(head -n1 "$tmp/tar.err") (a full disk?)"
[ -x "$staging/$top/bin/goready" ] && [ -x "$staging/$top/runtime/bin/java" ] ||
  fail 4 "$archive is not a goready bundle (no $top/bin/goready and runtime); nothing was installed"
"$staging/$top/bin/goready" --version >/dev/null 2>"$tmp/smoke.err" ||
  fail 5 "the new goready does not start here: $(head -n1 "$tmp/smoke.err"); nothing was switched"

# The same version again replaces its folder; other versions stay for `goready self rollback`.
if [ -e "$self/$version" ]; then
  mv "$self/$version" "$staging/old" || fail 5 "cannot replace $self/$version"
fi
mv "$staging/$top" "$self/$version" || fail 5 "cannot move the bundle into $self/$version"
previous=
if [ -L "$self/current" ]; then previous=$(basename "$(readlink "$self/current")"); fi
# Switch by renaming a new link over the old one, so current is never missing.
ln -s "$version" "$self/.current.new"
if ! mv -T "$self/.current.new" "$self/current" 2>/dev/null; then
  rm -f "$self/.current.new"
  ln -sfn "$version" "$self/current" # BSD mv has no -T; ln -sfn swaps it in one short step
fi
if [ -n "$previous" ] && [ "$previous" != "$version" ]; then printf '%s\n' "$previous" >"$self/previous"; fi

mkdir -p "$bin_dir" || fail 5 "cannot create $bin_dir"
link=$bin_dir/goready
if [ -e "$link" ] && [ ! -L "$link" ]; then
  fail 5 "$link exists and is not goready's link; move it away and run this again (goready $version is in $self/$version)"
fi
ln -sfn "$self/current/bin/goready" "$link"
say "installed goready $version in $self/$version; $link runs it"

case ":$PATH:" in
  *":$bin_dir:"*) on_path=true ;;
  *) on_path=false ;;
esac

if [ "$run_env" = ask ]; then
  if [ "$yes" = true ]; then run_env=yes
  elif [ -r /dev/tty ] && [ -w /dev/tty ] && (: </dev/tty) 2>/dev/null; then
    printf 'Run `goready env` now, to put Go on PATH in your shells? [Y/n] ' >/dev/tty
    read -r answer </dev/tty || answer=n
    case $answer in ''|[Yy]*) run_env=yes ;; *) run_env=no ;; esac
  else
    run_env=no
  fi
fi
if [ "$run_env" = yes ]; then
  "$link" env || fail $? "goready env failed (above); goready itself is installed: run \`$link env\` again"
else
  say "next: run \`$link env\` to put Go on PATH in your shells, then \`goready install\`"
fi
if [ "$on_path" = false ]; then
  say "$bin_dir is not on PATH: add  export PATH=\"$bin_dir:\$PATH\"  to your shell's profile"
fi
