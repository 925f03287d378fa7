# Code-signing hook for the Windows packages (run by CPack before NSIS/WiX pack the files, through
# packaging/windows/sign-hook.cmake). Reads its secrets from the environment only:
#   SB_WINDOWS_CERT_BASE64    the PFX certificate, base64
#   SB_WINDOWS_CERT_PASSWORD  its password
#   SB_WINDOWS_TIMESTAMP_URL  optional (default http://timestamp.digicert.com)
# Without SB_WINDOWS_CERT_BASE64 it signs nothing and says so (pull requests, forks).
param([Parameter(Mandatory = $true)][string]$Dir)
$ErrorActionPreference = "Stop"
if (-not $env:SB_WINDOWS_CERT_BASE64) {
    Write-Host "sign.ps1: SB_WINDOWS_CERT_BASE64 is not set; the binaries stay unsigned"
    exit 0
}
$pfx = Join-Path $env:RUNNER_TEMP "switchboard-sign.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:SB_WINDOWS_CERT_BASE64))
$ts = if ($env:SB_WINDOWS_TIMESTAMP_URL) { $env:SB_WINDOWS_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
try {
    $files = Get-ChildItem -Path $Dir -Recurse -Include *.exe, *.dll
    foreach ($f in $files) {
        & signtool sign /fd SHA256 /f $pfx /p $env:SB_WINDOWS_CERT_PASSWORD /tr $ts /td SHA256 $f.FullName
        if ($LASTEXITCODE -ne 0) { throw "signtool failed on $($f.FullName)" }
    }
} finally {
    Remove-Item $pfx -Force
}
