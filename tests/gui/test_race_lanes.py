"""Race lanes as a person edits them: each lane's own settings form, lesson lanes that
keep their settings when one is edited, and several seeds per lane drawn as a band."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from rnnstudio.engine.config import Config
from rnnstudio.engine.lessons import load_lessons
from rnnstudio.engine.race import Race, lane_configs
from rnnstudio.gui.teach.race import RaceView

BASE = Config(task="addition", bits=6, hidden=8, batch=8, steps=20, eval_every=5, seed=3)


@pytest.fixture
def view(qtbot):
    v = RaceView()
    qtbot.addWidget(v)
    v.resize(1366, 768)
    v.show()
    yield v
    v.shutdown()


def _type_into(qtbot, dialog, name: str, text: str) -> None:
    """Select a field of a lane's form, type a value and press Enter."""
    spin = dialog.editor(name).spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _open(qtbot, view: RaceView, lane: int):
    qtbot.mouseClick(view.lane_buttons[lane], Qt.MouseButton.LeftButton)
    dialog = view.lane_dialogs[lane]
    assert dialog.isVisible()
    return dialog


def _race_to_the_end(qtbot, view: RaceView) -> None:
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.running, timeout=30000)


def test_a_lane_trains_the_learning_rate_typed_in_its_form(qtbot, view):
    view.set_base_config(BASE, cells=["elman", "elman"])
    dialog = _open(qtbot, view, 1)
    _type_into(qtbot, dialog, "lr", "0.05")
    assert view.configs == [BASE, BASE.replace(lr=0.05)]
    assert view.overrides == [{}, {"lr": 0.05}]
    assert view.labels[1] == "Elman, learning rate 0.05"
    assert "learning rate 0.05" in dialog.windowTitle()
    # out of range: the field names what it allows, nothing changes
    _type_into(qtbot, dialog, "lr", "20")
    hint = dialog.editor("lr").hint
    assert hint.isVisible() and "20 is not allowed" in hint.text() and "10" in hint.text()
    assert view.configs[1].lr == 0.05
    # a lane cannot change what the race shares: refused, naming the setting
    error = view.edit_lane(1, batch=4)
    assert error.startswith("Cannot race these lanes: Batch size")
    assert view.configs[1] == BASE.replace(lr=0.05)

    _race_to_the_end(qtbot, view)
    want = [[], []]
    for snap in Race(lane_configs(BASE, [{}, {"lr": 0.05}])).run(budget=20):
        for i, lane in enumerate(snap.lanes):
            want[i].append(lane.loss)
    (x0, y0), (x1, y1) = view.curve_data("loss")
    np.testing.assert_array_equal(x1, np.arange(1, 21))
    # the loss axis is logarithmic: the curves hold log10 of each update's loss
    np.testing.assert_allclose(y1, np.log10(want[1]), rtol=1e-12)
    np.testing.assert_allclose(y0, np.log10(want[0]), rtol=1e-12)
    assert not np.allclose(y0, y1)  # the faster lane really trained differently
    assert not any(band.isVisible() for band in view.bands)  # one seed: no band
    assert "updates/s" in view.summary.text()


def test_editing_one_lesson_lane_keeps_every_other_setting(qtbot, view):
    lesson = next(ls for ls in load_lessons() if ls.id == "exploding")
    view.load_lesson(lesson)
    before = view.configs
    assert before == list(lesson.configs)
    dialog = _open(qtbot, view, 1)
    _type_into(qtbot, dialog, "lr", "0.02")
    after = view.configs
    assert after[0] == before[0]  # the other lane: untouched
    assert after[1] == before[1].replace(lr=0.02)  # this lane: its clipping kept
    assert view.labels[0] == lesson.labels[0]
    assert "learning rate 0.02" in view.labels[1] and "clip 1" in view.labels[1]
    # a cell box changes that lane's cell only
    box = view.cell_boxes[1]
    box.setCurrentIndex(box.findData("gru"))
    box.activated.emit(box.currentIndex())
    assert view.configs[0] == before[0]
    assert view.configs[1] == before[1].replace(lr=0.02, cell="gru")
    assert dialog.editor("cell").value() == "gru"  # the open form follows
    # a third lane from the box: the base plus its cell, the others unchanged
    third = view.cell_boxes[2]
    third.setCurrentIndex(third.findData("lstm"))
    third.activated.emit(third.currentIndex())
    assert view.configs == [before[0], before[1].replace(lr=0.02, cell="gru"),
                            before[0].replace(cell="lstm")]


def test_three_seeds_per_lane_draw_a_band_around_the_median(qtbot, view):
    view.set_base_config(BASE, cells=["elman", "gru"])
    view.seeds_box.setValue(3)
    _race_to_the_end(qtbot, view)
    assert all(band.isVisible() for band in view.bands)
    for lane in range(2):
        x, lo, hi = view.band_data(lane)
        xm, med = view.curve_data("loss")[lane]
        np.testing.assert_array_equal(x, xm)
        assert x.size == 20
        assert np.all(lo <= med) and np.all(med <= hi) and np.any(lo < hi)
    # the same seeds give the same curves
    first = [y.copy() for _, y in view.curve_data("loss")]
    _race_to_the_end(qtbot, view)
    for a, (_, b) in zip(first, view.curve_data("loss"), strict=True):
        np.testing.assert_array_equal(a, b)


def test_the_summary_counts_the_seeds_that_reached_the_goal(qtbot, view):
    view.set_base_config(BASE.replace(until_metric=0.0), cells=["elman", "lstm"])
    view.seeds_box.setValue(3)
    _race_to_the_end(qtbot, view)
    assert view.summary.text().count("3 of 3 seeds reached the goal") == 2
