"""Packaging: what a user of an installer or of `pip install .` gets.

Always run (seconds): every package folder is listed in pyproject.toml; a plain
(non-editable) installation carries the resources; `python -m rnnstudio --self-test`
opens the window, trains, writes a screenshot and exits 0; a bad screenshot path fails
at once with one clear line.

`@pytest.mark.packaging` (minutes; skipped unless PyInstaller is importable and, for
the .deb, dpkg-deb exists): packaging/build_linux.sh builds the bundle, the .tar.gz and
the .deb; the bundle passes its own --self-test; the .deb, unpacked with `dpkg -x` into
a temporary root, passes it through its /usr/bin/rnnstudio launcher. It takes about 3
minutes on an idle 2-core machine (PyInstaller's analysis is most of it); run it alone
with `python -m pytest tests/packaging -m packaging`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def selftest_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")  # nothing of the user's is read or written
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / ".config")
    env.pop("PYTHONPATH", None)
    return env


def run_selftest(cmd: list[str], shot: Path, tmp_path: Path, cwd: Path,
                 timeout: float = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run([*cmd, "--self-test", "--screenshot", str(shot)], cwd=cwd,
                          env=selftest_env(tmp_path), capture_output=True, text=True,
                          timeout=timeout)
    report = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert proc.returncode == 0, report
    assert "self-test: passed" in proc.stdout, report
    assert "Traceback" not in proc.stderr, report
    assert shot.read_bytes()[:8] == PNG_MAGIC, report
    return proc


# ----------------------------------------------------------------- always run
def test_every_package_folder_is_listed_in_pyproject():
    """The package list is explicit (so resources/ can be mapped into the wheel): a new
    sub-package left out of it would be missing from every installation."""
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "rnnstudio").rglob("__init__.py")
               if "__pycache__" not in p.parts}
    missing = sorted(on_disk - listed)
    assert not missing, (f"add {missing} to [tool.setuptools] packages in pyproject.toml, "
                         "or `pip install .` leaves them out")
    assert pyproject()["tool"]["setuptools"]["package-dir"]["rnnstudio._resources"] == \
        "resources"


def test_pip_install_ships_the_resources(tmp_path):
    """A normal (non-editable) installation finds corpora and lessons inside the package."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "rnnstudio", src / "rnnstudio", ignore=ignore)
    shutil.copytree(ROOT / "resources", src / "resources", ignore=ignore)
    target = tmp_path / "site"
    pip = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                          "--no-build-isolation", "--target", str(target), str(src)],
                         capture_output=True, text=True, timeout=300)
    assert pip.returncode == 0, pip.stderr
    probe = ("from rnnstudio.resources import resources_dir; "
             "print(resources_dir())")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    found = Path(out.stdout.strip())
    assert found == target / "rnnstudio" / "_resources"
    for sub in ("corpora", "lessons", "icons"):
        shipped = sorted(p.relative_to(ROOT / "resources")
                         for p in (ROOT / "resources" / sub).rglob("*") if p.is_file())
        installed = sorted(p.relative_to(found) for p in (found / sub).rglob("*")
                           if p.is_file())
        assert installed == shipped, sub


def test_self_test_from_source_opens_trains_and_saves_a_screenshot(tmp_path):
    shot = tmp_path / "shot.png"
    proc = run_selftest([sys.executable, "-m", "rnnstudio"], shot, tmp_path, cwd=ROOT)
    assert re.search(r"window shown [0-9.]+ s after the process started", proc.stdout)
    m = re.search(r"loss curve: (\d+) points", proc.stdout)
    assert m and int(m.group(1)) > 0, proc.stdout
    assert not (tmp_path / "home" / ".config" / "RNN Studio").exists()


def test_self_test_with_an_unwritable_screenshot_path_fails_at_once(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    proc = subprocess.run([sys.executable, "-m", "rnnstudio", "--self-test",
                           str(blocker / "shot.png")], cwd=ROOT, env=selftest_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "self-test FAILED: cannot write the screenshot" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_version_comes_from_pyproject():
    proc = subprocess.run([sys.executable, "-m", "rnnstudio", "--version"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"RNN Studio {pyproject()['project']['version']}"


# ------------------------------------------------------------------ packaging
def have_pyinstaller() -> bool:
    return importlib.util.find_spec("PyInstaller") is not None


def needed_from_system(bundle: Path) -> set[str]:
    """Sonames the bundle's ELF files need that the bundle does not contain."""
    inside = {p.name for p in bundle.rglob("*.so*")}
    needed: set[str] = set()
    elves = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
             and (".so" in p.name or p.name == "rnnstudio")]
    for chunk in range(0, len(elves), 200):
        out = subprocess.run(["objdump", "-p", *map(str, elves[chunk:chunk + 200])],
                             capture_output=True, text=True).stdout
        needed.update(re.findall(r"^\s+NEEDED\s+(\S+)", out, flags=re.M))
    return needed - inside


def owning_package(soname: str) -> str | None:
    out = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return out.stdout.split(":", 1)[0].split(",")[0].strip()


@pytest.mark.packaging
@pytest.mark.skipif(not have_pyinstaller(), reason="PyInstaller is not installed")
@pytest.mark.skipif(shutil.which("dpkg-deb") is None or shutil.which("objdump") is None,
                    reason="needs dpkg-deb and objdump (Debian/Ubuntu with binutils)")
def test_linux_bundle_tarball_and_deb(tmp_path):
    version = pyproject()["project"]["version"]
    dist, build = tmp_path / "dist", tmp_path / "build"
    env = dict(os.environ, RNNSTUDIO_BUILD_PYTHON=sys.executable,
               RNNSTUDIO_DIST_DIR=str(dist), RNNSTUDIO_BUILD_DIR=str(build))
    proc = subprocess.run(["bash", str(ROOT / "packaging" / "build_linux.sh")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]

    # The bundle runs on its own, and stayed lean (no unrelated packages dragged in).
    bundle = dist / "rnnstudio"
    size_mb = sum(p.stat().st_size for p in bundle.rglob("*")
                  if p.is_file() and not p.is_symlink()) / 1e6
    assert size_mb < 200, f"bundle is {size_mb:.0f} MB"
    assert (bundle / "_internal" / "resources" / "lessons").is_dir()
    run_selftest([str(bundle / "rnnstudio")], tmp_path / "bundle.png", tmp_path, cwd=tmp_path)

    arch = os.uname().machine
    with tarfile.open(dist / f"rnnstudio-{version}-linux-{arch}.tar.gz") as tar:
        names = set(tar.getnames())
    assert f"rnnstudio-{version}/rnnstudio" in names
    assert f"rnnstudio-{version}/rnnstudio.desktop" in names

    # The .deb: metadata, files where the desktop looks for them, a working launcher.
    debs = list(dist.glob(f"rnnstudio_{version}_*.deb"))
    assert len(debs) == 1, sorted(p.name for p in dist.iterdir())
    deb = debs[0]

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,
                              text=True, check=True).stdout.strip()

    assert field("Package") == "rnnstudio"
    assert field("Version") == version
    depends = field("Depends")
    for lib in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libegl1",
                "libxkbcommon0", "libfontconfig1", "libdbus-1-3"):
        assert lib in depends
    # Every library the bundle needs from the system comes with a declared dependency.
    if shutil.which("dpkg"):
        declared = set(re.findall(r"[a-z0-9][a-z0-9.+-]+", depends))
        undeclared = {}
        for soname in needed_from_system(bundle):
            pkg = owning_package(soname)
            if pkg is not None and pkg.split(":")[0] not in declared:
                undeclared[soname] = pkg
        assert not undeclared, f"add to Depends in build_linux.sh: {undeclared}"

    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    desktop = root / "usr/share/applications/rnnstudio.desktop"
    assert "Exec=rnnstudio" in desktop.read_text()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    for size in (16, 32, 48, 256):
        assert (root / f"usr/share/icons/hicolor/{size}x{size}/apps/rnnstudio.png").is_file()
    assert (root / "opt/rnnstudio/rnnstudio").is_file()
    launcher = root / "usr/bin/rnnstudio"
    assert os.access(launcher, os.X_OK)
    run_selftest([str(launcher)], tmp_path / "deb.png", tmp_path, cwd=tmp_path)
