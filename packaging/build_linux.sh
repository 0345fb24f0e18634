#!/usr/bin/env bash
# Build RNN Studio for Linux from a clean clone:
#   packaging/dist/rnnstudio/                             the PyInstaller one-folder bundle
#   packaging/dist/rnnstudio-<version>-linux-<arch>.tar.gz  that bundle, ready to unpack anywhere
#   packaging/dist/rnnstudio_<version>_<debarch>.deb      installs /opt/rnnstudio, /usr/bin/rnnstudio,
#                                                         the menu entry and the icons
#
#   bash packaging/build_linux.sh            # fresh venv in packaging/build/venv (pip install . pyinstaller)
#   RNNSTUDIO_BUILD_PYTHON=python3 bash packaging/build_linux.sh
#                                            # use that interpreter as is (it needs rnnstudio and
#                                            # pyinstaller installed; the packaging test does this)
#   bash packaging/build_linux.sh --no-deb   # bundle and .tar.gz only
#   RNNSTUDIO_BUILD_DIR / RNNSTUDIO_DIST_DIR  # other scratch / output folders
#
# Needs: python3 (3.11+) with venv, binutils (objdump, strip) and, for the .deb, dpkg-deb.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

make_deb=1
for arg in "$@"; do
  case "$arg" in
    --no-deb) make_deb=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown option $arg (known: --no-deb)" >&2; exit 2 ;;
  esac
done

build="${RNNSTUDIO_BUILD_DIR:-$here/build}"   # scratch (venv, PyInstaller work, staging)
dist="${RNNSTUDIO_DIST_DIR:-$here/dist}"      # results
mkdir -p "$build" "$dist"
log() { printf '\n== %s\n' "$*"; }

# ------------------------------------------------------------------ Python environment
if [ -n "${RNNSTUDIO_BUILD_PYTHON:-}" ]; then
  py="$RNNSTUDIO_BUILD_PYTHON"
  log "using $py as is"
else
  log "fresh build environment in $build/venv"
  rm -rf "$build/venv"
  python3 -m venv "$build/venv"
  py="$build/venv/bin/python"
  "$py" -m pip install --quiet --upgrade pip
  # Non-editable, so the installed metadata (the version) and package data are the real ones.
  "$py" -m pip install --quiet . pyinstaller
fi
version="$("$py" "$here/version.py")"
installed="$("$py" -c 'import rnnstudio; print(rnnstudio.__version__)')"
if [ "$installed" != "$version" ]; then
  echo "build_linux.sh: the environment has rnnstudio $installed but pyproject.toml says" \
       "$version; reinstall it (pip install .)" >&2
  exit 1
fi
arch="$(uname -m)"

# ------------------------------------------------------------------ bundle
log "PyInstaller bundle (RNN Studio $version)"
rm -rf "$dist/rnnstudio"
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$build/pyinstaller" "$here/rnnstudio.spec"
bundle="$dist/rnnstudio"
"$bundle/rnnstudio" --version

# ------------------------------------------------------------------ .tar.gz
log "tarball"
tarball="$dist/rnnstudio-$version-linux-$arch.tar.gz"
stage="$build/tar"
rm -rf "$stage" && mkdir -p "$stage/rnnstudio-$version"
cp -a "$bundle/." "$stage/rnnstudio-$version/"
cp "$root/resources/rnnstudio.desktop" "$root/LICENSE" "$stage/rnnstudio-$version/"
cat > "$stage/rnnstudio-$version/README.txt" <<EOF
RNN Studio $version for Linux ($arch)

Run ./rnnstudio from this folder (it can live anywhere). Check the installation with
./rnnstudio --self-test selftest.png

The desktop's own libraries are used, not bundled. On Debian or Ubuntu:
sudo apt-get install libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 \\
    libfreetype6 libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
EOF
tar --sort=name --owner=0 --group=0 --numeric-owner -C "$stage" -czf "$tarball" "rnnstudio-$version"

# ------------------------------------------------------------------ .deb
if [ "$make_deb" = 1 ]; then
  command -v dpkg-deb >/dev/null || { echo "build_linux.sh: dpkg-deb not found (use --no-deb)" >&2; exit 1; }
  log ".deb"
  debarch="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
  deb="$dist/rnnstudio_${version}_${debarch}.deb"
  pkg="$build/deb"
  rm -rf "$pkg"
  mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
           "$pkg/usr/share/doc/rnnstudio"
  cp -a "$bundle" "$pkg/opt/rnnstudio"
  # The launcher finds the bundle relative to itself, so the tree also works where
  # `dpkg -x` unpacked it (the packaging test runs it from a temporary root).
  cat > "$pkg/usr/bin/rnnstudio" <<'EOF'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/../../opt/rnnstudio/rnnstudio" "$@"
EOF
  chmod 0755 "$pkg/usr/bin/rnnstudio"
  install -m 0644 "$root/resources/rnnstudio.desktop" "$pkg/usr/share/applications/rnnstudio.desktop"
  for png in "$root"/resources/icons/rnnstudio-*.png; do
    size="$(basename "$png" .png)"; size="${size#rnnstudio-}"
    install -D -m 0644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/rnnstudio.png"
  done
  if [ -f "$root/resources/icons/rnnstudio.svg" ]; then
    install -D -m 0644 "$root/resources/icons/rnnstudio.svg" \
      "$pkg/usr/share/icons/hicolor/scalable/apps/rnnstudio.svg"
  fi
  {
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: RNN Studio"
    echo
    echo "Files: *"
    echo "License: MIT"
    sed 's/^$/./; s/^/ /' "$root/LICENSE"
  } > "$pkg/usr/share/doc/rnnstudio/copyright"

  # The oldest glibc the bundled binaries accept.
  glibc="$(find "$bundle" -type f \( -name '*.so*' -o -name rnnstudio \) -exec objdump -T {} + \
           2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -Vu | tail -1)"
  # Desktop libraries the bundle leaves to the system (see SYSTEM_LIBS in rnnstudio.spec);
  # tests/packaging checks that every library the bundle needs from outside is named here.
  depends="libc6 (>= ${glibc:-2.28}), libstdc++6, libgcc-s1, libglib2.0-0t64 | libglib2.0-0,
 libdbus-1-3, libfontconfig1, libfreetype6, libegl1, libgl1, libxkbcommon0,
 libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4,
 libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-randr0, libxcb-shape0,
 libxcb-xfixes0, libxcb-xkb1, libxcb-sync1, libxcb-shm0, libxcb-render0, libxcb-util1,
 libwayland-client0, libwayland-cursor0, libwayland-egl1, libzstd1"
  size_kb="$(du -sk "$pkg" | cut -f1)"
  cat > "$pkg/DEBIAN/control" <<EOF
Package: rnnstudio
Version: $version
Architecture: $debarch
Maintainer: RNN Studio developers <rnnstudio@users.noreply.github.com>
Installed-Size: $size_kb
Depends: $depends
Section: education
Priority: optional
Description: learn recurrent neural networks by building and training them
 RNN Studio is a desktop application for self-learners and instructors: build an
 Elman, LSTM, peephole LSTM or GRU network, train it on a small task (binary
 addition, sequence detection, character language model, delayed recall, the
 adding problem, forecasting) and watch the loss, the gradients flowing back
 through time and the hidden state while it learns.
EOF
  cat > "$pkg/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
EOF
  cp "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
  chmod 0755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
  find "$pkg" -type d -exec chmod 0755 {} +
  dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
  dpkg-deb --info "$deb" | sed -n '/Package:/,/Depends:/p'
fi

log "done"
du -sh "$bundle" | sed 's/\t/  /'
ls -l "$dist"/*.tar.gz "$dist"/*.deb 2>/dev/null | awk '{printf "%s  %.1f MB\n", $NF, $5 / 1e6}'
