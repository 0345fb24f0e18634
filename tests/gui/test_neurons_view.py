"""Learn → Neurons you can read, as a learner uses it: a char model after a few updates,
a unit's page of colours, the feature ranking, a selected span and its recurrences."""

from __future__ import annotations

import re

import numpy as np
import pytest
import run_state
from PySide6 import QtCore, QtGui, QtWidgets

from rnnstudio.engine import Config
from rnnstudio.engine import neurons as nr
from rnnstudio.gui import i18n

HAN = re.compile(r"[\u4e00-\u9fff]")
CHAR = Config(task="charlm", cell="lstm", hidden=16, seq_len=24, batch=8, lr=0.01,
              optimizer="adam", steps=1000, eval_every=50)


def learn_action(w, title):
    learn = next(a.menu() for a in w.menuBar().actions()
                 if a.menu() is not None and w.teaching.actions["lessons"] in a.menu().actions())
    return next(a for a in learn.actions() if a.text() == title)


def stepped(make_window, qtbot, config=CHAR, steps=3):
    w = make_window(config)
    for i in range(steps):
        w.controller.step()
        qtbot.waitUntil(lambda i=i: w.controller.step_count == i + 1, timeout=10_000)
    return w


def opened(w, qtbot, title="Neurons you can read"):
    view = w.teaching.neurons
    with qtbot.waitSignal(view.shown, timeout=20_000):
        learn_action(w, title).trigger()
    return view


def test_a_unit_colours_the_page_and_the_ranking_and_span_search_work(make_window, qtbot):
    w = stepped(make_window, qtbot)
    view = opened(w, qtbot)
    assert w.teaching.docks["neurons"].isVisible()
    tr = run_state.network(qtbot, w.controller)
    assert view.trainer is not tr and view.trainer.step == 3  # a copy, never the live run
    text = tr.task.decode(tr.task.ids[:nr.PAGE_CHARS])
    want = nr.activations(tr.net, tr.task.vocab, text)
    assert view.text.toPlainText() == text and "5,000" in view.status.text()
    assert "Hamlet" in view.status.text()
    view.select_unit("l0.c", 7)
    assert view.signal_box.currentData() == "c" and view.unit_box.value() == 7
    np.testing.assert_allclose(view.page_values, want.signals["l0.c"][:, 7], atol=1e-6)
    # the page's colours follow the values: the highest value is the reddest
    hi, lo = int(np.argmax(view.page_values)), int(np.argmin(view.page_values))
    red_hi, red_lo = view.colour_at(hi), view.colour_at(lo)
    assert red_hi.red() - red_hi.blue() > red_lo.red() - red_lo.blue()
    assert f"at {hi}" in view.describe_char(hi)
    cur = QtGui.QTextCursor(view.text.document())  # hovering a character says its value
    cur.setPosition(hi)
    view.text.setTextCursor(cur)
    view.text.ensureCursorVisible()
    at = QtCore.QPointF(view.text.cursorRect(cur).center() + QtCore.QPoint(2, 0))
    port = view.text.viewport()
    QtWidgets.QApplication.sendEvent(port, QtGui.QMouseEvent(
        QtCore.QEvent.Type.MouseMove, at, QtCore.QPointF(port.mapToGlobal(at)),
        QtCore.Qt.MouseButton.NoButton, QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(QtWidgets.QToolTip.isVisible, timeout=3000)
    assert QtWidgets.QToolTip.text() == view.describe_char(hi)

    view.find_button.click()
    rows = view.ranking_rows()
    assert [r[0] for r in rows] == [view.feature_label(f) for f in nr.FEATURES]
    best = dict(zip(nr.FEATURES, nr.rank_features(want), strict=True))
    assert rows[0][1] == "not on this page"  # the play has no double quotes
    r_line = best["line"]
    assert rows[2][2] == f"{r_line.r:+.2f}"
    view.features.cellClicked.emit(2, 0)
    assert view.signal_key() == r_line.key and view.unit_box.value() == r_line.unit

    start = text.index("[Enter")
    view.select_unit("l0.h", 0)
    view.select_span(start, start + 6)
    assert view.span == (start, start + 6)
    found = nr.span_units(want, "l0.h", start, start + 6, view.threshold_value())
    assert view.span_rows() == [u.unit for u in found]
    assert view.span_table.rowCount() == min(len(found), 12)
    if view.places:
        view.places_list.setCurrentRow(0)
        assert view.highlighted == view.places[0]
    view.threshold.setValue(95)  # hardly anything is on above 0.9
    assert len(view.span_rows()) <= len(found)


def test_the_learners_own_text_with_characters_the_model_never_saw(make_window, qtbot,
                                                                   tmp_path):
    w = stepped(make_window, qtbot, steps=1)
    view = opened(w, qtbot)
    own = tmp_path / "mine.txt"
    own.write_text("Hello [world]\nZ\u00e9bra\n", encoding="utf-8")
    mine = view.source.model().item(1)
    assert not mine.isEnabled()  # until a text is opened
    with qtbot.waitSignal(view.shown, timeout=20_000):
        assert view.open_text(own)
    assert view.text.toPlainText() == "Hello [world]\nZ\u00e9bra\n"
    assert mine.isEnabled() and "mine.txt" in view.source.currentText()
    pos = view.text.toPlainText().index("\u00e9")
    assert not np.isfinite(view.page_values[pos]) and view.colour_at(pos) is None
    assert view.colour_at(0) is not None
    assert "not in the model's vocabulary" in view.status.text()
    empty = tmp_path / "empty.txt"
    empty.write_text("  ", encoding="utf-8")
    assert not view.open_text(empty) and "empty" in view.status.text()


def test_a_run_that_is_not_a_char_model_says_so_and_offers_the_lesson(make_window, qtbot):
    w = stepped(make_window, qtbot, Config(hidden=6, steps=40), steps=1)
    learn_action(w, "Neurons you can read").trigger()
    view = w.teaching.neurons
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.other, timeout=10_000)
    assert "character model" in view.other_label.text()
    view.load_button.click()
    qtbot.waitUntil(lambda: w.config.task == "charlm", timeout=10_000)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.main, timeout=20_000)


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_in_chinese_the_view_is_translated(make_window, qtbot, lang):
    assert i18n.install(lang)
    try:
        w = stepped(make_window, qtbot, steps=1)
        title = w.teaching.docks["neurons"].windowTitle()
        assert HAN.search(title)
        view = opened(w, qtbot, title)
        view.find_button.click()
        for text in (view.find_button.text(), view.open_button.text(), view.status.text(),
                     view.span_label.text(), view.ranking_rows()[1][0],
                     view.features.horizontalHeaderItem(0).text()):
            assert HAN.search(text), text
    finally:
        i18n.install("en")


def test_presentation_mode_enlarges_the_page(make_window, qtbot):
    w = stepped(make_window, qtbot, steps=1)
    view = opened(w, qtbot)
    before = view.text.font().pointSizeF()
    w.workspace.toggle_presentation(True)
    try:
        qtbot.waitUntil(lambda: view.text.font().pointSizeF() > before * 1.2, timeout=5000)
    finally:
        w.workspace.toggle_presentation(False)


@pytest.mark.parametrize("cell", ["gru", "mgu"])
def test_every_layer_and_every_signal_the_cell_declares_can_be_shown(make_window, qtbot,
                                                                     cell):
    from rnnstudio.engine.cells import registry

    w = stepped(make_window, qtbot, CHAR.replace(cell=cell, layers=2, hidden=8), steps=2)
    view = opened(w, qtbot)
    info = registry.info(cell)
    assert view.layer_box.maximum() == 2
    names = [view.signal_box.itemData(i) for i in range(view.signal_box.count())]
    assert names == [*info.state_names, *info.gate_names]
    tr = run_state.network(qtbot, w.controller)
    want = nr.activations(tr.net, tr.task.vocab, tr.task.decode(tr.task.ids[:nr.PAGE_CHARS]))
    gate = info.gate_names[-1]
    view.select_unit(f"l1.{gate}", 5)
    assert view.signal_key() == f"l1.{gate}"
    np.testing.assert_allclose(view.page_values, want.signals[f"l1.{gate}"][:, 5], atol=1e-6)
    assert view.levels() == want.levels(f"l1.{gate}")
