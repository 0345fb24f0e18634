"""The window stays responsive while it draws training (issue 13): a redraw cycle draws
one panel part per event-loop turn, each canvas paints once per part, axes move in
steps, and changing figures do not lay the window out again."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, QTimer

from rnnstudio.engine import Config, Trainer
from rnnstudio.gui.pacing import RedrawPacer
from rnnstudio.gui.plots import LossPlot
from rnnstudio.gui.plots import common as c
from rnnstudio.gui.plots.common import steady_bounds
from rnnstudio.gui.plots.loss import DOTS_UP_TO
from rnnstudio.gui.worker import _Fold


def progress_of(snaps, run_id: int = 1):
    fold = _Fold()
    for s in snaps:
        fold.add(s)
    return fold.build(run_id=run_id)


@pytest.fixture(scope="module")
def snaps():
    return list(Trainer(Config(steps=120, eval_every=2)).run())


class Counter(QObject):
    """Counts events of one type reaching a widget."""

    def __init__(self, widget, kind: QEvent.Type):
        super().__init__()
        self.kind, self.n = kind, 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.n += 1
        return False


def test_a_cycle_draws_one_part_per_event_loop_turn_and_survives_a_failing_panel(qtbot,
                                                                              snaps):
    turned = [True]  # set by a zero timer: the event loop has turned since the last part
    seen: list[tuple[str, bool]] = []

    def part(name: str) -> None:
        seen.append((name, turned[0]))
        turned[0] = False
        QTimer.singleShot(0, lambda: turned.__setitem__(0, True))

    def whole(p):
        part("whole")

    def in_parts(p):
        part("first half")
        yield
        part("second half")

    def failing(p):
        part("failing")
        raise RuntimeError("a panel bug")

    def last(p):
        part(f"last, {len(p.steps)} updates")

    pacer = RedrawPacer([whole, in_parts, failing, last], current_run=lambda: 1)
    pacer.push(progress_of(snaps[:60]))
    pacer.push(progress_of(snaps[60:]))  # merged into the same cycle
    with qtbot.capture_exceptions() as raised:  # Qt reports it; the cycle goes on
        qtbot.waitUntil(lambda: pacer.cycles == 1, timeout=10000)
    assert [str(e[1]) for e in raised] == ["a panel bug"]
    assert [name for name, _ in seen] == ["whole", "first half", "second half", "failing",
                                          "last, 120 updates"]
    assert all(t for _, t in seen)  # every part in a turn of its own


def test_flush_draws_every_part_at_once(snaps):
    drawn = []

    def in_parts(p):
        drawn.append(1)
        yield
        drawn.append(2)

    pacer = RedrawPacer([in_parts], current_run=lambda: 1)
    pacer.push(progress_of(snaps))
    pacer.flush()
    assert drawn == [1, 2]


def run_cycle(qtbot, panel, p) -> list[int]:
    """Draw `p` as a redraw cycle does; how often the canvas painted after each part."""
    paints = Counter(panel.canvas.viewport(), QEvent.Type.Paint)
    parts = panel.redraw(p)
    counts = []
    while True:
        try:
            last = parts is None or next(parts) is not None
        except StopIteration:
            last = True
        qtbot.wait(30)  # the turns after the part: its paint, and nothing more
        counts.append(paints.n)
        paints.n = 0
        if last:
            return counts


def test_each_part_of_the_loss_panel_paints_its_canvas_once(qtbot, snaps):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 500)
    plot.show()
    qtbot.waitExposed(plot)
    cfg = Config(steps=120, eval_every=2)
    plot.reset(cfg)
    run_cycle(qtbot, plot, progress_of(snaps[:10]))
    # far past the axes' range: they move, the curve is clipped again, still one paint
    later = [dataclasses.replace(s, step=s.step * 1000) for s in snaps[10:]]
    assert run_cycle(qtbot, plot, progress_of(later)) == [1, 1]


def test_axes_move_in_steps_and_always_show_the_newest_update(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 500)
    plot.show()
    qtbot.waitExposed(plot)
    snaps = list(Trainer(Config(steps=3000, eval_every=50)).run())
    plot.reset(Config(steps=3000, eval_every=50))
    ranges = []
    for i in range(0, 3000, 30):  # 100 redraws
        for _ in plot.redraw(progress_of(snaps[i:i + 30])) or ():
            pass
        lo, hi = plot.loss_plot.vb.viewRange()[0]
        assert lo <= 1 and hi >= snaps[min(i + 29, 2999)].step  # every update in view
        ranges.append((round(lo, 6), round(hi, 6)))
    changes = sum(a != b for a, b in zip(ranges, ranges[1:], strict=False))
    assert changes <= 20, changes  # a plain auto range moves on every one of the 100
    span = ranges[-1][1] - ranges[-1][0]
    assert 3000 / span > 0.5  # the curve still fills most of the width


@given(st.lists(st.tuples(st.floats(-1e6, 1e6), st.floats(0, 1e6)), min_size=1,
                max_size=30))
def test_steady_bounds_hold_the_data_and_change_only_when_they_must(spans):
    shown = None
    for lo, width in spans:
        data = [lo, lo + width]
        new = steady_bounds(data, shown)
        slack = 0.01 * max(new[1] - new[0], width)  # within pyqtgraph's padding (2 %)
        assert new[0] - slack <= data[0] and data[1] <= new[1] + slack
        if shown is not None:
            tol = 0.01 * max(shown[1] - shown[0], width)
            if shown[0] - tol <= data[0] and data[1] <= shown[1] + tol \
                    and width >= 0.5 * (shown[1] - shown[0]):
                assert new == shown  # inside and filling enough: the axis stays
        shown = new


def test_steady_bounds_ignore_a_pen_width_beyond_the_edge():
    shown = [0.0, 500.0]
    assert steady_bounds([-2.0, 400.0], shown) == shown  # 2 px of pen, not new data
    assert steady_bounds([0.0, 520.0], shown) == [0.0, 520.0 + 0.25 * 520.0]


def test_held_out_dots_give_way_to_a_line_when_there_are_many(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    cfg = Config(steps=400, eval_every=1)
    plot.reset(cfg)
    snaps = list(Trainer(cfg).run())
    plot.update_progress(progress_of(snaps[:DOTS_UP_TO]))
    assert plot.metric_curve.opts["symbol"] == "o"
    plot.update_progress(progress_of(snaps[DOTS_UP_TO:]))
    assert plot.metric_curve.opts["symbol"] is None
    x, _ = plot.metric_curve.getData()
    assert len(x) > DOTS_UP_TO  # every point still on the line


def test_status_figures_change_without_laying_the_window_out_again(qtbot, make_window,
                                                                   snaps):
    w = make_window(Config(steps=120, eval_every=2))
    p = progress_of(snaps[:50])
    w._show_status(p)
    qtbot.wait(300)  # the new window's own layout passes
    widths = {k: lab.width() for k, lab in w.status_labels.items()}
    layouts = Counter(w, QEvent.Type.LayoutRequest)
    bar = Counter(w.statusBar(), QEvent.Type.LayoutRequest)
    for k in range(5):  # new figures of the same length
        q = dataclasses.replace(p, losses=np.full_like(p.losses, 0.5 + k / 10))
        w._show_status(q)
        qtbot.wait(20)
    assert w.status_labels["loss"].text() == "loss 0.9"
    assert layouts.n == 0 and bar.n == 0
    assert all(w.status_labels[k].width() >= widths[k] for k in widths)  # never shrank


def test_switching_the_log_scale_fits_the_loss_afresh(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 500)
    plot.show()
    qtbot.waitExposed(plot)
    cfg = Config(steps=400, eval_every=50)
    plot.reset(cfg)
    for _ in plot.redraw(progress_of(list(Trainer(cfg).run()))) or ():
        pass
    for log in (False, True):
        plot.log_box.setChecked(log)
        c.settle(plot)
        _, y = plot.loss_curve.getData()
        lo, hi = plot.loss_plot.vb.viewRange()[1]
        span = float(np.nanmax(y) - np.nanmin(y))
        assert lo <= np.nanmin(y) and np.nanmax(y) <= hi
        assert (hi - lo) <= 1.3 * span  # fitted, not the other scale's range kept
