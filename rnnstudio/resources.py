"""Where the bundled data files (corpora, icons, lessons, translations) live.

The same code runs from three layouts; :func:`resources_dir` tries them in order:

1. a source checkout or editable install: ``<repo>/resources`` beside the
   ``rnnstudio`` package directory;
2. an installed wheel: ``rnnstudio/_resources`` inside the package (the build copies
   ``resources/`` there);
3. a PyInstaller bundle: ``resources`` under ``sys._MEIPASS`` (the spec file adds the
   folder as data).

A candidate counts only if it holds one of the known sub-folders, so an unrelated
``site-packages/resources`` folder is never picked up. Standard library only: the
engine may import this.
"""

from __future__ import annotations

import sys
from pathlib import Path

SUBFOLDERS = ("corpora", "equations", "icons", "lessons", "translations", "screenshots")


def candidates() -> list[Path]:
    """The places searched, in order."""
    pkg = Path(__file__).resolve().parent
    found = [pkg.parent / "resources", pkg / "_resources"]
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        found.append(Path(meipass) / "resources")
    return found


def _looks_right(path: Path) -> bool:
    return path.is_dir() and any((path / sub).is_dir() for sub in SUBFOLDERS)


def resources_dir() -> Path:
    """The first resources folder that exists; raises FileNotFoundError naming the
    places tried if there is none (a broken installation)."""
    tried = candidates()
    for path in tried:
        if _looks_right(path):
            return path
    raise FileNotFoundError("RNN Studio's resources folder is missing; looked in "
                            + ", ".join(str(p) for p in tried))


def resource_path(*parts: str) -> Path:
    """A file or folder inside the resources folder, e.g. ``resource_path("corpora",
    "shakespeare.txt")`` (it may not exist)."""
    return resources_dir().joinpath(*parts)
