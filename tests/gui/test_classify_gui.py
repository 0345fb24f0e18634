"""Sequence classification in the app: choose the task, train with Step, read the
confusion matrix; type a sequence on the Try-it page and read the class probabilities."""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QPointF
from run_state import click

from rnnstudio.engine import Config, Trainer
from rnnstudio.gui.teach.tryit import TryItView


def choose_task(qtbot, window, name: str) -> None:
    combo = window.task_panel.editor("task").combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(name))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: window.config.task == name, timeout=10000)


def test_choosing_classify_and_stepping_fills_the_confusion_matrix(make_window, qtbot):
    window = make_window(Config(task="addition", cell="gru", eval_every=1, hidden=16))
    choose_task(qtbot, window, "classify")
    view = window.prediction_view
    assert view.view is view.confusion
    cm = view.confusion
    qtbot.waitUntil(lambda: cm.step is not None, timeout=30000)  # the untrained matrix
    assert cm.names == ["blue", "green", "red"]
    assert [t for _, t in cm.plot.getAxis("left")._tickLevels[0]] == cm.names  # true classes
    held = 72
    assert cm.counts.sum() == held
    for _ in range(3):
        step = window.controller.step_count
        click(qtbot, window, "step")
        qtbot.waitUntil(lambda s=step: window.controller.step_count > s, timeout=30000)
    qtbot.waitUntil(lambda: cm.step == window.controller.step_count, timeout=30000)
    img = cm.image.image
    assert img.shape == (3, 3)
    rows = cm.counts.sum(axis=1)
    np.testing.assert_allclose(img.T, cm.counts / rows[:, None])  # row shares, (answer, true)
    assert cm.image.levels is not None and tuple(cm.image.levels) == (0.0, 1.0)
    texts = [int(t.toPlainText()) for t in cm.texts]
    assert sum(texts) == held and texts == [int(v) for v in cm.counts.ravel()]
    assert f"update {cm.step}" in cm.reading.text()
    # hovering a cell names its classes and count
    scene = cm.image.mapToScene(QPointF(1.5, 0.5))  # column 1 (answer green), row 0 (blue)
    text = cm.hover.hover(scene)
    assert text is not None and "true blue" in text and "answered green" in text
    assert f"{int(cm.counts[0, 1])} of {int(rows[0])}" in text


def test_the_loss_panel_lists_no_confusion_counts(make_window, qtbot):
    window = make_window(Config(task="classify", cell="gru", eval_every=1))
    click(qtbot, window, "step")
    qtbot.waitUntil(lambda: "accuracy" in window.loss_plot.summary.text(), timeout=30000)
    assert "classified as" not in window.loss_plot.summary.text()


def test_tryit_classifies_a_typed_sequence_like_the_engine(qtbot):
    tr = Trainer(Config(task="classify", cell="gru", hidden=16, eval_every=1000))
    for _ in tr.run(budget=150):
        pass
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config, step=tr.step)
    page = view.classify
    assert view.page() is page
    assert "True class" in page.summary.text()  # opens on a held-out example
    page.sequence.clear()
    qtbot.keyClicks(page.sequence, "the dog green saw red")
    seq = ("the", "dog", "green", "saw", "red")
    want = tr.net.predict(tr.task.encode([seq]).x)[-1, 0]
    np.testing.assert_allclose(page.probs, want, rtol=1e-6)
    assert abs(page.probs.sum() - 1) < 1e-5  # float32
    assert page.answer == "green"  # trained: the colour named first
    assert "The network says green" in re.sub("<[^>]+>", "", page.summary.text())
    page.sequence.clear()
    qtbot.keyClicks(page.sequence, "purple red blue")
    assert "purple" in page.view.toPlainText()  # unknown tokens are pointed out
    page.sequence.clear()
    assert "Type a sequence" in page.view.toPlainText()



def test_a_bad_data_file_is_refused_with_a_message_naming_the_setting(make_window, qtbot,
                                                                       tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tx y\na\ty x\nb\tx\n", encoding="utf-8")
    window = make_window(Config(task="classify", cell="gru"))
    before = window.config
    assert window.apply_field("data", str(bad)) is False
    assert window.config == before
    text = window.banner.text()
    assert "Data file" in text and "only one example" in text
