"""Static check: no module under rnnstudio/engine imports Qt or pyqtgraph.

Walks the folder, so a new engine module is covered without editing this test; it
reads every import statement (also those inside functions), which the run-time test
(test_engine_is_qt_free.py) cannot see unless the code path runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import rnnstudio.engine

ENGINE = Path(rnnstudio.engine.__file__).resolve().parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "pyqtgraph", "qtpy")
MODULES = sorted(p for p in ENGINE.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, module) of every import in the engine file `path` (or of `source` as if it
    were that file), relative imports resolved."""
    text = path.read_text(encoding="utf-8") if source is None else source
    tree = ast.parse(text, filename=str(path))
    package = path.relative_to(ENGINE.parent.parent).with_suffix("").parts[:-1]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from ..gui import x: resolve against the file's package
                base = package[:len(package) - node.level + 1]
                out.append((node.lineno, ".".join([*base, node.module or ""]).strip(".")))
            else:
                out.append((node.lineno, node.module or ""))
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", "")) in ("import_module", "__import__") and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            out.append((node.lineno, node.args[0].value))
    return out


def test_every_engine_module_is_checked():
    names = {p.relative_to(ENGINE).as_posix() for p in MODULES}
    assert {"__init__.py", "trainer.py", "cells/reference.py", "tasks/__init__.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ENGINE).as_posix())
def test_engine_module_imports_no_qt(path):
    bad = [(line, mod) for line, mod in imported_modules(path)
           if mod.split(".")[0] in FORBIDDEN or mod.startswith("rnnstudio.gui")]
    assert not bad, f"{path.name} imports {bad}"


def test_the_check_sees_a_qt_import():
    src = ("import numpy\ndef f():\n    from PySide6.QtCore import QObject\n"
           "from ...gui import app\nimport pyqtgraph as pg\n")
    found = [m for _, m in imported_modules(ENGINE / "cells" / "x.py", src)]
    assert set(found) == {"numpy", "PySide6.QtCore", "rnnstudio.gui", "pyqtgraph"}
