#!/bin/sh
# Builds the release bundle for this machine's platform: a jlink runtime with only the modules goready
# uses, goready's jar and the native launchers, packed as one archive with its SHA-256.
#
#   scripts/dist.sh            writes target/dist/goready-<version>-<os>-<arch>.tar.gz (.zip on Windows)
#                              and target/dist/SHA256SUMS
# Variables:
#   GOREADY_DIST_JAR   use this jar instead of building one (the ITs pass the jar `mvn verify` made)
#   GOREADY_DIST_OUT   write here instead of target/dist
#   GOREADY_JAVA_HOME  the JDK whose jlink and modules make the runtime (default: scripts/find-jdk.sh);
#                      jlink links the JDK's own platform, so each platform's bundle is built on it.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd -P)
jdk=$("$repo/scripts/find-jdk.sh") || exit 5
out=${GOREADY_DIST_OUT:-$repo/target/dist}
platform=$("$repo/scripts/dist/platform.sh")
version=$(sed -n '/<artifactId>goready<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' "$repo/pom.xml")
[ -n "$version" ] || { echo "dist: no <version> after goready's <artifactId> in $repo/pom.xml" >&2; exit 5; }

jar=${GOREADY_DIST_JAR:-}
if [ -z "$jar" ]; then
  commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
  (cd "$repo" && JAVA_HOME="$jdk" mvn -q -B -Dstyle.color=never -Dmaven.test.skip=true "-Dgoready.commit=$commit" package) >&2
  jar=$repo/target/goready.jar
fi
[ -f "$jar" ] || { echo "dist: no jar at $jar" >&2; exit 5; }

name=goready-$version
stage=$(mktemp -d "${TMPDIR:-/tmp}/goready-dist.XXXXXX")
trap 'rm -rf "$stage"' EXIT INT TERM
root=$stage/$name
mkdir -p "$root/bin" "$root/lib"
cp "$jar" "$root/lib/goready.jar"

# The modules jdeps sees the jar's classes use, less java.desktop and java.compiler (reached only by
# optional paths of Jackson (java.beans) and annotation classes, never run by goready: 20 MB saved),
# plus jdk.charsets, found by name at run time (legacy code pages on Windows consoles).
modules=$("$jdk/bin/jdeps" --multi-release 21 --ignore-missing-deps --print-module-deps "$root/lib/goready.jar" |
  tr ',' '\n' | grep -v -x -e java.desktop -e java.compiler | tr '\n' ',')
modules="${modules}jdk.charsets"
echo "dist: linking $modules from $jdk" >&2
# --generate-cds-archive gives the runtime its base class-data archive, for the training run and for
# Windows' launcher, which layers goready's own archive on it; bin/goready makes an AOT cache instead.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --generate-cds-archive --output "$root/runtime"

cp "$repo/scripts/dist/goready" "$root/bin/goready"
cp "$repo/scripts/dist/goready.cmd" "$root/bin/goready.cmd"
chmod 755 "$root/bin/goready"
printf '%s\n' "$version" >"$root/VERSION"

mkdir -p "$out"
case $platform in
  windows-*)
    archive=$name-$platform.zip
    rm -f "$out/$archive"
    (cd "$stage" && "$jdk/bin/jar" --create --no-manifest --file "$out/$archive" "$name") ;;
  *)
    archive=$name-$platform.tar.gz
    (cd "$stage" && tar -cf - "$name" | gzip -9 >"$out/$archive.part") && mv -f "$out/$archive.part" "$out/$archive" ;;
esac

# SHA256SUMS keeps one line per archive, so bundles built on different runners can be merged into it.
"$repo/scripts/dist/sha256sums.sh" "$out" "$archive"
echo "$out/$archive"
