"""The four teaching panels, fed with Progress messages built from real training runs."""

from __future__ import annotations

import dataclasses
import xml.dom.minidom

import numpy as np
import pytest
from PySide6 import QtCore, QtGui

from rnnstudio.engine.config import Config
from rnnstudio.engine.tasks.addition import Addition
from rnnstudio.engine.trainer import Trainer
from rnnstudio.gui.messages import Progress
from rnnstudio.gui.plots import GradientFlowPlot, InsideView, LossPlot, PredictionView, common
from rnnstudio.gui.plots.gradflow import HEAT_COLUMNS, LOG_LEVELS
from rnnstudio.gui.plots.loss import LOSS_CAP

# ----------------------------------------------------------------- helpers


def fold(snaps, run_id: int = 1) -> Progress:
    """What the worker sends: every update's loss since the last message, the newest rest."""
    evals = tuple((s.step, dict(s.metrics)) for s in snaps if s.metrics is not None)
    probes = [s for s in snaps if s.probe is not None]
    samples = [s for s in snaps if s.sample is not None]
    return Progress(
        run_id=run_id,
        steps=np.array([s.step for s in snaps], dtype=np.int64),
        losses=np.array([s.loss for s in snaps]),
        grad_norms=np.array([s.grad_norm for s in snaps]),
        grad_norms_clipped=np.array([s.grad_norm_clipped for s in snaps]),
        evals=evals,
        latest=snaps[-1],
        probe=probes[-1].probe if probes else None,
        probe_step=probes[-1].step if probes else None,
        sample=samples[-1].sample if samples else None,
    )


def train(config: Config, budget: int, every: int = 1) -> list[Progress]:
    """Run a real trainer and cut its snapshots into Progress messages of `every` updates."""
    snaps = list(Trainer(config).run(budget=budget))
    return [fold(snaps[i:i + every]) for i in range(0, len(snaps), every)]


def with_probe(progress: Progress, probe: dict) -> Progress:
    return dataclasses.replace(progress, probe=probe, probe_step=progress.latest.step)


@pytest.fixture
def panel(qtbot):
    def make(cls, config: Config):
        w = cls()
        qtbot.addWidget(w)
        w.resize(720, 520)
        w.reset(config)
        w.show()
        return w

    return make


ADDER = Config(task="addition", bits=6, hidden=16, eval_every=20, seed=3)  # small held-out set


# -------------------------------------------------------------------- loss
def test_loss_curve_holds_every_loss_and_the_metric(panel, qtbot):
    msgs = train(ADDER, 45, every=7)
    w = panel(LossPlot, ADDER)
    w.log_box.setChecked(False)
    for m in msgs:
        w.update_progress(m)
    steps = np.concatenate([m.steps for m in msgs])
    losses = np.concatenate([m.losses for m in msgs])
    x, y = w.loss_curve.getOriginalDataset()
    np.testing.assert_array_equal(x, steps)
    np.testing.assert_allclose(y, losses)
    qtbot.wait(50)  # let the view range settle: what is drawn (clipped to view) is all of it
    x, y = w.loss_curve.getData()
    np.testing.assert_allclose(y, losses)
    evals = [(s, d["sum_accuracy"]) for m in msgs for s, d in m.evals]
    mx, my = w.metric_curve.getData()
    assert [int(v) for v in mx] == [s for s, _ in evals] == [1, 20, 40, 45]
    np.testing.assert_allclose(my, [v for _, v in evals])
    assert "whole-sum accuracy" in w.metric_plot.titleLabel.text
    assert f"loss {losses[-1]:.4g}" in w.summary.text()


def test_log_toggle_switches_the_loss_axis(panel, qtbot):
    w = panel(LossPlot, ADDER)
    for m in train(ADDER, 20, every=5):
        w.update_progress(m)
    w.log_box.setChecked(True)
    assert w.loss_plot.getAxis("left").logMode
    qtbot.wait(50)
    _, shown = w.loss_curve.getData()
    np.testing.assert_allclose(shown, np.log10(w.loss_curve.getOriginalDataset()[1]), rtol=1e-6)
    w.log_box.setChecked(False)
    assert not w.loss_plot.getAxis("left").logMode


def test_loss_reset_clears_and_relabels(panel):
    w = panel(LossPlot, ADDER)
    for m in train(ADDER, 20, every=5):
        w.update_progress(m)
    w.reset(Config(task="detection"))
    x, _ = w.loss_curve.getData()
    assert x is None or len(x) == 0
    mx, _ = w.metric_curve.getData()
    assert mx is None or len(mx) == 0
    assert "F1" in w.metric_plot.titleLabel.text
    assert w.summary.text() == ""


def test_hundred_thousand_updates_keep_buffers_bounded(panel):
    w = panel(LossPlot, ADDER)
    g = panel(GradientFlowPlot, ADDER)
    base = train(ADDER, 1)[0]
    n, chunk = 100_000, 1000
    rng = np.random.default_rng(0)
    for start in range(1, n + 1, chunk):
        steps = np.arange(start, start + chunk)
        losses = 1.0 / np.sqrt(steps) * (1 + 0.1 * rng.standard_normal(chunk))
        latest = dataclasses.replace(base.latest, step=int(steps[-1]))
        msg = dataclasses.replace(base, steps=steps, losses=losses, grad_norms=losses * 3,
                                  grad_norms_clipped=losses, latest=latest, evals=(),
                                  probe=None)
        w.update_progress(msg)
        g.update_progress(msg)
    x, y = w.loss_curve.getOriginalDataset()
    assert len(x) <= LOSS_CAP + 1 and len(w.loss_buf) <= LOSS_CAP + 1
    assert w.loss_buf.total == n
    assert x[0] < 100 and x[-1] > n - 100  # still spans the whole run
    assert np.all(np.diff(x) > 0)
    assert y[0] > 10 * y[-1]  # the decay is still visible after merging
    assert len(g.norm_before) <= g.norm_before.cap + 1
    assert g.heat.n <= HEAT_COLUMNS and g.heat.steps[0] == chunk  # the first message's update


def test_decimating_series_keeps_means_and_extremes():
    s = common.DecimatingSeries(10)
    y = np.sin(np.arange(1000.0))
    s.extend(np.arange(1000.0), y)
    xs, means, lo, hi = s.data()
    assert len(xs) <= 11
    weights = np.full(len(xs), s.stride, dtype=float)
    if len(xs) > s.n:
        weights[-1] = s.total - s.n * s.stride
    assert np.isclose(np.average(means, weights=weights), y.mean())
    assert lo.min() == y.min() and hi.max() == y.max()
    s.extend(np.array([5.0, 6.0]), np.array([np.nan, np.inf]))  # a diverged step is skipped
    assert s.total == 1000


# ----------------------------------------------------------- gradient flow
def test_gradient_profile_and_heat_map_grow_then_decimate(panel):
    cfg = ADDER.replace(eval_every=1000)
    msgs = train(cfg, 260, every=1)
    g = panel(GradientFlowPlot, cfg)
    for m in msgs[:10]:
        g.update_progress(m)
    img = g.heat_image.image
    assert img.shape == (10, cfg.bits)  # one column per message so far, t upwards
    latest = msgs[9].latest
    np.testing.assert_allclose(img[-1], np.log10(latest.flow["h"][0]), rtol=1e-5)
    x, y = g.h_curves[0].getOriginalDataset()
    np.testing.assert_array_equal(x, np.arange(cfg.bits))
    np.testing.assert_allclose(y, latest.flow["h"][0], rtol=1e-6)
    for m in msgs[10:]:
        g.update_progress(m)
    img = g.heat_image.image
    assert img.shape[0] <= HEAT_COLUMNS and img.shape[1] == cfg.bits
    assert g.heat.steps[0] == 1  # the first update is still in the map
    assert g.heat.steps[g.heat.n - 1] > 200
    assert tuple(g.heat_image.getLevels()) == LOG_LEVELS  # fixed, never auto
    bx, by = g.before_curve.getOriginalDataset()
    np.testing.assert_allclose(by, np.concatenate([m.grad_norms for m in msgs]), rtol=1e-6)
    assert g.clip_line.isVisible() and np.isclose(g.clip_line.value(), np.log10(cfg.clip))


def test_gradient_reset_clears(panel):
    g = panel(GradientFlowPlot, ADDER)
    for m in train(ADDER, 20):
        g.update_progress(m)
    g.reset(ADDER.replace(clip_mode="none"))
    assert g.heat.n == 0
    x, _ = g.before_curve.getData()
    assert x is None or len(x) == 0
    assert not g.clip_line.isVisible()


def test_lstm_shows_cell_gradient_dashed(panel):
    pytest.importorskip("rnnstudio.engine.cells.lstm", reason="LSTM cell not written yet")
    cfg = ADDER.replace(cell="lstm", layers=2, eval_every=1000)
    g = panel(GradientFlowPlot, cfg)
    msgs = train(cfg, 5)
    for m in msgs:
        g.update_progress(m)
    assert len(g.h_curves) == 2 and len(g.c_curves) == 2
    assert g.c_curves[0].opts["pen"].style() == QtGui.Qt.PenStyle.DashLine
    _, y = g.c_curves[1].getOriginalDataset()
    np.testing.assert_allclose(y, msgs[-1].latest.flow["c"][1], rtol=1e-6)
    assert g.choice.count() == 4 and g.choice.isVisibleTo(g)
    g.choice.setCurrentIndex(3)  # c, layer 2
    np.testing.assert_allclose(g.heat_image.image[-1],
                               np.log10(msgs[-1].latest.flow["c"][1]), rtol=1e-5)


# -------------------------------------------------------------- prediction
def adder_probe(a: int, b: int, bits: int = 8, wrong: tuple[int, ...] = ()) -> dict:
    """An addition probe whose network output equals the true sum except at bit
    positions `wrong` (0 = least significant)."""
    task = Addition(Config(bits=bits))
    batch = task.encode(np.array([a]), np.array([b]))
    out = batch.y.copy() * 0.9 + 0.05
    for k in wrong:
        out[k] = 1.0 - out[k]
    return {"x": batch.x, "y": batch.y, "mask": batch.mask, "output": out}


def msb(v: int, n: int) -> list[int]:
    return [int(ch) for ch in format(v, f"0{n}b")]


def test_bit_grid_shows_the_bits_msb_first_and_marks_wrong_ones(panel):
    w = panel(PredictionView, ADDER)
    base = train(ADDER, 1)[0]
    a, b = 13, 100
    w.update_progress(with_probe(base, adder_probe(a, b, wrong=(0, 3))))
    grid = w.bits
    assert w.stack.currentWidget() is grid.page
    assert [list(col) for col in grid.bits.T[:3]] == [msb(a, 8), msb(b, 8), msb(a + b, 8)]
    pred = (a + b) ^ 0b1001
    assert list(grid.bits[:, 3]) == msb(pred, 8)
    assert list(np.flatnonzero(grid.wrong)) == [7 - 3, 7 - 0]  # MSB on the left
    assert (grid.rgb[grid.wrong, 3] == np.array([213, 94, 0])).all()  # vermillion
    assert not (grid.rgb[~grid.wrong, 3] == np.array([213, 94, 0])).all(axis=1).any()
    assert grid.texts[0][2].toPlainText() == str(msb(a + b, 8)[0])
    text = grid.reading.text()
    assert f"{a} + {b} = <b>{pred}</b> (true {a + b})" in text and "2 wrong bits" in text
    w.update_progress(with_probe(base, adder_probe(a, b)))
    assert not grid.wrong.any() and "✓" in grid.reading.text()


def test_bit_grid_from_a_real_probe_and_reset(panel):
    cfg = ADDER.replace(bits=6)
    w = panel(PredictionView, cfg)
    msgs = train(cfg, 10, every=10)
    w.update_progress(msgs[-1])
    probe = msgs[-1].probe
    y = probe["y"][:, 0, 0][::-1] > 0.5
    assert list(w.bits.bits[:, 2]) == list(y.astype(int))
    assert w.bits.values is not None and w.bits.values[2] == w.bits.values[0] + w.bits.values[1]
    w.reset(cfg)
    assert w.bits.values is None and not w.bits.bits.any()
    assert w.bits.texts[0][0].toPlainText() == ""


def test_detection_stream_letters_and_flags(panel):
    cfg = Config(task="detection", seq_len=40, eval_every=5)
    w = panel(PredictionView, cfg)
    msgs = train(cfg, 5, every=5)
    w.update_progress(msgs[-1])
    assert w.stack.currentWidget() is w.stream.page
    probe = msgs[-1].probe
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[i] for i in probe["x"][:, 0].argmax(axis=1))
    ticks = w.stream.plot.getAxis("bottom")._tickLevels[0]
    assert "".join(s for _, s in ticks) == letters
    ends = np.flatnonzero(probe["y"][:, 0, 0] > 0.5)
    np.testing.assert_array_equal(w.stream.truth.opts["x"], ends)
    _, p = w.stream.prob.getData()
    np.testing.assert_allclose(p, probe["output"][:, 0, 0], rtol=1e-6)


def test_charlm_shows_the_live_sample_in_monospace(panel, tmp_path):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("the cat sat on the mat. " * 80, encoding="utf-8")
    cfg = Config(task="charlm", corpus=str(corpus), seq_len=20, hidden=16, eval_every=5,
                 temperature=0.7)
    w = panel(PredictionView, cfg)
    msgs = train(cfg, 5, every=5)
    w.update_progress(msgs[-1])
    box = w.sample.text
    assert w.stack.currentWidget() is w.sample.page
    assert box.isReadOnly() and box.toPlainText().startswith(msgs[-1].sample)
    assert w.sample.latest == msgs[-1].sample
    assert QtGui.QFontInfo(box.font()).fixedPitch()
    later = dataclasses.replace(msgs[-1], sample="a newer sample")
    w.update_progress(later)
    assert box.toPlainText().startswith("a newer sample")
    assert msgs[-1].sample.splitlines()[0] in box.toPlainText()  # the earlier one, below
    w.reset(cfg)
    assert box.toPlainText() == "" and w.sample.latest == ""
    assert "0.70" in w.sample.header.text()


def test_recall_values_only_at_scored_steps_and_switch_back(panel):
    cfg = Config(task="recall", delay=6, eval_every=5)
    w = panel(PredictionView, cfg)
    msgs = train(cfg, 5, every=5)
    w.update_progress(msgs[-1])
    assert w.stack.currentWidget() is w.values.page
    probe = msgs[-1].probe
    mask = probe["mask"][:, 0] > 0
    _, true = w.values.true.getData()
    assert np.isnan(true[~mask]).all()
    np.testing.assert_array_equal(true[mask], probe["y"][mask, 0])
    _, pred = w.values.pred.getData()
    np.testing.assert_array_equal(pred[mask], probe["output"][mask, 0].argmax(axis=1))
    w.reset(ADDER)
    assert w.stack.currentWidget() is w.bits.page


def test_real_valued_tasks_plot_true_and_predicted_values(panel):
    base = train(ADDER, 1)[0]
    T = 30
    rng = np.random.default_rng(1)
    values, marks = rng.random(T), np.zeros(T)
    marks[[4, 17]] = 1
    mask = np.zeros((T, 1))
    mask[-1] = 1
    probe = {"x": np.stack([values, marks], -1)[:, None, :],
             "y": np.full((T, 1, 1), values[4] + values[17]),
             "output": np.full((T, 1, 1), 0.8), "mask": mask}
    w = panel(PredictionView, Config(task="adding"))
    w.update_progress(with_probe(base, probe))
    assert w.stack.currentWidget() is w.values.page
    _, true = w.values.true.getData()
    assert np.isnan(true[:-1]).all() and np.isclose(true[-1], values[4] + values[17])
    _, pred = w.values.pred.getData()
    assert np.isclose(pred[-1], 0.8)
    mx, my = w.values.marked.getData()
    np.testing.assert_array_equal(mx, [4, 17])
    np.testing.assert_allclose(my, values[[4, 17]])
    _, inp = w.values.input.getData()
    np.testing.assert_allclose(inp, values)
    w.reset(Config(task="forecast"))
    assert not w.values.marked.isVisible()
    x, _ = w.values.true.getData()
    assert x is None or len(x) == 0


# ------------------------------------------------------------------ inside
def test_inside_heat_map_is_the_probe_hidden_state(panel):
    w = panel(InsideView, ADDER)
    msgs = train(ADDER, 10, every=10)
    w.update_progress(msgs[-1])
    h = msgs[-1].probe["l0.h"][:, 0, :]
    np.testing.assert_allclose(w.image.image, h)  # (time step, unit)
    assert tuple(w.image.getLevels()) == (-1.0, 1.0)
    assert w.strip_plot.isVisible()  # two input bits shown above
    w.reset(ADDER)
    assert w.probe is None and np.isnan(w.image.image).all()


def test_inside_gates_of_an_lstm(panel):
    pytest.importorskip("rnnstudio.engine.cells.lstm", reason="LSTM cell not written yet")
    cfg = ADDER.replace(cell="lstm", layers=2)
    w = panel(InsideView, cfg)
    msgs = train(cfg, 10, every=10)
    w.update_progress(msgs[-1])
    assert [w.quantity_box.itemText(i) for i in range(w.quantity_box.count())][:4] == [
        "hidden state h_t", "cell state c_t", "input gate i_t", "forget gate f_t"]
    w.select(1, "f")
    np.testing.assert_allclose(w.image.image, msgs[-1].probe["l1.f"][:, 0, :])
    assert tuple(w.image.getLevels()) == (0.0, 1.0)
    assert "forget gate" in w.plot.titleLabel.text.lower() and "layer 2" in w.plot.titleLabel.text
    w.select(0, "c")
    assert tuple(w.image.getLevels()) == (-4.0, 4.0)


def test_inside_gru_gates(panel):
    pytest.importorskip("rnnstudio.engine.cells.gru", reason="GRU cell not written yet")
    cfg = ADDER.replace(cell="gru")
    w = panel(InsideView, cfg)
    w.update_progress(train(cfg, 10, every=10)[-1])
    names = [w.quantity_box.itemText(i) for i in range(w.quantity_box.count())]
    assert names == ["hidden state h_t", "reset gate r_t", "update gate z_t", "candidate n_t"]
    assert not w.layer_box.isVisibleTo(w)  # one layer: no layer choice


def test_a_stale_message_from_another_task_or_cell_never_crashes(panel):
    """Messages of the previous run may still arrive after a reset to another task."""
    configs = [ADDER, Config(task="detection", seq_len=20, eval_every=5),
               Config(task="recall", delay=5, cell="gru", eval_every=5)]
    last = {cfg.task: train(cfg, 5, every=5)[-1] for cfg in configs}
    for cls in (LossPlot, GradientFlowPlot, PredictionView, InsideView):
        w = panel(cls, ADDER)
        for cfg in configs:
            w.reset(cfg)
            for msg in last.values():
                w.update_progress(msg)
            if isinstance(w, PredictionView):
                assert w.stack.currentWidget() is w.view.page


# ------------------------------------------------------------------ export
@pytest.mark.parametrize("cls", [LossPlot, GradientFlowPlot, PredictionView, InsideView])
def test_export_png_and_svg(panel, cls, tmp_path):
    w = panel(cls, ADDER)
    for m in train(ADDER, 20, every=10):
        w.update_progress(m)
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    w.export(str(png))
    w.export(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = QtGui.QImage(str(png))
    assert not img.isNull() and img.width() > 200 and img.height() > 100
    doc = xml.dom.minidom.parse(str(svg))
    assert doc.documentElement.tagName == "svg"
    assert doc.getElementsByTagName("path") or doc.getElementsByTagName("polyline")
    with pytest.raises(ValueError, match="png or .svg"):
        w.export(str(tmp_path / "p.jpg"))


def test_export_of_the_text_sample(panel, tmp_path):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("abc abd abe " * 100, encoding="utf-8")
    w = panel(PredictionView, Config(task="charlm", corpus=str(corpus), seq_len=10))
    w.export(str(tmp_path / "s.png"))
    w.export(str(tmp_path / "s.svg"))
    assert not QtGui.QImage(str(tmp_path / "s.png")).isNull()
    assert xml.dom.minidom.parse(str(tmp_path / "s.svg")).documentElement.tagName == "svg"


# ------------------------------------------------------------ axis scale
FORECAST = Config(task="forecast", hidden=8, eval_every=5, seed=2)


@pytest.mark.parametrize("cls", [LossPlot, GradientFlowPlot, InsideView, PredictionView])
def test_no_axis_hides_a_scale_factor_in_its_label(panel, qtbot, cls):
    """An MSE of 0.6 must read 0.6: no axis shows "(x0.001)" and ticks a thousand times
    larger (pyqtgraph's automatic SI prefix), linear or log."""
    import pyqtgraph as pg

    w = panel(cls, FORECAST)
    if cls is LossPlot:
        w.log_box.setChecked(False)
    for m in train(FORECAST, 30, every=10):
        w.update_progress(m)
    qtbot.wait(20)
    axes = []
    for view in w.findChildren(pg.GraphicsView):
        axes += [it for it in view.scene().items() if isinstance(it, pg.AxisItem)]
    assert axes
    for ax in axes:
        assert ax.autoSIPrefixScale == 1.0, (cls.__name__, ax.orientation, ax.labelString())
        assert "(x" not in ax.labelString()


@pytest.mark.parametrize("task", ["charlm", "forecast", "addition"])
def test_the_metric_title_says_once_which_way_is_better(panel, task):
    w = panel(LossPlot, Config(task=task))
    title = w.metric_plot.titleLabel.text
    assert title.count("is better") == 1, title


def test_a_loss_of_exactly_zero_sits_at_the_log_plots_floor(panel, qtbot):
    """float32 BCE reaches 0 on a perfect batch: log10(0) must not break the curve."""
    msgs = train(ADDER, 20, every=10)
    w = panel(LossPlot, ADDER)
    assert w.log_box.isChecked()
    zero = [dataclasses.replace(m, losses=np.where(np.arange(len(m.losses)) % 3 == 0, 0.0,
                                                   m.losses)) for m in msgs]
    for m in zero:
        w.update_progress(m)
    losses = np.concatenate([m.losses for m in zero])
    shown = w.loss_data()[1]  # what pyqtgraph draws: log10 of the data
    assert len(shown) == len(losses) and np.all(np.isfinite(shown))
    floor = losses[losses > 0].min() / 10
    np.testing.assert_allclose(10 ** shown[losses == 0], floor, rtol=1e-9)
    np.testing.assert_allclose(10 ** shown[losses > 0], losses[losses > 0], rtol=1e-6)
    w.log_box.setChecked(False)  # the linear plot shows the true 0
    assert np.array_equal(w.loss_data()[1], losses)


# ------------------------------------------------------------ tick labels
def painted_labels(axis) -> list[tuple[QtCore.QRectF, str]]:
    """The tick labels an axis paints now: (rectangle, text) in the axis's coordinates."""
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        painter.setFont(axis.style["tickFont"] or axis.font())
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(QtCore.QRectF(rect), text) for rect, _, text in texts if text]


def assert_apart(labels, vertical: bool) -> None:
    for (a, ta), (b, tb) in zip(labels, labels[1:], strict=False):
        if vertical:
            gap = max(b.top() - a.bottom(), a.top() - b.bottom())
        else:
            gap = max(b.left() - a.right(), a.left() - b.right())
        assert gap > 0, (ta, tb, a, b)


LONG_ADDER = Config(task="addition", bits=32, hidden=8, eval_every=20, seed=3)


@pytest.mark.parametrize("width, height", [(300, 420), (420, 420), (700, 420), (1400, 420),
                                           (700, 300)])
def test_gradient_ticks_never_overlap_and_time_steps_are_integers(panel, qtbot, width, height):
    w = panel(GradientFlowPlot, LONG_ADDER)
    for m in train(LONG_ADDER, 12, every=4):
        w.update_progress(m)
    w.resize(width, height)
    qtbot.wait(30)
    for plot in (w.profile_plot, w.heat_plot, w.norm_plot):
        for side in ("bottom", "left"):
            axis = plot.getAxis(side)
            labels = painted_labels(axis)
            assert len(labels) >= (2 if width >= 420 and height >= 420 else 1), (side, labels)
            assert_apart(labels, vertical=side == "left")
    bar = painted_labels(w.heat_bar.axis)  # the colour bar of a short heat map too
    assert len(bar) >= 2, bar
    assert_apart(bar, vertical=True)
    steps = [t for _, t in painted_labels(w.profile_plot.getAxis("bottom"))]
    assert all(s.lstrip("-").isdigit() for s in steps), steps
    T = w.profile_plot.listDataItems()[0].getData()[0].size
    assert T >= 32 and int(steps[-1]) <= T


def painted_marks(axis) -> list[float]:
    """Where an axis paints its tick marks now, along the axis, in pixels, sorted."""
    image = QtGui.QImage(10, 10, QtGui.QImage.Format.Format_ARGB32)
    painter = QtGui.QPainter(image)
    try:
        _, ticks, _ = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    vertical = axis.orientation in ("left", "right")
    return sorted((p1.y() if vertical else p1.x()) for _, p1, _ in ticks)


@pytest.mark.parametrize("height", [220, 300, 520])
def test_loss_and_metric_ticks_never_overlap_however_short_the_panel(panel, qtbot, height):
    w = panel(LossPlot, ADDER)
    for m in train(ADDER, 60, every=6):
        w.update_progress(m)
    w.resize(700, height)
    qtbot.wait(30)
    metric = painted_labels(w.metric_plot.getAxis("left"))
    assert len(metric) >= 2
    assert_apart(metric, vertical=True)
    loss_axis = w.loss_plot.getAxis("left")
    assert_apart(painted_labels(loss_axis), vertical=True)
    marks = painted_marks(loss_axis)  # minor marks only where they stay apart
    assert marks and min(np.diff(marks), default=99) >= common.MINOR_PX - 0.5


@pytest.mark.parametrize("lo, hi", [(0.02264, 0.02464), (0.0991, 0.1003), (3.1e6, 3.3e6),
                                    (0.5, 0.52)])
def test_a_log_axis_over_a_short_range_still_shows_numbers_inside_it(panel, qtbot, lo, hi):
    """A gradient profile that barely changes (0.0226 to 0.0246) spans no 1, 2 or 5 of a
    decade: the axis shows evenly spaced values instead of none."""
    w = panel(GradientFlowPlot, ADDER)
    w.resize(700, 420)
    qtbot.wait(30)
    plot = w.profile_plot
    plot.vb.disableAutoRange()
    plot.setYRange(np.log10(lo), np.log10(hi), padding=0)
    qtbot.wait(30)
    labels = painted_labels(plot.getAxis("left"))
    values = [float(t) for _, t in labels]
    assert len(values) >= 2, labels
    assert all(lo <= v <= hi for v in values), (values, lo, hi)
    assert len(set(values)) == len(values)  # enough decimals to tell them apart
    assert_apart(labels, vertical=True)


def test_a_log_axis_over_decades_keeps_its_powers_of_ten(panel, qtbot):
    w = panel(GradientFlowPlot, ADDER)
    w.resize(700, 420)
    qtbot.wait(30)
    w.profile_plot.vb.disableAutoRange()
    w.profile_plot.setYRange(-6, 0, padding=0)
    qtbot.wait(30)
    texts = [t for _, t in painted_labels(w.profile_plot.getAxis("left"))]
    assert len(texts) >= 3 and all(float(t) in {10.0 ** -k for k in range(7)} for t in texts)


def test_the_clip_threshold_label_names_its_value_and_stays_readable(panel, qtbot):
    cfg = ADDER.replace(clip_mode="norm", clip=0.1)
    w = panel(GradientFlowPlot, cfg)
    for m in train(cfg, 20, every=5):
        w.update_progress(m)
    w.norm_plot.setYRange(-3, 1)
    qtbot.wait(30)
    label = w.clip_line.label
    assert label.isVisible() and "0.1" in label.toPlainText()
    assert label.fill.color().alpha() > 128  # drawn on the plot's background, over curves


def test_the_clip_threshold_label_shows_only_with_its_line(panel, qtbot):
    w = panel(GradientFlowPlot, ADDER.replace(clip_mode="norm", clip=1e4))
    for m in train(ADDER.replace(clip_mode="norm", clip=1e4), 20, every=5):
        w.update_progress(m)
    qtbot.wait(30)
    lo, hi = w.norm_plot.vb.viewRange()[1]
    assert not lo <= 4 <= hi and not w.clip_line.label.isVisible()  # off the plot: no label
    w.norm_plot.setYRange(-3, 5)
    assert w.clip_line.label.isVisible()


# ------------------------------------------------------------ zeros on log axes
def test_a_gradient_of_exactly_zero_sits_at_the_log_floor(panel, qtbot):
    """Truncated BPTT or a dead unit give steps no gradient at all: the profile, the heat
    map and the norm curves stay whole, zeros at the floor (a tenth of the smallest norm
    shown; the colour scale's bottom on the heat map)."""
    from types import MappingProxyType

    cfg = ADDER
    msgs = train(cfg, 12, every=4)
    last = msgs[-1]
    h = np.array(last.latest.flow["h"])
    h[:, :3] = 0.0  # the first steps get no gradient
    flow = h[0]
    snap = dataclasses.replace(last.latest, flow=MappingProxyType({**last.latest.flow, "h": h}))
    zeros = dataclasses.replace(last, latest=snap, grad_norms=np.zeros(len(last.steps)))
    w = panel(GradientFlowPlot, cfg)
    for m in msgs[:-1] + [zeros]:
        w.update_progress(m)
    t, y = w.h_curves[0].getOriginalDataset()
    assert len(t) == len(flow) and np.all(np.isfinite(y)) and np.all(y > 0)
    floor = flow[flow > 0].min() / 10
    np.testing.assert_allclose(y[flow == 0], floor)
    np.testing.assert_allclose(y[flow > 0], flow[flow > 0])
    heat = w.heat_image.image
    assert np.all(np.isfinite(heat))
    assert np.all(heat[-1][flow == 0] == LOG_LEVELS[0])
    _, before = w.before_curve.getOriginalDataset()
    assert np.all(np.isfinite(before)) and np.all(before > 0)
    _, shown = w.before_curve.getData()  # log10 of the data, as drawn
    assert np.all(np.isfinite(shown))


# ------------------------------------------------------------ hover read-out
def centre(image, column: int, row: int) -> QtCore.QPointF:
    """The scene position of an image cell's centre."""
    return image.mapToScene(QtCore.QPointF(column + 0.5, row + 0.5))


def move_mouse(qtbot, plot, scene_pos: QtCore.QPointF) -> None:
    """A real mouse move over the canvas (what the user does)."""
    from PySide6.QtTest import QTest

    view = plot.scene().views()[0]
    QTest.mouseMove(view.viewport(), view.mapFromScene(scene_pos))
    qtbot.wait(10)


def test_hovering_the_gradient_heat_map_reads_update_step_and_norm(panel, qtbot):
    w = panel(GradientFlowPlot, ADDER)
    msgs = train(ADDER, 12, every=3)
    for m in msgs:
        w.update_progress(m)
    qtbot.wait(20)
    col, t = 2, 5
    step = int(w.heat.steps[col])
    norm = 10 ** float(w.heat.image(0)[col, t])
    move_mouse(qtbot, w.heat_plot, centre(w.heat_image, col, t))
    shown = w.heat_hover.text.toPlainText()
    assert w.heat_hover.text.isVisible()
    assert shown == f"update {step}, time step {t}: ‖∂L/∂h_t‖ = {norm:.3g}"
    move_mouse(qtbot, w.heat_plot, w.norm_plot.vb.sceneBoundingRect().center())
    assert not w.heat_hover.text.isVisible()  # off the map: nothing


def test_hovering_the_inside_view_and_the_bit_grid_reads_the_cell(panel, qtbot):
    w = panel(InsideView, ADDER)
    msgs = train(ADDER, 10, every=10)
    w.update_progress(msgs[-1])
    qtbot.wait(20)  # laid out
    h = msgs[-1].probe["l0.h"][:, 0, :]
    text = w.hover.hover(centre(w.image, 3, 7))
    assert text == f"unit 7, time step 3: h_t = {h[3, 7]:.3g}"
    x = msgs[-1].probe["x"][:, 0, :]
    name = w._input_labels[1]
    assert w.strip_hover.hover(centre(w.strip_image, 4, 1)) == \
        f"{name}, time step 4: {x[4, 1]:.3g}"

    p = panel(PredictionView, ADDER)
    base = train(ADDER, 1)[0]
    p.update_progress(with_probe(base, adder_probe(13, 100, wrong=(0,))))
    qtbot.wait(20)
    grid = p.bits
    assert grid.hover.hover(centre(grid.image, 0, 2)) == "a + b (true), bit 2⁷: 0"
    shown = grid.hover.hover(centre(grid.image, 7, 3))  # the least significant, wrong bit
    assert shown.startswith(f"network, bit 2⁰: {int(grid.bits[7, 3])}, P(1) = ")


def test_a_title_set_in_presentation_mode_stays_large_and_comes_back_normal(make_window):
    # The race view's and the loss panel's metric titles are re-set when the task changes;
    # in presentation mode they used to drop back to the normal size.
    import pyqtgraph as pg

    w = make_window()

    def sizes() -> dict[int, float]:
        out = {}
        for view in w.findChildren(pg.GraphicsView):
            for item in view.scene().items() if view.scene() else ():
                if isinstance(item, pg.PlotItem) and item.titleLabel.text:
                    out[id(item)] = float(str(item.titleLabel.opts["size"]).rstrip("pt"))
        return out

    before = sizes()
    w.workspace.toggle_presentation(True)
    try:
        assert w.apply_field("task", "recall")
        w.workspace.presentation.refresh()  # what its timer does: enlarge plots made since
        big = sizes()
        assert big and all(pt > common.TITLE_PT for pt in big.values())
    finally:
        w.workspace.toggle_presentation(False)
    normal = sizes()
    assert {k: normal[k] for k in before if k in normal} == {
        k: before[k] for k in before if k in normal}
