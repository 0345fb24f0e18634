#!/usr/bin/env bash
# Build RNN Studio for macOS from a clean clone, on a Mac:
#   packaging/dist/RNN Studio.app                          the application bundle
#   packaging/dist/RNNStudio-<version>-macos-<arch>.dmg    a disk image: drag the app to Applications
#
#   bash packaging/macos/build_macos.sh
#   PYTHON=/opt/homebrew/bin/python3.11 bash packaging/macos/build_macos.sh
#
# The .app is built for the machine's architecture (arm64 on Apple silicon, x86_64 on
# Intel); build on each to ship both. It is ad-hoc signed only: without an Apple
# Developer ID and notarisation, Gatekeeper asks users to confirm the first start
# (Control-click the app, then Open). To sign and notarise, set CODESIGN_IDENTITY
# ("Developer ID Application: ...") and run `xcrun notarytool submit` on the .dmg.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packaging="$(cd "$here/.." && pwd)"
root="$(cd "$packaging/.." && pwd)"
cd "$root"
build="$packaging/build"
dist="$packaging/dist"
mkdir -p "$build" "$dist"
log() { printf '\n== %s\n' "$*"; }

log "fresh build environment in $build/venv"
rm -rf "$build/venv"
"${PYTHON:-python3}" -m venv "$build/venv"
py="$build/venv/bin/python"
"$py" -m pip install --quiet --upgrade pip
# Pillow lets PyInstaller turn the PNG icon into the app's .icns.
"$py" -m pip install --quiet . pyinstaller pillow
version="$("$py" "$packaging/version.py")"
arch="$(uname -m)"

log "PyInstaller app bundle (RNN Studio $version, $arch)"
app="$dist/RNN Studio.app"
rm -rf "$dist/rnnstudio" "$app"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$build/pyinstaller" "$packaging/rnnstudio.spec"
exe="$app/Contents/MacOS/rnnstudio"
"$exe" --version
QT_QPA_PLATFORM=offscreen "$exe" --self-test "$dist/selftest-macos.png"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  log "signing with $CODESIGN_IDENTITY"
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"  # ad hoc: required on Apple silicon
fi
codesign --verify --deep --strict "$app"

log "disk image"
dmg="$dist/RNNStudio-$version-macos-$arch.dmg"
stage="$build/dmg"
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "RNN Studio $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
hdiutil verify "$dmg"

log "done"
du -sh "$app"
ls -lh "$dmg"
