# goready: per-project Go for PowerShell. Written by `goready env --hook`; `goready hook powershell` prints it.
# Wraps the prompt function: when the folder or GOREADY_GO_VERSION changed since the last prompt, it walks
# up the folders for .go-version, go.work and go.mod (the order `goready current` explains) and puts the
# pinned toolchain's bin first on PATH. Nothing is started; goready runs only to install a missing
# toolchain with GOREADY_AUTO_INSTALL=1. It cannot be run on the Linux machines goready's tests use;
# tests check its text, the POSIX and fish hooks are run for real.
$script:GoreadyToolchains = @TOOLCHAINS@
$script:GoreadyCurrent = @CURRENT@
$script:GoreadyCommand = @COMMAND@
$script:GoreadyLast = $null
$script:GoreadyAdded = $null

function script:GoreadyVersion([string] $text) {
    $m = [regex]::Match($text.Trim(), '^(?:go)?(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?(?:(beta|rc)(\d{1,3}))?$')
    if (-not $m.Success -or ($m.Groups[4].Success -and $m.Groups[3].Success)) { return $null }
    $pre = 9999
    if ($m.Groups[4].Success) { $pre = [int]$m.Groups[5].Value + $(if ($m.Groups[4].Value -eq 'rc') { 5000 } else { 0 }) }
    return ((([long]$m.Groups[1].Value * 1000 + [long]"0$($m.Groups[2].Value)") * 1000 + [long]"0$($m.Groups[3].Value)") * 10000 + $pre)
}

function script:GoreadyDirective([string] $file, [string] $name) {
    foreach ($line in [IO.File]::ReadAllLines($file)) {
        $words = ($line -replace '//.*$', '').Trim() -split '\s+'
        if ($words.Count -eq 2 -and $words[0] -eq $name) { return $words[1] -replace '[-+].*$', '' }
    }
    return $null
}

function script:GoreadyPin {
    if ($env:GOREADY_GO_VERSION) { return @{ Origin = 'GOREADY_GO_VERSION'; Text = $env:GOREADY_GO_VERSION.Trim(); Kind = 'pin' } }
    $vf = $null; $wf = $null; $mf = $null
    for ($d = (Get-Location).ProviderPath; $d -and -not $vf; $d = Split-Path -Parent $d) {
        if (-not $vf -and (Test-Path -LiteralPath (Join-Path $d '.go-version') -PathType Leaf)) { $vf = Join-Path $d '.go-version' }
        if (-not $wf -and (Test-Path -LiteralPath (Join-Path $d 'go.work') -PathType Leaf)) { $wf = Join-Path $d 'go.work' }
        if (-not $mf -and (Test-Path -LiteralPath (Join-Path $d 'go.mod') -PathType Leaf)) { $mf = Join-Path $d 'go.mod' }
    }
    if ($env:GOWORK) { $wf = if ($env:GOWORK -ne 'off' -and (Test-Path -LiteralPath $env:GOWORK)) { $env:GOWORK } else { $null } }
    if ($vf) {
        $first = Get-Content -LiteralPath $vf | Where-Object { $_.Trim() -and -not $_.Trim().StartsWith('#') } | Select-Object -First 1
        return @{ Origin = $vf; Text = "$first".Trim().TrimStart([char]0xFEFF).Split()[0]; Kind = 'pin' }
    }
    $file = if ($wf) { $wf } else { $mf }
    if (-not $file) { return $null }
    $toolchain = GoreadyDirective $file 'toolchain'
    if ($toolchain) { return @{ Origin = "$file, toolchain line"; Text = $toolchain; Kind = 'exact' } }
    return @{ Origin = "$file, go line"; Text = (GoreadyDirective $file 'go'); Kind = 'min' }
}

function script:GoreadyChoose($pin) {
    $want = GoreadyVersion "$($pin.Text)"
    if ($null -eq $want -or $pin.Text -eq 'latest') { return @{ Error = "names no Go version ('$($pin.Text)')" } }
    $kind = $pin.Kind
    if ($kind -eq 'pin') { $kind = if ($pin.Text -match '^(?:go)?\d+\.\d+$') { 'line' } else { 'exact' } }
    $versionFile = Join-Path $script:GoreadyCurrent 'VERSION'
    if ($kind -eq 'min' -and (Test-Path -LiteralPath $versionFile)) {
        $current = GoreadyVersion (Get-Content -LiteralPath $versionFile -TotalCount 1)
        if ($current -ge $want) { return @{ Found = $null } }
    }
    $top = [math]::Floor($want / 10000000) * 10000000 + 10000000
    $best = $null; $bestKey = -1
    foreach ($dir in Get-ChildItem -LiteralPath $script:GoreadyToolchains -Directory -Filter 'go*' -ErrorAction SilentlyContinue) {
        $k = GoreadyVersion $dir.Name
        if ($null -eq $k) { continue }
        $ok = switch ($kind) {
            'exact' { $k -eq $want }
            'line' { $k -ge $want -and $k -lt $top -and $k % 10000 -eq 9999 }
            default { $k -ge $want }
        }
        if ($ok -and $k -gt $bestKey) { $best = $dir.Name; $bestKey = $k }
    }
    if ($best) { return @{ Found = $best } }
    $arg = if ($kind -eq 'min') { ([regex]::Match($pin.Text, '^\d+\.\d+')).Value } else { $pin.Text -replace '^go', '' }
    return @{ Missing = $arg }
}

function script:GoreadyUpdate {
    $key = "$((Get-Location).ProviderPath)|$env:GOREADY_GO_VERSION"
    if ($key -eq $script:GoreadyLast) { return }
    $script:GoreadyLast = $key
    $pin = GoreadyPin
    $dir = $null
    if ($pin) {
        $choice = GoreadyChoose $pin
        if ($choice.Error) { [Console]::Error.WriteLine("goready: $($pin.Origin) $($choice.Error); go stays as it was"); return }
        if ($choice.Missing -and $env:GOREADY_AUTO_INSTALL -eq '1') {
            & $script:GoreadyCommand install --no-use $choice.Missing
            $choice = GoreadyChoose $pin
        }
        if ($choice.Missing) { [Console]::Error.WriteLine("goready: $($pin.Origin) wants go $($pin.Text), which is not installed; run: goready install $($choice.Missing)"); return }
        if ($choice.Found) { $dir = Join-Path (Join-Path $script:GoreadyToolchains $choice.Found) 'bin' }
    }
    if ($dir -eq $script:GoreadyAdded) { return }
    $entries = $env:PATH -split [IO.Path]::PathSeparator | Where-Object { $_ -and $_ -ne $script:GoreadyAdded }
    if ($dir) { $entries = @($dir) + $entries }
    $env:PATH = $entries -join [IO.Path]::PathSeparator
    $script:GoreadyAdded = $dir
}

if (-not (Test-Path Function:\GoreadyOriginalPrompt)) {
    Copy-Item Function:\prompt Function:\GoreadyOriginalPrompt
    function global:prompt { script:GoreadyUpdate; GoreadyOriginalPrompt }
}
