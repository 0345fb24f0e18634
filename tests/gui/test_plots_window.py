"""The teaching plots inside the main window: text that fits, divergence, history kept."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF

from rnnstudio.gui.plots import common
from rnnstudio.gui.settings import default_preset


def run_steps(qtbot, window, n: int) -> None:
    """Train `n` updates (the budget) and wait until every one is drawn."""
    window.controller.train()
    qtbot.waitUntil(lambda: window.controller.state == "finished", timeout=60000)
    qtbot.waitUntil(lambda: len(window.loss_plot.loss_data()[0]) >= n, timeout=10000)


def panels(window) -> list:
    return [window.loss_plot, window.gradient_plot, window.prediction_view, window.inside_view]


def texts_outside_their_room(window) -> list[tuple[str, QRectF, QRectF]]:
    """Every visible title and axis label of the four plot panels whose painted text
    leaves its plot (or colour bar) or the visible canvas: (text, where it is painted,
    the room it has)."""
    bad = []
    views = [v for panel in panels(window) for v in panel.findChildren(pg.GraphicsView)]
    for view in views:
        if not view.isVisible() or view.visibleRegion().isEmpty():
            continue
        canvas = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
        for item in view.scene().items():
            if not item.isVisible():
                continue
            if isinstance(item, pg.PlotItem):
                texts = [(item.titleLabel.item, item)] if item.titleLabel.isVisible() else []
                texts += [(a["item"].label, item) for a in item.axes.values()
                          if a["item"].isVisible() and a["item"].label.isVisible()
                          and a["item"].labelText]
            elif isinstance(item, pg.ColorBarItem):
                texts = [(item.axis.label, item)] if item.axis.labelText else []
            else:
                continue
            for text, owner in texts:
                if not text.toPlainText().strip():
                    continue
                m = text.document().documentMargin()  # blank space around the glyphs
                glyphs = text.mapToScene(text.boundingRect().adjusted(m, m, -m, -m))
                painted = view.mapFromScene(glyphs).boundingRect()
                room = view.mapFromScene(owner.sceneBoundingRect()).boundingRect()
                room = QRectF(room).adjusted(-1, -1, 1, 1).intersected(canvas)
                if not room.contains(QRectF(painted)):
                    bad.append((text.toPlainText(), QRectF(painted), room))
    return bad


@pytest.mark.parametrize("task", ["addition", "forecast", "charlm"])
def test_every_title_and_axis_label_fits_at_1366x768(make_window, qtbot, task):
    w = make_window(default_preset().replace(task=task, steps=30, eval_every=10))
    w.resize(1366, 768)
    run_steps(qtbot, w, 30)
    qtbot.wait(50)
    assert texts_outside_their_room(w) == []
    # what had to be shortened says the whole text as its tooltip
    title = w.gradient_plot.norm_plot.titleLabel
    assert "after clipping" in title.toolTip()
    assert "after" in title.item.toPlainText()
    metric = w.loss_plot.metric_plot.getAxis("left")
    assert common.full_text(metric) == w.loss_plot.metric_label
    assert metric.label.toolTip() == w.loss_plot.metric_label


def test_titles_and_labels_fit_in_chinese_too(make_window, qtbot):
    from rnnstudio.gui import i18n

    try:
        assert i18n.install("zh_CN")
        w = make_window(default_preset().replace(task="forecast", steps=30, eval_every=10))
        w.resize(1366, 768)
        run_steps(qtbot, w, 30)
        qtbot.wait(50)
        assert "裁剪" in w.gradient_plot.norm_plot.titleLabel.toolTip()
        assert texts_outside_their_room(w) == []
    finally:
        i18n.install("en")


EXPLODING = dict(task="forecast", cell="elman", optimizer="sgd", lr=10.0, clip_mode="none",
                 seed=0, steps=10_000)


def step_until_diverged(qtbot, window, most: int = 60) -> None:
    c = window.controller
    for _ in range(most):
        before = c.step_count
        window.step()  # what the Step button does
        qtbot.waitUntil(lambda b=before: c.step_count > b or c.state == "diverged",
                        timeout=10000)
        if c.state == "diverged":
            return
    raise AssertionError("the exploding config did not diverge")


def test_a_divergence_keeps_the_last_finite_gradients_and_marks_the_update(make_window,
                                                                          qtbot):
    import numpy as np

    w = make_window(default_preset().replace(**EXPLODING))
    w.resize(1366, 768)
    step_until_diverged(qtbot, w)
    g = w.gradient_plot
    qtbot.waitUntil(lambda: g.diverged_at is not None, timeout=10000)
    diverged = w.controller.step_count + 1  # the update that overflowed (not applied)
    assert g.diverged_at == diverged
    t, y = g.h_curves[0].getOriginalDataset()
    assert t is not None and len(t) > 1 and np.all(np.isfinite(y)) and np.all(y > 0)
    assert g.heat.n >= 1 and np.all(np.isfinite(g.heat_image.image))
    x, norms = g.before_curve.getOriginalDataset()
    assert len(x) >= 2 and np.all(np.isfinite(norms)) and x.max() < diverged
    for line in g.diverge_lines:
        assert line.isVisible() and line.value() == diverged
    heat_line, norm_line = g.diverge_lines  # said once, not over the heat map's colours
    assert norm_line.label.toPlainText() == f"diverged at update {diverged}"
    assert heat_line.label.toPlainText() == ""
    assert f"Update {g.profile_step}" in g.profile_plot.titleLabel.toolTip()
    assert g.profile_step < diverged
    w.controller.reset()  # a new run: no marker
    qtbot.waitUntil(lambda: g.diverged_at is None, timeout=10000)
    assert not any(line.isVisible() for line in g.diverge_lines)


# ------------------------------------------------------------ gradient history kept
def heat_shown(window):
    """(the heat map's columns' updates, the image drawn, the global norms drawn)."""
    import numpy as np

    g = window.gradient_plot
    _, norms = g.before_curve.getOriginalDataset()
    return (g.heat.steps[:g.heat.n].copy(), np.array(g.heat_image.image),
            np.array(norms if norms is not None else []))


def assert_same_heat(a, b) -> None:
    import numpy as np

    assert a[0].size >= 10 and np.array_equal(a[0], b[0])
    np.testing.assert_allclose(b[1], a[1], atol=2e-3)  # kept as float16 log10 norms
    np.testing.assert_allclose(b[2], a[2], rtol=1e-6)


def trained(make_window, qtbot, **kw):
    w = make_window(default_preset().replace(steps=60, **kw))
    run_steps(qtbot, w, 60)
    qtbot.waitUntil(lambda: w.gradient_plot.heat.n >= 10, timeout=10000)
    return w


def test_gradient_history_survives_save_and_open(make_window, qtbot, tmp_path):
    w = trained(make_window, qtbot)
    before = heat_shown(w)
    path = tmp_path / "exp.rnnstudio"
    assert w.workspace.save_to(path)
    v = make_window(default_preset().replace(cell="gru", seed=4))
    assert v.workspace.open(path)
    qtbot.waitUntil(lambda: v.controller.step_count == 60, timeout=10000)
    assert_same_heat(before, heat_shown(v))


def test_a_file_without_or_with_a_damaged_gradient_history_opens(make_window, qtbot,
                                                                 tmp_path):
    from rnnstudio.engine import experiment as ex

    w = trained(make_window, qtbot)
    path = tmp_path / "exp.rnnstudio"
    assert w.workspace.save_to(path)
    exp = ex.load(path)
    assert exp.ui["gradient_history"]["shape"] == [1, 8]
    for damaged in ({}, {**exp.ui["gradient_history"], "log10": "!!"},
                    {**exp.ui["gradient_history"], "shape": [3, 8]}):
        exp.ui["gradient_history"] = damaged
        ex.save(path, exp)
        v = make_window(default_preset())
        assert v.workspace.open(path)
        qtbot.waitUntil(lambda v=v: v.controller.step_count == 60, timeout=10000)
        assert v.gradient_plot.heat.n == 0  # nothing shown rather than nonsense
        assert len(heat_shown(v)[2]) == 60  # the norms come from the history


def test_gradient_history_survives_a_language_switch(make_window, qtbot):
    from rnnstudio.gui import i18n

    w = trained(make_window, qtbot)
    before = heat_shown(w)
    loss = w.loss_plot.loss_data()
    try:
        w.workspace.set_language("zh_CN")
        assert w.controller.step_count == 60
        assert_same_heat(before, heat_shown(w))
        assert all((a == b).all() for a, b in zip(loss, w.loss_plot.loss_data(), strict=True))
    finally:
        i18n.install("en")
        i18n.save_language("en")
