"""Gradient flow across time: how much the loss still "feels" each time step's state.

Top left, ‖∂L/∂h_t‖ against t for the newest update (one curve per layer; dashed
‖∂L/∂c_t‖ for LSTMs). Top right, the same profile over the run as a heat map: one
column per sampled update, t upwards, log10 colour scale with fixed levels. Below,
the global gradient norm before and after clipping.

Heat map buffer: at most HEAT_COLUMNS columns spanning the whole run. A Progress adds a
column when its update is at least `stride` updates after the previous column; when
the buffer is full every other column is dropped and the stride becomes the spacing
of the columns kept, so the map always shows the run from its first update.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...engine.cells import registry
from ...engine.config import Config
from ..messages import Progress
from . import common as c

HEAT_COLUMNS = 200
LOG_LEVELS = (-8.0, 2.0)  # log10 ‖∂L/∂h_t‖: 1e-8 (vanished) .. 100 (exploding)
NORM_CAP = 2000
SAVE_BYTES = 384 << 10  # the heat map in an experiment file (base64 in state.json: 1 MB cap)


HINT = QtCore.QT_TRANSLATE_NOOP(
    "GradientFlowPlot", "How much the loss depends on the state at each time step t. "
    "<b>Vanishing</b> gradients: bright at late t (top of the map), dark at early t "
    "(bottom); <b>exploding</b>: bright at early t and growing.")


def log_levels(values: np.ndarray) -> np.ndarray:
    """log10 of gradient norms for the heat map; a norm of exactly 0 (no gradient reaches
    that step: truncated BPTT, a dead unit) sits at the colour scale's floor."""
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.log10(np.where(v > 0, v, np.nan))
    return np.where(np.isnan(out) & (v == 0), LOG_LEVELS[0], out).astype(np.float32)


class HeatColumns:
    """Bounded columns (sampled update × quantity × time step) of log10 gradient norms."""

    def __init__(self, cap: int = HEAT_COLUMNS):
        self.cap = cap + cap % 2
        self.data: np.ndarray | None = None  # (cap, Q, T) float32
        self.steps = np.zeros(self.cap, dtype=np.int64)
        self.n = 0
        self.stride = 1.0

    def clear(self) -> None:
        self.data = None
        self.n = 0
        self.stride = 1.0

    def wants(self, step: int) -> bool:
        """Whether add() could take a column for `step` (False: too close to the last)."""
        return not (self.n and step < self.steps[self.n - 1] + self.stride)

    def add(self, step: int, values: np.ndarray) -> bool:
        """values: (Q, T) norms. Returns True if a column was added."""
        if not self.wants(step):
            return False
        if self.data is None or self.data.shape[1:] != values.shape:
            self.data = np.full((self.cap,) + values.shape, LOG_LEVELS[0], dtype=np.float32)
            self.n = 0
            self.stride = 1.0
        if self.n == self.cap:
            self._halve()
            if step < self.steps[self.n - 1] + self.stride:
                return False
        self.data[self.n] = log_levels(values)
        self.steps[self.n] = step
        self.n += 1
        return True

    def _halve(self) -> None:
        h = self.n // 2
        self.data[:h] = self.data[0:self.n:2]
        self.steps[:h] = self.steps[0:self.n:2]
        self.n = h
        self.stride = max(2.0 * self.stride, (self.steps[h - 1] - self.steps[0]) / max(h - 1, 1))

    def to_state(self, until: int | None = None) -> dict[str, Any] | None:
        """The columns as JSON-able data (for the experiment file's view settings): steps,
        stride and the log10 norms as base64 float16, thinned to SAVE_BYTES at most.
        Columns after `until` (a step) are left out."""
        if self.data is None or self.n == 0:
            return None
        keep = np.arange(self.n)
        if until is not None:
            keep = keep[self.steps[:self.n] <= until]
        if keep.size == 0:
            return None
        stride = self.stride
        while keep.size > 1 and keep.size * self.data[0].size * 2 > SAVE_BYTES:
            keep, stride = keep[::2], 2 * stride
        values = self.data[keep].astype("<f2")
        return {"steps": [int(v) for v in self.steps[keep]], "stride": float(stride),
                "shape": list(values.shape[1:]),
                "log10": base64.b64encode(values.tobytes()).decode("ascii")}

    def from_state(self, state: Any, quantities: int) -> bool:
        """Columns saved by to_state; False (nothing changed) if they do not fit this
        run (another number of quantities) or are damaged."""
        try:
            steps = np.asarray(state["steps"], dtype=np.int64)
            q, t = (int(v) for v in state["shape"])
            stride = float(state["stride"])
            raw = base64.b64decode(state["log10"], validate=True)
        except (KeyError, TypeError, ValueError, OverflowError):
            return False
        n = steps.size
        if (q != quantities or not 0 < t <= 1_000_000 or not 0 < n <= self.cap
                or len(raw) != n * q * t * 2 or not np.isfinite(stride) or stride < 1
                or steps.ndim != 1 or (n > 1 and np.any(np.diff(steps) <= 0))):
            return False
        values = np.frombuffer(raw, dtype="<f2").reshape(n, q, t).astype(np.float32)
        self.data = np.full((self.cap, q, t), LOG_LEVELS[0], dtype=np.float32)
        self.data[:n] = values
        self.steps[:n] = steps
        self.n = n
        self.stride = stride
        return True

    def image(self, q: int) -> np.ndarray:
        """(columns, T) for ImageItem (x = sampled update, y = time step)."""
        if self.data is None or self.n == 0:
            return np.full((1, 1), np.nan, dtype=np.float32)
        return self.data[:self.n, q, :]


class GradientFlowPlot(c.Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat = HeatColumns(HEAT_COLUMNS)
        self.norm_before = c.DecimatingSeries(NORM_CAP)
        self.norm_after = c.DecimatingSeries(NORM_CAP)
        self._quantities: list[tuple[str, int]] = [("h", 0)]  # (flow key, layer) per row
        self._shown = 0

        self.choice = QtWidgets.QComboBox()
        self.choice.currentIndexChanged.connect(self._choose)
        self.hint = c.hint_label()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.choice, 0, QtCore.Qt.AlignmentFlag.AlignTop)

        self.canvas = c.layout_widget()
        self.profile_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=0, col=0, axisItems={"left": c.LogAxis("left"), "bottom": c.StepAxis("bottom")})
        c.style_plot(self.profile_plot, "", "", "")
        self.profile_plot.setLogMode(y=True)
        self.heat_plot: pg.PlotItem = self.canvas.addPlot(
            row=0, col=1, axisItems={"left": c.StepAxis("left"), "bottom": c.StepAxis("bottom")})
        c.style_plot(self.heat_plot, "", "", "")
        self.heat_plot.showGrid(x=False, y=False)
        self.heat_image = pg.ImageItem(axisOrder="col-major")
        self.heat_image.setLevels(LOG_LEVELS)
        self.heat_image.setColorMap(c.colormap(c.GRADIENT_MAP))
        self.heat_plot.addItem(self.heat_image)
        self.heat_bar = c.color_bar(self.heat_image, self.heat_plot, LOG_LEVELS,
                                    c.GRADIENT_MAP, "log10 ‖∂L/∂h_t‖")
        self.norm_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=1, col=0, colspan=2,
            axisItems={"left": c.LogAxis("left"), "bottom": c.StepAxis("bottom")})
        c.style_plot(self.norm_plot, "", "", "")
        self.norm_plot.setLogMode(y=True)
        self.norm_plot.setDownsampling(auto=True, mode="peak")
        self.norm_plot.setClipToView(True)
        self.before_curve = self.norm_plot.plot(pen=c.pen(c.ORANGE, 1.5))
        self.after_curve = self.norm_plot.plot(pen=c.pen(c.BLUE, 1.5, dash=True))
        self.clip_line = pg.InfiniteLine(angle=0, movable=False,
                                         pen=c.pen(c.VERMILLION, 1, dash=True),
                                         label="",
                                         labelOpts={"position": 0.02, "color": c.VERMILLION,
                                                    "anchors": [(0, 1), (0, 1)],
                                                    # readable where it crosses the curves
                                                    "fill": (255, 255, 255, 215)})
        self._clip = 1.0
        self.norm_plot.addItem(self.clip_line, ignoreBounds=True)
        # pyqtgraph pins a line's label inside the view even when the line is outside it
        self.norm_plot.vb.sigYRangeChanged.connect(self._place_clip_label)
        for p in (self.profile_plot, self.heat_plot, self.norm_plot):
            p.getAxis("left").setWidth(62)
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 2)
        self.canvas.ci.layout.setColumnStretchFactor(0, 2)
        self.canvas.ci.layout.setColumnStretchFactor(1, 3)

        self.heat_hover = c.HoverReadout(self.heat_plot, self.heat_image, self._describe_heat)
        self.diverged_at: int | None = None
        self.profile_step: int | None = None  # the update the profile shows
        self.diverge_lines = []
        for plot in (self.heat_plot, self.norm_plot):
            line = pg.InfiniteLine(angle=90, movable=False, pen=c.pen(c.VERMILLION, 1.5, dash=True),
                                   label="", labelOpts={"position": 0.85, "color": c.VERMILLION,
                                                        "anchors": [(1, 0.5), (1, 0.5)]})
            line.hide()
            plot.addItem(line)
            self.diverge_lines.append(line)
        self._profile_key = ""
        self._layers, self._gated = 1, False
        self.h_curves: list[pg.PlotDataItem] = []
        self.c_curves: list[pg.PlotDataItem] = []

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.canvas, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.choice.setToolTip(self.tr("Which gradient the heat map shows."))
        self.hint.setText(self.tr(HINT))
        c.set_axis_label(self.profile_plot, "bottom", self.tr("time step t"))
        c.set_axis_label(self.profile_plot, "left", self.tr("‖∂L/∂h_t‖ (log scale)"),
                         "‖∂L/∂h_t‖")
        c.set_axis_label(self.heat_plot, "bottom", self.tr("update"))
        c.set_axis_label(self.heat_plot, "left", self.tr("time step t"))
        spans = (f"<span style='color:{c.ORANGE}'>", "</span>", f"<span style='color:{c.BLUE}'>")
        c.set_axis_label(self.norm_plot, "bottom", self.tr("update"))
        c.set_title(self.norm_plot,
                    self.tr("Global gradient norm per update: {0}━ before{1} and {2}╌ after "
                            "clipping{1}").format(*spans),
                    self.tr("‖g‖: {0}━ before{1}, {2}╌ after{1} clipping").format(*spans))
        c.set_axis_label(self.norm_plot, "left", self.tr("‖g‖ (log scale)"), "‖g‖")
        self._label_clip()
        for i, (key, l) in enumerate(self._quantities):
            name = "‖∂L/∂h_t‖" if key == "h" else "‖∂L/∂c_t‖"
            self.choice.setItemText(i, name + self.tr(", layer {0}").format(l + 1))
        self._profile_key = self._key_text(self._layers, self._gated)
        self._label_heat()
        if self.diverged_at is not None:
            self._mark_divergence(self.diverged_at)
        else:
            self._title_profile()

    # ------------------------------------------------------------------ API
    def _label_clip(self) -> None:
        """The threshold's label with its value: "clip threshold 0.1"."""
        self.clip_line.label.setFormat(self.tr("clip threshold") + f" {self._clip:g}")
        self.clip_line.label.valueChanged()

    def _place_clip_label(self, *_: object) -> None:
        """The threshold's label only where its line is: never pinned to the view's edge
        over the curves, pointing at a line that is off the plot."""
        lo, hi = self.norm_plot.vb.viewRange()[1]
        at = self.clip_line.value()
        label = self.clip_line.label
        label.setVisible(bool(lo <= at <= hi))
        # under the line in the plot's upper half, over it in the lower: never cut off
        below = at > (lo + hi) / 2
        label.anchors = [(0, 0), (0, 0)] if below else [(0, 1), (0, 1)]
        label.updatePosition()

    def reset(self, config: Config) -> None:
        self.heat.clear()
        self.norm_before.clear()
        self.norm_after.clear()
        gated = "c" in registry.info(config.cell).state_names  # a cell state c_t
        self._make_curves(config.layers, gated)
        self._layers, self._gated = config.layers, gated
        self._quantities = [("h", l) for l in range(config.layers)]
        if gated:
            self._quantities += [("c", l) for l in range(config.layers)]
        self.choice.blockSignals(True)
        self.choice.clear()
        for key, l in self._quantities:
            name = "‖∂L/∂h_t‖" if key == "h" else "‖∂L/∂c_t‖"
            self.choice.addItem(name + self.tr(", layer {0}").format(l + 1))
        self.choice.setCurrentIndex(0)
        self.choice.setVisible(len(self._quantities) > 1)
        self.choice.blockSignals(False)
        self._shown = 0
        if config.clip_mode == "norm":
            self.clip_line.setPos(np.log10(config.clip))
            self._clip = config.clip
            self._label_clip()
            self.clip_line.show()
        else:
            self.clip_line.hide()
        self._place_clip_label()
        self.heat_image.setImage(np.full((1, 1), np.nan, dtype=np.float32),
                                 levels=LOG_LEVELS, autoLevels=False)
        self.heat_image.setRect(QtCore.QRectF(0, 0, 1, 1))
        for curve in self.h_curves + self.c_curves:
            curve.setData([], [])
        self.before_curve.setData([], [])
        self.after_curve.setData([], [])
        self._label_heat()
        self.diverged_at = self.profile_step = None
        for line in self.diverge_lines:
            line.hide()
        self._title_profile()
        for p in (self.profile_plot, self.heat_plot, self.norm_plot):
            p.enableAutoRange()
            if isinstance(p.vb, c.SteadyViewBox):
                p.vb.forget_range()  # a new run: fitted afresh

    def update_progress(self, progress: Progress) -> None:
        self._draw_norms(progress)
        self._draw_flows(progress)
        if progress.latest.status == "diverged":
            self._mark_divergence(progress.latest.step + 1)  # the update that overflowed

    def redraw(self, progress: Progress) -> Iterator[None]:
        """In two parts, each painted in its own event-loop turn: the norms over
        updates, then the profile and the heat map."""
        self._draw_norms(progress)
        c.settle(self)
        yield
        self._draw_flows(progress)
        if progress.latest.status == "diverged":
            self._mark_divergence(progress.latest.step + 1)
        c.settle(self)

    def _draw_norms(self, progress: Progress) -> None:
        if len(progress.steps):
            self.norm_before.extend(progress.steps, progress.grad_norms)
            self.norm_after.extend(progress.steps, progress.grad_norms_clipped)
            xb, yb, _, _ = self.norm_before.data()
            xa, ya, _, _ = self.norm_after.data()
            yb, ya = c.log_floor(yb, ya)  # a norm of 0 at the log axis's floor
            self.before_curve.setData(xb, yb)
            self.after_curve.setData(xa, ya)

    def _draw_flows(self, progress: Progress) -> None:
        snap = progress.latest
        flows = progress.flows or ((snap.step, snap.flow),)

        def finite(f) -> bool:  # NaN/inf gradients (a run blowing up) are not drawn
            return bool(f) and "h" in f and all(np.isfinite(v).all() for v in f.values())

        latest = next(((step, f) for step, f in reversed(flows) if finite(f)), None)
        if latest is None:  # the last finite ones stay
            return
        step, flow = latest
        h = np.asarray(flow["h"], dtype=np.float64)
        cflow = np.asarray(flow["c"], dtype=np.float64) if "c" in flow else None
        T = h.shape[1]
        self._draw_profiles(h, cflow)
        self.profile_step = step
        added = False
        for step, f in flows:  # checked only where the heat map takes a column
            if self.heat.wants(step) and finite(f) and f["h"].shape[1] == T:
                added |= self.heat.add(step, self._heat_rows(f))
        if added:
            self._draw_heat()

    def _mark_divergence(self, update: int) -> None:
        """A vertical line at the update where the run diverged, on both plots over
        updates; the profile says which update it shows."""
        self.diverged_at = update
        text = self.tr("diverged at update {0}").format(update)
        for line in self.diverge_lines:
            line.show()
            line.setPos(update)
            # said once, under the heat map: written over the map it was hard to read
            said = text if line is self.diverge_lines[-1] else ""
            line.label.setFormat(said.replace("{", "{{").replace("}", "}}"))
            line.label.valueChanged()  # the label shows its (new) text
        if self.profile_step is not None:
            self._title_profile(self.tr("Update {0}, the last finite one").format(
                self.profile_step), self.tr("Update {0}").format(self.profile_step))

    def history_state(self, until: int | None = None) -> dict[str, Any] | None:
        """The heat map's columns (up to step `until`) to keep with the run."""
        return self.heat.to_state(until)

    def restore_history(self, state: Any) -> bool:
        """Show columns from history_state() (after Open)."""
        if state is None or not self.heat.from_state(state, len(self._quantities)):
            return False
        self._draw_heat()
        return True

    def _heat_rows(self, flow) -> np.ndarray:
        """(quantities, T) norms for one update, in the order of the heat map's choices."""
        h = flow["h"]
        rows = []
        for key, l in self._quantities:
            src = flow.get(key)
            rows.append(src[l] if src is not None and l < src.shape[0]
                        else np.zeros(h.shape[1]))
        return np.stack(rows)

    def export_target(self):
        return self.canvas.scene()

    # -------------------------------------------------------------- drawing
    def _make_curves(self, layers: int, gated: bool) -> None:
        want_c = layers if gated else 0
        if len(self.h_curves) == layers and len(self.c_curves) == want_c:
            return
        for curve in self.h_curves + self.c_curves:
            self.profile_plot.removeItem(curve)
        self.h_curves, self.c_curves = [], []
        for l in range(layers):
            colour = c.SERIES_COLOURS[l % len(c.SERIES_COLOURS)]
            suffix = self.tr(", layer {0}").format(l + 1) if layers > 1 else ""
            self.h_curves.append(self.profile_plot.plot(
                pen=c.pen(colour, 2), symbol="o", symbolSize=4, symbolBrush=colour,
                symbolPen=None, name=f"‖∂L/∂h_t‖{suffix}", connect="finite"))
        self._profile_key = self._key_text(layers, gated)
        self._title_profile()
        for l in range(want_c):
            colour = c.SERIES_COLOURS[l % len(c.SERIES_COLOURS)]
            suffix = self.tr(", layer {0}").format(l + 1) if layers > 1 else ""
            self.c_curves.append(self.profile_plot.plot(
                pen=c.pen(colour, 2, dash=True), name=f"‖∂L/∂c_t‖{suffix}", connect="finite"))

    def _key_text(self, layers: int, gated: bool) -> str:
        """The profile title's key: a colour per layer, the line style per state."""
        key = []
        if layers > 1:
            key.append(" ".join(f"<span style='color:{c.SERIES_COLOURS[l % 6]}'>■ "
                                + self.tr("layer {0}").format(l + 1) + "</span>"
                                for l in range(layers)))
        if gated:
            key.append("━ ‖∂L/∂h_t‖ ╌ ‖∂L/∂c_t‖")
        return "".join(f"<br><span style='font-size:{c.TICK_PT}pt'>{k}</span>" for k in key)

    def _draw_profiles(self, h: np.ndarray, cflow: np.ndarray | None) -> None:
        """One curve per layer (and per cell state); a norm of exactly 0 (steps after the
        last scored output, truncated BPTT) sits at the log axis's floor, the same floor
        for every curve."""
        pairs = [(curve, h[l]) for l, curve in enumerate(self.h_curves) if l < h.shape[0]]
        if cflow is not None:
            pairs += [(curve, cflow[l]) for l, curve in enumerate(self.c_curves)
                      if l < cflow.shape[0]]
        rows = [v for _, v in pairs]
        if not rows or not any((r > 0).any() for r in rows):  # no gradient yet (before
            for curve, _ in pairs:                            # the first update)
                curve.setData([], [])
            return
        t = np.arange(h.shape[1])
        for (curve, _), y in zip(pairs, c.log_floor(*rows), strict=True):
            curve.setData(t, y)

    def _describe_heat(self, column: int, t: int) -> str | None:
        heat = self.heat
        if heat.n == 0 or column >= heat.n or not self._quantities:
            return None
        v = float(heat.image(self._shown)[column, t])
        sym = "‖∂L/∂h_t‖" if self._quantities[self._shown][0] == "h" else "‖∂L/∂c_t‖"
        norm = "0" if v == LOG_LEVELS[0] else c.readout_value(10.0 ** v)  # 0: the floor
        return self.tr("update {0}, time step {1}: {2} = {3}").format(
            int(heat.steps[column]), t, sym, norm)

    def _title_profile(self, text: str | None = None, short: str | None = None) -> None:
        c.set_title(self.profile_plot, (text or self.tr("Latest update")) + self._profile_key,
                    short and short + self._profile_key)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self._quantities):
            self._shown = index
            self._label_heat()
            self._draw_heat()

    def _label_heat(self) -> None:
        key, l = self._quantities[self._shown] if self._quantities else ("h", 0)
        sym = "h" if key == "h" else "c"
        c.label_axis(self.heat_bar.axis, f"log10 ‖∂L/∂{sym}_t‖", "log10")
        layer = self.tr(", layer {0}").format(l + 1) \
            if len({q[1] for q in self._quantities}) > 1 else ""
        c.set_title(self.heat_plot, self.tr("Over training: {0}").format(
            f"‖∂L/∂{sym}_t‖{layer}"))

    def _draw_heat(self) -> None:
        heat = self.heat
        if heat.n == 0:
            return
        img = heat.image(self._shown)
        self.heat_image.setImage(img, levels=LOG_LEVELS, autoLevels=False)
        first, last = float(heat.steps[0]), float(heat.steps[heat.n - 1])
        dx = (last - first) / (heat.n - 1) if heat.n > 1 else 1.0
        dx = max(dx, 1e-9)
        T = img.shape[1]
        self.heat_image.setRect(QtCore.QRectF(first - dx / 2, -0.5, dx * heat.n, T))
