"""Print RNN Studio's version, read from pyproject.toml (the one place it is set).

The build scripts use it for installer names; the app itself reads the same number
from the installed package metadata (`rnnstudio.__version__`).
"""

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


if __name__ == "__main__":
    sys.stdout.write(version() + "\n")
