"""The app refuses what cannot work with one message and keeps its run (issue #10): a
network too large for this computer's memory (before Train), special files and hostile
experiment files (without hanging)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from rnnstudio.engine.config import Config


def small(**kw) -> Config:
    base = dict(task="adding", cell="lstm", hidden=8, batch=8, seq_len=20, steps=40,
                eval_every=10, seed=5)
    base.update(kw)
    return Config(**base)


@pytest.fixture
def refusals(monkeypatch):
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen


def test_a_network_too_big_for_memory_is_refused_before_train(qtbot, make_window) -> None:
    w = make_window(small())
    assert w.apply_field("seq_len", 1000)
    assert w.apply_field("batch", 4096)
    run = w.controller.run_id
    assert not w.apply_field("hidden", 1024)  # ~400 GiB for one update
    text = w.banner.text()
    assert "Batch size" in text and "needs about" in text and "GiB" in text, text
    assert "hidden" in text and "\n" not in text
    assert w.config.hidden == 8 and w.controller.run_id == run  # the run is kept
    assert w.model_panel.value("hidden") == 8  # the widget shows the config again


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_special_files_are_refused_without_hanging(qtbot, make_window, tmp_path: Path,
                                                   refusals) -> None:
    w = make_window(small())
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=60_000)
    pipe = tmp_path / "pipe.rnnstudio"
    os.mkfifo(pipe)
    settings = tmp_path / "pipe.json"
    os.mkfifo(settings)
    for path in (pipe, settings):
        refusals.clear()
        assert not w.workspace.open(path)
        assert len(refusals) == 1, refusals
        assert "not a regular file" in refusals[0][1], refusals
    deep = tmp_path / "deep.rnnstudio"
    deep.write_bytes(b"PK" + b"\0" * 100)
    refusals.clear()
    assert not w.workspace.open(deep)
    assert len(refusals) == 1
    assert not w.load_config_file("/dev/zero") if os.path.exists("/dev/zero") else True
    assert w.controller.step_count == 1  # the run is untouched
