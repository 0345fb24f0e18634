# Build RNN Studio for Windows (x64) from a clean clone:
#   packaging\dist\rnnstudio\                  the PyInstaller one-folder bundle
#                                              (rnnstudio.exe: the app, no console;
#                                               rnnstudio-console.exe: the same for a terminal)
#   packaging\dist\RNNStudio-Setup-<version>.exe  the Inno Setup installer
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
#   ... -SkipInstaller     bundle only (no Inno Setup needed)
#   ... -Python C:\Python311\python.exe   the interpreter that makes the venv
#
# Needs: Python 3.11+ (python.org or the py launcher) and Inno Setup 6
# (https://jrsoftware.org/isinfo.php; `choco install innosetup` on CI).
param(
    [string]$Python = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$packaging = Split-Path -Parent $here
$root = Split-Path -Parent $packaging
Set-Location $root
$build = Join-Path $packaging "build"
$dist = Join-Path $packaging "dist"
New-Item -ItemType Directory -Force -Path $build, $dist | Out-Null

function Run($exe, [string[]]$argList) {
    & $exe @argList
    if ($LASTEXITCODE -ne 0) { throw "$exe $($argList -join ' ') failed with exit code $LASTEXITCODE" }
}

# ------------------------------------------------------------------ environment
if ($Python -eq "") {
    if (Get-Command py -ErrorAction SilentlyContinue) { $Python = "py"; $pyArgs = @("-3.11") }
    else { $Python = "python"; $pyArgs = @() }
} else { $pyArgs = @() }
$venv = Join-Path $build "venv"
if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
Write-Host "== fresh build environment in $venv"
Run $Python ($pyArgs + @("-m", "venv", $venv))
$py = Join-Path $venv "Scripts\python.exe"
Run $py @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
# Pillow lets PyInstaller turn the PNG icon into the .exe's icon.
Run $py @("-m", "pip", "install", "--quiet", ".", "pyinstaller", "pillow")
$version = (& $py (Join-Path $packaging "version.py")).Trim()

# The installer's icon (.ico with the usual sizes), made from the PNG icons.
$ico = Join-Path $build "rnnstudio.ico"
$icoScript = @"
from PIL import Image
img = Image.open(r'$root\resources\icons\rnnstudio-256.png')
img.save(r'$ico', sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
"@
Run $py @("-c", $icoScript)

# ------------------------------------------------------------------ bundle
Write-Host "== PyInstaller bundle (RNN Studio $version)"
$bundle = Join-Path $dist "rnnstudio"
if (Test-Path $bundle) { Remove-Item -Recurse -Force $bundle }
Run $py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
          "--distpath", $dist, "--workpath", (Join-Path $build "pyinstaller"),
          (Join-Path $packaging "rnnstudio.spec"))
$console = Join-Path $bundle "rnnstudio-console.exe"
Run $console @("--version")
# The self-test: the real window (offscreen on CI), a few dozen updates, a screenshot.
$shot = Join-Path $dist "selftest-windows.png"
Run $console @("--self-test", $shot)

# ------------------------------------------------------------------ installer
if (-not $SkipInstaller) {
    $iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
    if (-not $iscc) {
        foreach ($p in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe")) {
            if (Test-Path $p) { $iscc = $p; break }
        }
    }
    if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found; install it or pass -SkipInstaller" }
    Write-Host "== Inno Setup installer"
    Run $iscc @("/Q", "/DAppVersion=$version", "/DBundleDir=$bundle", "/DOutputDir=$dist",
                "/DRepoDir=$root", "/DIconFile=$ico", (Join-Path $here "rnnstudio.iss"))
    Get-Item (Join-Path $dist "RNNStudio-Setup-$version.exe") | Format-Table Name, Length
}
Write-Host "== done"
