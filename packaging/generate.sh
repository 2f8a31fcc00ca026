#!/bin/sh
# Writes goready's Scoop and winget manifests for one release from its SHA256SUMS (the file
# scripts/dist.sh and the release workflow write), so the hashes in them are the release's own.
#
#   packaging/generate.sh VERSION SHA256SUMS OUT
#     OUT/scoop/goready.json
#     OUT/winget/manifests/g/goready/goready/VERSION/goready.goready{,.installer,.locale.en-US}.yaml
# Variables: GOREADY_SELF_URL  the releases the URLs point at (default: the project's on GitHub)
set -eu

[ $# -eq 3 ] || { echo "usage: packaging/generate.sh VERSION SHA256SUMS OUT" >&2; exit 2; }
version=$1 sums=$2 out=$3
case $version in ''|*[!0-9A-Za-z.+-]*|[!0-9]*) echo "generate: '$version' is not a version" >&2; exit 2 ;; esac
[ -r "$sums" ] || { echo "generate: cannot read $sums" >&2; exit 2; }

homepage=https://github.com/goready/goready
releases=${GOREADY_SELF_URL:-$homepage/releases}
description="Takes a machine to a verified, working Go development environment."
license=Proprietary # the project has not published a licence yet; change here when it does

sha() { # sha ARCH: the digest of the Windows bundle for ARCH, from SHA256SUMS
  line=$(grep -E "^[0-9a-f]{64}  goready-$version-windows-$1\.zip\$" "$sums" || true)
  [ -n "$line" ] || { echo "generate: $sums lists no goready-$version-windows-$1.zip" >&2; exit 3; }
  printf '%s' "${line%%  *}"
}
x64=$(sha x64)
arm64=$(sha arm64)
url=$releases/download/v$version

mkdir -p "$out/scoop"
cat >"$out/scoop/goready.json.part" <<JSON
{
  "version": "$version",
  "description": "$description",
  "homepage": "$homepage",
  "license": "$license",
  "architecture": {
    "64bit": {
      "url": "$url/goready-$version-windows-x64.zip",
      "hash": "$x64"
    },
    "arm64": {
      "url": "$url/goready-$version-windows-arm64.zip",
      "hash": "$arm64"
    }
  },
  "extract_dir": "goready-$version",
  "bin": "bin\\\\goready.cmd",
  "checkver": {
    "github": "$homepage"
  },
  "autoupdate": {
    "architecture": {
      "64bit": {
        "url": "$releases/download/v\$version/goready-\$version-windows-x64.zip"
      },
      "arm64": {
        "url": "$releases/download/v\$version/goready-\$version-windows-arm64.zip"
      }
    },
    "hash": {
      "url": "\$baseurl/SHA256SUMS"
    },
    "extract_dir": "goready-\$version"
  }
}
JSON
mv -f "$out/scoop/goready.json.part" "$out/scoop/goready.json"

winget=$out/winget/manifests/g/goready/goready/$version
mkdir -p "$winget"
schema=1.6.0
cat >"$winget/goready.goready.yaml" <<YAML
# yaml-language-server: \$schema=https://aka.ms/winget-manifest.version.$schema.schema.json
PackageIdentifier: goready.goready
PackageVersion: $version
DefaultLocale: en-US
ManifestType: version
ManifestVersion: $schema
YAML
cat >"$winget/goready.goready.installer.yaml" <<YAML
# yaml-language-server: \$schema=https://aka.ms/winget-manifest.installer.$schema.schema.json
PackageIdentifier: goready.goready
PackageVersion: $version
InstallerType: zip
NestedInstallerType: portable
NestedInstallerFiles:
- RelativeFilePath: goready-$version\\bin\\goready.cmd
  PortableCommandAlias: goready
Installers:
- Architecture: x64
  InstallerUrl: $url/goready-$version-windows-x64.zip
  InstallerSha256: $(printf '%s' "$x64" | tr 'a-f' 'A-F')
- Architecture: arm64
  InstallerUrl: $url/goready-$version-windows-arm64.zip
  InstallerSha256: $(printf '%s' "$arm64" | tr 'a-f' 'A-F')
ManifestType: installer
ManifestVersion: $schema
YAML
cat >"$winget/goready.goready.locale.en-US.yaml" <<YAML
# yaml-language-server: \$schema=https://aka.ms/winget-manifest.defaultLocale.$schema.schema.json
PackageIdentifier: goready.goready
PackageVersion: $version
PackageLocale: en-US
Publisher: goready
PackageName: goready
PackageUrl: $homepage
License: $license
ShortDescription: $description
Moniker: goready
Tags:
- go
- golang
- toolchain
- wsl
ManifestType: defaultLocale
ManifestVersion: $schema
YAML
echo "$out/scoop/goready.json"
echo "$winget"
