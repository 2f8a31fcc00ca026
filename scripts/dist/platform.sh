#!/bin/sh
# Prints this machine's release platform as the bundles name it: <os>-<arch>, os one of linux, macos,
# windows; arch one of x64, arm64. Shared by dist.sh and the release workflow.
set -eu
case $(uname -s) in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) echo "dist: unsupported OS $(uname -s)" >&2; exit 5 ;;
esac
case $(uname -m) in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) echo "dist: unsupported architecture $(uname -m)" >&2; exit 5 ;;
esac
echo "$os-$arch"
