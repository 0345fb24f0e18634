"""The example notebook runs from top to bottom without an error (nbclient and ipykernel
are the optional `notebook` extra; the test skips without them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "resources" / "examples" / "quickstart.ipynb"


def test_quickstart_notebook_runs(monkeypatch, tmp_path) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # the kernel imports this worktree's rnnstudio, whatever is installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "<Run addition/lstm: 400 updates" in text and "Train a 1-layer lstm" in text
