#!/bin/sh
# smoke.sh ARCHIVE: unpacks a release bundle into a temporary folder and runs it as a user without a
# JDK would (env -i: no JAVA_HOME, a PATH with no java): --version, then doctor --offline. The
# release workflow runs it on each platform's own runner; DistIT runs it here.
set -eu
archive=$1
[ -f "$archive" ] || { echo "smoke: no archive at $archive" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/goready-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
case $archive in
  *.zip) (cd "$work" && unzip -q "$archive" 2>/dev/null || tar -xf "$archive") ;; # bsdtar on Windows reads zips
  *) tar -xzf "$archive" -C "$work" ;;
esac
top=$(ls "$work")
case $top in goready-*) ;; *) echo "smoke: the archive's top folder is '$top', not goready-VERSION" >&2; exit 1 ;; esac
launcher=$work/$top/bin/goready
[ -x "$launcher" ] || launcher=$work/$top/bin/goready.cmd

# The launcher needs only these; no java among them.
tools=$work/tools
mkdir "$tools"
for tool in sh dirname readlink uname cksum cut mkdir mv rm cat; do
  found=$(command -v "$tool") && ln -s "$found" "$tools/$tool"
done
home=$work/home
mkdir "$home"
run() { env -i HOME="$home" PATH="$tools" ${SYSTEMROOT:+SYSTEMROOT="$SYSTEMROOT"} "$launcher" "$@"; }

version=$(run --version) || { echo "smoke: $top --version failed" >&2; exit 1; }
printf '%s\n' "$version"
case $version in "goready "*) ;; *) echo "smoke: --version printed '$version'" >&2; exit 1 ;; esac
set +e
run doctor --offline --format json >"$work/doctor.json"
code=$?
set -e
# doctor exits 1 when a check fails (a fresh machine has no Go): that is a result, not a crash.
[ "$code" -le 1 ] && grep -q '"checks"' "$work/doctor.json" || { echo "smoke: doctor exited $code" >&2; exit 1; }
echo "smoke: $top runs without a JDK"
