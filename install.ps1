<#
  goready's installer for Windows 11 (x64 and ARM64), without admin rights:

    irm https://github.com/goready/goready/releases/latest/download/install.ps1 | iex
    & ([scriptblock]::Create((irm …/install.ps1))) -Version 0.2.0 -NoPrompt     (scripts, images)

  -Version V   a release (default: the newest)      -NoPrompt  run `goready env` without asking
  -NoEnv       do not run `goready env`
  Variables: GOREADY_SELF_URL (a mirror of https://github.com/goready/goready/releases, same paths),
             GOREADY_HOME (default %LOCALAPPDATA%\goready).

  It reads the release's SHA256SUMS, downloads the bundle for the machine's native architecture (an
  x64 PowerShell on ARM64 Windows still gets arm64), checks its SHA-256 (and its Sigstore bundle when
  cosign is installed), unpacks it into GOREADY_HOME\self\VERSION, starts it once, and only then
  points the GOREADY_HOME\self\current junction at it. GOREADY_HOME\bin\goready.cmd starts
  self\current; that folder is added to the user PATH. A failure switches nothing.
  Exit codes (when run as a file), as goready's: 2 usage, 3 network, 4 integrity, 5 local problem.
#>
[CmdletBinding()]
param([string]$Version = $env:GOREADY_VERSION, [switch]$NoPrompt, [switch]$NoEnv)

function Install-Goready {
  $ErrorActionPreference = 'Stop'
  $ProgressPreference = 'SilentlyContinue' # Windows PowerShell's progress bar slows downloads many times over
  [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12

  $v = if ($Version) { $Version.TrimStart('v') } else { '' }
  if ($v -and $v -notmatch '^[0-9][0-9A-Za-z.+-]*$') { return Fail 2 "-Version $Version is not a version (e.g. 0.2.0)" }
  $base = if ($env:GOREADY_SELF_URL) { $env:GOREADY_SELF_URL.TrimEnd('/') } else { 'https://github.com/goready/goready/releases' }
  if ($base -notmatch '^(https://|http://(127\.0\.0\.1|localhost)[:/])') { return Fail 2 "GOREADY_SELF_URL=$base is not an https:// URL" }

  # The registry's system environment names the native CPU, whatever this PowerShell is emulated as.
  $native = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager\Environment').PROCESSOR_ARCHITECTURE
  $arch = switch ($native) { 'ARM64' { 'arm64' } 'AMD64' { 'x64' } default { $null } }
  if (-not $arch) { return Fail 5 "no goready bundle for the $native architecture (there are x64 and arm64)" }
  $platform = "windows-$arch"

  $home_ = if ($env:GOREADY_HOME) { $env:GOREADY_HOME } else { Join-Path $env:LOCALAPPDATA 'goready' }
  $self = Join-Path $home_ 'self'
  $release = if ($v) { "$base/download/v$v" } else { "$base/latest/download" }
  $tmp = Join-Path ([IO.Path]::GetTempPath()) ("goready-install-" + [guid]::NewGuid())
  New-Item -ItemType Directory -Path $tmp | Out-Null
  $staging = $null
  try {
    try { Invoke-WebRequest -UseBasicParsing -Uri "$release/SHA256SUMS" -OutFile "$tmp\SHA256SUMS" }
    catch { return Fail 3 "cannot download $release/SHA256SUMS ($($_.Exception.Message)); check the version, GOREADY_SELF_URL and your proxy" }
    $lines = @(Get-Content "$tmp\SHA256SUMS" | Where-Object { $_ -match "^[0-9a-f]{64}  goready-[0-9][0-9A-Za-z.+-]*-$platform\.zip$" })
    if ($lines.Count -eq 0) { return Fail 3 "$release/SHA256SUMS lists no bundle for $platform" }
    if ($lines.Count -gt 1) { return Fail 4 "$release/SHA256SUMS lists more than one bundle for $platform" }
    $expected, $archive = $lines[0] -split '  ', 2
    $found = $archive.Substring(8, $archive.Length - 8 - "-$platform.zip".Length)
    if ($v -and $found -ne $v) { return Fail 4 "$release/SHA256SUMS names $archive, not version $v" }
    $v = $found

    Write-Host "goready-install: downloading goready $v for $platform"
    try { Invoke-WebRequest -UseBasicParsing -Uri "$release/$archive" -OutFile "$tmp\$archive" }
    catch { return Fail 3 "cannot download $release/$archive ($($_.Exception.Message)); nothing was changed" }
    $actual = (Get-FileHash -Algorithm SHA256 "$tmp\$archive").Hash.ToLowerInvariant()
    if ($actual -ne $expected) { return Fail 4 "$archive has SHA-256 $actual, but SHA256SUMS says $expected; nothing was installed" }
    Write-Host "goready-install: SHA-256 verified: $expected"

    if (Get-Command cosign -ErrorAction SilentlyContinue) {
      try { Invoke-WebRequest -UseBasicParsing -Uri "$release/$archive.sigstore.json" -OutFile "$tmp\bundle.sigstore.json" }
      catch { return Fail 4 "cosign is installed but $release/$archive.sigstore.json cannot be downloaded; nothing was installed" }
      & cosign verify-blob --bundle "$tmp\bundle.sigstore.json" `
        --certificate-identity-regexp '^https://github\.com/goready/goready/\.github/workflows/release\.yml@refs/tags/v' `
        --certificate-oidc-issuer https://token.actions.githubusercontent.com "$tmp\$archive" *> $null
      if ($LASTEXITCODE -ne 0) { return Fail 4 "the Sigstore bundle of $archive was not signed by goready's release workflow; nothing was installed" }
      Write-Host "goready-install: Sigstore verified: signed by goready's release workflow"
    } else {
      Write-Host "goready-install: Sigstore not checked (no cosign here); ``goready verify`` can check a bundle later"
    }

    # Every entry must lie inside goready-VERSION/, with no drive, root or '..' (Expand-Archive would follow them).
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = [IO.Compression.ZipFile]::OpenRead("$tmp\$archive")
    try {
      $outside = @($zip.Entries | Where-Object { $_.FullName -notmatch "^goready-$([regex]::Escape($v))/" -or $_.FullName -match '(^|[\\/])\.\.([\\/]|$)|:' })
    } finally { $zip.Dispose() }
    if ($outside.Count -gt 0) { return Fail 4 "$archive holds entries outside goready-$v/ ($($outside[0].FullName)); nothing was installed" }

    New-Item -ItemType Directory -Force -Path $self | Out-Null
    $staging = Join-Path $self (".staging-" + [guid]::NewGuid())
    try { Expand-Archive -Path "$tmp\$archive" -DestinationPath $staging }
    catch { return Fail 5 "cannot unpack $archive into ${self}: $($_.Exception.Message) (a full disk?)" }
    $unpacked = Join-Path $staging "goready-$v"
    if (-not (Test-Path "$unpacked\bin\goready.cmd") -or -not (Test-Path "$unpacked\runtime\bin\java.exe")) {
      return Fail 4 "$archive is not a goready bundle (no bin\goready.cmd and runtime); nothing was installed"
    }
    & "$unpacked\bin\goready.cmd" --version *> $null
    if ($LASTEXITCODE -ne 0) { return Fail 5 "the new goready does not start here (exit $LASTEXITCODE); nothing was switched" }

    # Versions sit side by side: a running goready's files are locked, so none is overwritten in place.
    $target = Join-Path $self $v
    if (Test-Path $target) { Move-Item $target (Join-Path $staging 'old') }
    Move-Item $unpacked $target
    $current = Join-Path $self 'current'
    $previous = if (Test-Path $current) { Split-Path -Leaf (Get-Item $current).Target } else { $null }
    New-Item -ItemType Junction -Path "$current.new" -Target $target | Out-Null
    if (Test-Path $current) { [IO.Directory]::Delete($current) } # removes the junction, not what it points at
    Rename-Item "$current.new" 'current'
    if ($previous -and $previous -ne $v) { Set-Content -Path (Join-Path $self 'previous') -Value $previous -Encoding ascii }

    $bin = Join-Path $home_ 'bin'
    New-Item -ItemType Directory -Force -Path $bin | Out-Null
    Set-Content -Path "$bin\goready.cmd" -Encoding ascii -Value "@`"%~dp0..\self\current\bin\goready.cmd`" %*"
    # The user PATH is read and written raw, so %USERPROFILE%-style entries and the value's type stay as they were.
    $key = [Microsoft.Win32.Registry]::CurrentUser.OpenSubKey('Environment', $true)
    try {
      $path = [string]$key.GetValue('Path', '', 'DoNotExpandEnvironmentNames')
      if (($path -split ';') -notcontains $bin) {
        $kind = if ($key.GetValueNames() -contains 'Path') { $key.GetValueKind('Path') } else { [Microsoft.Win32.RegistryValueKind]::ExpandString }
        $key.SetValue('Path', (@($bin) + @($path -split ';' | Where-Object { $_ }) -join ';'), $kind)
        [Environment]::SetEnvironmentVariable('GOREADY_INSTALL_BROADCAST', $null, 'User') # makes Windows tell running programs PATH changed
      }
    } finally { $key.Close() }
    $env:Path = "$bin;$env:Path"
    Write-Host "goready-install: installed goready $v in $target; $bin\goready.cmd runs it (new terminals find it on PATH)"

    if (-not $NoEnv) {
      $answer = if ($NoPrompt) { 'y' } else { Read-Host 'Run `goready env` now, to put Go on PATH in your shells? [Y/n]' }
      if ($answer -eq '' -or $answer -match '^[Yy]') {
        & "$bin\goready.cmd" env
        if ($LASTEXITCODE -ne 0) { return Fail $LASTEXITCODE "goready env failed (above); goready itself is installed: run goready env again" }
      } else {
        Write-Host 'goready-install: next: run `goready env` to put Go on PATH, then `goready install`'
      }
    }
    return 0
  } finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
    if ($staging) { Remove-Item -Recurse -Force $staging -ErrorAction SilentlyContinue }
  }
}

function Fail([int]$code, [string]$message) {
  Write-Host "goready-install: $message" -ForegroundColor Red
  return $code
}

$code = Install-Goready
# Run as a file, the exit code reaches the caller; piped into iex, exit would close the user's window.
if ($PSCommandPath) { exit $code } elseif ($code -ne 0) { Write-Error "goready was not installed (exit $code)" }
