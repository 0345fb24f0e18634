"""Learn → Memory horizon as a learner uses it: choose cells and delays, run the sweep in
the background, read the curves, cancel, see a cached sweep at once, export it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from rnnstudio.gui import i18n
from rnnstudio.gui.teach.horizon import HorizonView

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def view(qtbot):
    v = HorizonView()
    qtbot.addWidget(v)
    v.resize(900, 600)
    v.show()
    yield v
    v.shutdown()


def small(v, delays="3, 6", steps=30, cells=("elman", "gru")):
    v.delays_edit.setText(delays)
    v.steps_box.setValue(steps)
    v.hidden_box.setValue(8)
    for cell, box in v.cell_boxes.items():
        box.setChecked(cell in cells)


def test_run_plots_accuracy_per_cell_and_delay_then_caches(view, qtbot, tmp_path):
    small(view)
    with qtbot.waitSignal(view.finished, timeout=60_000) as got:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
        assert view.running and not view.run_button.isEnabled()
        assert view.cancel_button.isEnabled()
    results = got.args[0]
    assert {(r.cell, r.delay) for r in results} == {("elman", 3), ("elman", 6), ("gru", 3),
                                                    ("gru", 6)}
    drawn = view.series()
    assert set(drawn) == {"elman", "gru"}
    for cell, (x, y) in drawn.items():
        want = sorted((r.delay, r.accuracy) for r in results if r.cell == cell)
        assert list(x) == [d for d, _ in want] and list(y) == [a for _, a in want]
    assert view.bar.value() == view.bar.maximum() and "Done" in view.status.text()
    qtbot.waitUntil(lambda: not view.running)
    # the same settings again: from the cache, no thread
    with qtbot.waitSignal(view.finished, timeout=1000):
        view.run()
    assert not view.running and "cache" in view.status.text()
    for suffix in ("png", "svg", "csv"):
        path = tmp_path / f"h.{suffix}"
        view.export(str(path))
        assert path.stat().st_size > 100
    rows = (tmp_path / "h.csv").read_text().splitlines()
    assert "Elman" in rows[0] and "GRU" in rows[0] and rows[1].startswith("3")  # the delays
    with pytest.raises(ValueError):
        view.export(str(tmp_path / "h.txt"))


def test_cancel_stops_the_background_run(view, qtbot):
    small(view, delays="5, 10, 20", steps=5000, cells=("lstm",))
    view.run()
    qtbot.waitUntil(lambda: view.bar.value() > 0, timeout=30_000)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.running, timeout=30_000)
    assert "Cancelled" in view.status.text() and view.run_button.isEnabled()
    assert view.settings.key() not in view.cache


def test_bad_delays_say_which_setting(view):
    view.delays_edit.setText("5, ten")
    view.run()
    assert not view.running and "delays" in view.status.text()
    view.delays_edit.setText("5, 500")
    view.run()
    assert not view.running and "delays" in view.status.text() and "100" in view.status.text()


def test_the_window_has_it_in_the_learn_menu(make_window, qtbot):
    w = make_window()
    learn = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Learn")
    titles = [a.text() for a in learn.actions()]
    assert "Memory horizon" in titles and "Challenges" in titles
    w.teaching.actions["horizon"].trigger()
    qtbot.waitUntil(lambda: w.teaching.docks["horizon"].isVisible())
    small(w.teaching.horizon, delays="3", steps=2000, cells=("lstm",))
    w.teaching.horizon.run()
    assert w.teaching.horizon.running  # closing the window joins the sweep's thread


@pytest.fixture
def zh(qapp):
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_chinese(zh, qtbot):
    v = HorizonView()
    qtbot.addWidget(v)
    for b in (v.run_button, v.cancel_button, v.export_button):
        assert HAN.search(b.text())
    assert HAN.search(v.plot.titleLabel.text) and HAN.search(v.status.text())
    assert HAN.search(v.task_box.itemText(0)) and HAN.search(v.task_box.itemText(1))
