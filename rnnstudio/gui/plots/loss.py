"""Loss & metric over updates: the training loss of every update and the held-out metric.

Both series are bounded (DecimatingSeries): once full, neighbouring points merge, so a
ten-minute run holds the same few thousand points as a ten-second one. When points
stand for several updates, a light band shows their min–max range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication

from ...engine.config import Config
from ..messages import Progress
from ..widgets import SteadyLabel
from . import common as c
from .common import log_floor

LOSS_CAP = 2000
# held-out points drawn as dots up to this many; beyond, the line alone (dots would merge
# into a thick line, and rebuilding hundreds of them was a third of the panel's redraw)
DOTS_UP_TO = 60
# confusion counts n_i_j (classification): drawn by the prediction view, not listed here
COUNT_KEY = re.compile(r"n_\d+_\d+")
METRIC_CAP = 1000


def task_facts(config: Config, translated: bool = True
               ) -> tuple[str, str, bool, dict[str, str]]:
    """(metric name, its readable label, higher is better, all labels) of the config's
    task; the labels in the interface language, else as the task names them."""
    try:
        from ...engine.tasks import make_task

        task = make_task(config)
    except Exception:  # an unfinished or misconfigured task: still draw the loss
        return "metric", "metric", True, {}
    name = task.metric_name
    labels = {k: QCoreApplication.translate("settings", v) if translated else v
              for k, v in (getattr(task, "metric_labels", {}) or {}).items()}
    return name, labels.get(name, name.replace("_", " ")), bool(task.higher_is_better), labels


class LossPlot(c.Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss_buf = c.DecimatingSeries(LOSS_CAP)
        self.metric_buf = c.DecimatingSeries(METRIC_CAP)
        self.metric_name = "metric"
        self.metric_label = "metric"
        self.higher_is_better = True
        self._other_metrics: dict[str, float] = {}
        self._labels: dict[str, str] = {}

        self._config: Config | None = None
        self.log_box = QtWidgets.QCheckBox()
        self.log_box.setChecked(True)
        self.summary = SteadyLabel("")
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.log_box)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.canvas = c.layout_widget()
        self.loss_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=0, col=0, axisItems={"left": c.LogAxis("left"), "bottom": c.StepAxis("bottom")})
        self.metric_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=1, col=0, axisItems={"left": c.ValueAxis("left"), "bottom": c.StepAxis("bottom")})
        self.metric_plot.setXLink(self.loss_plot)
        c.style_plot(self.loss_plot, "", "", "")
        c.style_plot(self.metric_plot, "", "", "")
        # the loss has a point per update: draw at most a few per pixel, and only what is in view
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        for p in (self.loss_plot, self.metric_plot):
            p.getAxis("left").setWidth(60)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 2)

        self.band_lo = self.loss_plot.plot(pen=None)
        self.band_hi = self.loss_plot.plot(pen=None)
        self.band = pg.FillBetweenItem(self.band_lo, self.band_hi,
                                       brush=pg.mkBrush(86, 180, 233, 70))
        self.loss_plot.addItem(self.band)
        self.loss_curve: pg.PlotDataItem = self.loss_plot.plot(pen=c.pen(c.BLUE, 1.5),
                                                               name=self.tr("training loss"))
        self.metric_curve: pg.PlotDataItem = self.metric_plot.plot(
            pen=c.pen(c.ORANGE, 2), symbol="o", symbolSize=4, symbolBrush=c.ORANGE,
            symbolPen=None, name=self.tr("held-out"))
        self.goal_line = pg.InfiniteLine(angle=0, movable=False,
                                         pen=c.pen(c.GREEN, 1.5, dash=True))
        self.metric_plot.addItem(self.goal_line)
        self.goal_line.hide()

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.canvas, 1)
        self.log_box.toggled.connect(self._set_log)
        self.retranslate()

    def retranslate(self) -> None:
        self.log_box.setText(self.tr("Log scale (loss)"))
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic axis: late, small "
                                        "improvements stay visible."))
        c.set_title(self.loss_plot, self.tr("Training loss (every update)"))
        c.set_title(self.metric_plot, self.tr("Held-out metric"))
        for p in (self.loss_plot, self.metric_plot):
            c.set_axis_label(p, "bottom", self.tr("update"))
        c.set_axis_label(self.metric_plot, "left", self.tr("metric"))
        self._set_log(self.log_box.isChecked())
        if self._config is not None:
            (self.metric_name, self.metric_label, self.higher_is_better,
             self._labels) = task_facts(self._config)
            self._metric_titles()
            self._redraw()

    # ------------------------------------------------------------------ API
    def reset(self, config: Config) -> None:
        self.loss_buf.clear()
        self.metric_buf.clear()
        self._other_metrics = {}
        self._config = config
        (self.metric_name, self.metric_label, self.higher_is_better,
         self._labels) = task_facts(config)
        self._metric_titles()
        if config.until_metric is not None:
            self.goal_line.setPos(config.until_metric)
            self.goal_line.show()
        else:
            self.goal_line.hide()
        if "accuracy" in self.metric_name:
            self.metric_plot.enableAutoRange(axis="y", enable=False)
            self.metric_plot.setYRange(0.0, 1.0, padding=0.06)
        else:
            self.metric_plot.enableAutoRange(axis="y", enable=True)
        self.loss_plot.enableAutoRange()
        self.metric_plot.enableAutoRange(axis="x", enable=True)
        for p in (self.loss_plot, self.metric_plot):
            p.vb.forget_range()  # a new run: fitted afresh
        self._redraw()

    def _metric_titles(self) -> None:
        title = (self.tr("Held-out {0} (higher is better)") if self.higher_is_better
                 else self.tr("Held-out {0} (lower is better)"))
        c.set_title(self.metric_plot, title.format(self.metric_label),
                    self.tr("Held-out {0}").format(self.metric_label))
        c.set_axis_label(self.metric_plot, "left", self.metric_label)

    def update_progress(self, progress: Progress) -> None:
        self._take(progress)
        self._redraw()

    def redraw(self, progress: Progress) -> Iterator[None]:
        """In two parts, each painted in its own event-loop turn: the loss, then the
        held-out metric."""
        self._take(progress)
        self._draw_loss()
        c.settle(self)
        yield
        self._draw_metric()
        c.settle(self)

    def _take(self, progress: Progress) -> None:
        if len(progress.steps):
            self.loss_buf.extend(progress.steps, progress.losses)
        points = [(float(step), float(metrics[self.metric_name]))
                  for step, metrics in progress.evals if self.metric_name in metrics]
        if points:
            xs, ys = zip(*points, strict=True)
            self.metric_buf.extend(np.array(xs), np.array(ys))
        if progress.evals:
            self._other_metrics = {k: float(v) for k, v in progress.evals[-1][1].items()}

    def export_target(self):
        return self.canvas.scene()

    # -------------------------------------------------------------- drawing
    def _set_log(self, on: bool) -> None:
        self.loss_plot.setLogMode(y=on)
        self.loss_plot.vb.forget_range()  # the old range was in the other scale
        self._redraw()
        c.set_axis_label(self.loss_plot, "left",
                         self.tr("loss (log scale)") if on else self.tr("loss"), self.tr("loss"))

    def _redraw(self) -> None:
        self._draw_loss()
        self._draw_metric()

    def _draw_loss(self) -> None:
        x, y, lo, hi = self.loss_buf.data()
        if self.log_box.isChecked():  # log10(0) is -inf: a loss of 0 would break the curve
            y, lo, hi = log_floor(y, lo, hi)
        self.loss_curve.setData(x, y)
        if self.loss_buf.stride > 1:
            self.band_lo.setData(x, lo)
            self.band_hi.setData(x, hi)
        else:  # one update per point: nothing to show as a range
            self.band_lo.setData([], [])
            self.band_hi.setData([], [])

    def _draw_metric(self) -> None:
        mx, my, _, _ = self.metric_buf.data()
        dots = "o" if len(mx) <= DOTS_UP_TO else None
        if self.metric_curve.opts["symbol"] != dots:
            self.metric_curve.setSymbol(dots)
        self.metric_curve.setData(mx, my)
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        parts = []
        last = self.loss_buf.last()
        if last is not None:
            parts.append(self.tr("loss {0}").format(f"{last:.4g}"))
        m = self.metric_buf.last()
        if m is not None:
            parts.append(f"{self.metric_label} {m:.4g}")
        for k, v in self._other_metrics.items():
            if k != self.metric_name and math.isfinite(v) and not COUNT_KEY.fullmatch(k):
                parts.append(f"{self._labels.get(k, k.replace('_', ' '))} {v:.4g}")
        return "   ".join(parts)

    # ------------------------------------------------------------ for tests
    def loss_data(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.loss_curve.getData()
        return (np.asarray(x) if x is not None else np.empty(0),
                np.asarray(y) if y is not None else np.empty(0))

