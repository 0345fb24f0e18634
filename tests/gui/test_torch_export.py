"""File → Export → PyTorch script, as a person uses it: pick a file, answer whether to
start from the trained weights, get a program (and its weights beside it)."""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from rnnstudio.engine.config import Config
from rnnstudio.engine.interop import load_npz


def small(**kw) -> Config:
    return Config(**{**dict(task="addition", bits=6, cell="gru", hidden=6, batch=8, steps=30,
                            eval_every=10, seed=3), **kw})


def export_action(w):
    menu = w.findChild(QMenu, "export_menu")
    return next(a for a in menu.actions() if a.objectName() == "export_pytorch_script")


def settings_in(source: str) -> dict:
    """The settings the script's docstring lists."""
    doc = ast.get_docstring(ast.parse(source))
    return json.loads(doc[doc.index("{"):doc.rindex("}") + 1])


def test_export_before_training_writes_the_seeds_program(qtbot, make_window, tmp_path,
                                                         monkeypatch) -> None:
    w = make_window(small())
    out = tmp_path / "mine.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    export_action(w).trigger()
    source = out.read_text(encoding="utf-8")
    assert settings_in(source) == w.config.to_dict()
    assert "nn.GRU(" in source and "WEIGHTS = None" in source
    assert not asked  # nothing trained: nothing to ask
    assert not out.with_suffix(".npz").exists()


def test_export_after_training_can_start_from_the_trained_weights(qtbot, make_window,
                                                                  tmp_path, monkeypatch) -> None:
    w = make_window(small())
    w.train()
    qtbot.waitUntil(lambda: w.controller.state == "finished", timeout=20000)
    QApplication.processEvents()
    out = tmp_path / "trained.py"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    export_action(w).trigger()
    weights = out.with_suffix(".npz")
    assert repr(str(weights.resolve())) in out.read_text(encoding="utf-8")
    saved = load_npz(weights)
    got = w.workspace.capture()[0].weights
    for k in ("weight_ih_l0", "head.weight"):
        np.testing.assert_array_equal(saved[k], got[k])
    if importlib.util.find_spec("torch") is not None:  # the program loads them (strictly)
        res = subprocess.run([sys.executable, str(out), "--check", "2"], capture_output=True,
                             text=True, timeout=300)
        assert res.returncode == 0, res.stderr[-2000:]
        assert json.loads(res.stdout.strip().splitlines()[-1])["steps"] == 2


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_the_menu_entry_is_translated(lang, qtbot, make_window) -> None:
    from rnnstudio.gui import i18n

    assert i18n.install(lang)
    try:
        w = make_window(small())
        act = export_action(w)
        assert "PyTorch" in act.text() and "脚本" in act.text()
        assert "GPU" in act.toolTip() and "训练" in act.toolTip()
    finally:
        i18n.install("en")
