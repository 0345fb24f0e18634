"""Why gradients vanish: four views of the mechanism, computed by engine/mechanism.py.

* Jacobian and spectrum: ‖∂h_T/∂h_k‖ against k on a log axis for every layer (and
  ‖∂c_T/∂c_k‖ for LSTMs), the Elman bound (σ_max γ)^(T−k), the singular values of the
  recurrent matrix against 1/γ and its eigenvalues with the unit circle; a "Recurrent
  scale" control re-initialises the network to show the regime change at once.
* Contributions: the triangle C[t, k] = ‖∂L_t/∂h_k‖; clicking an output step t shades
  the input strip by ‖∂y_t/∂x_k‖.
* Gate saturation: each unit's fraction of time shut (< 0.1) against open (> 0.9),
  with a fading trail of where the dots were at the last refreshes (they move as the
  run trains).
* The cliff: the loss along the gradient direction, the weights of the last refreshes
  projected onto it, the next step with and without clipping; and the one-unit RNN
  h_t = σ(w h_{t−1} + b) with its bifurcation.

Every number comes from a private copy of the run (a checkpoint taken between two
updates), computed in a background thread; plots are made once and updated in place.
"""

from __future__ import annotations

import collections
import contextlib
import threading
import time
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...engine import mechanism as mech
from ...engine.experiment import Checkpoint
from ..i18n import Retranslatable
from ..plots.common import (
    GREEN,
    GREY,
    ORANGE,
    SERIES_COLOURS,
    VERMILLION,
    LogAxis,
    color_bar,
    hint_label,
    label_axis,
    layout_widget,
    legend,
    pen,
    retitle,
    settle,
    style_plot,
)

TABS = ("jacobian", "contributions", "saturation", "cliff")
KEYS = {"jacobian": "F8", "contributions": "F9", "saturation": "F10", "cliff": "F12"}
REFRESH_MS = 2000  # how often the views follow a running run
IDLE_FACTOR = 9.0  # ...and at least this many times a computation's duration apart, so a
# big model's views take at most a tenth of one core from training
PATH_LEN = 10  # refreshes kept for the cliff's path
TRAIL_LEN = 8  # refreshes kept for the saturation dots' trails
CAPTURE_TAG = "mechanism"
FLOOR = 1e-30  # log axes: zeros drawn at this height
LOG_LEVELS = (-4.0, 0.0)  # contributions: log10 of C / max C
ONE_UNIT_W = np.linspace(0.0, 12.0, 241)
ONE_UNIT_B = -2.5
SLICE_GRID = 15  # points per side of the cliff's 2-D slice
SLICE_LEVELS = (-1.0, 2.0)  # its colours: log10 of loss / loss now, 0.1x to 100x


def _plot(canvas: pg.GraphicsLayoutWidget, **kw: Any) -> pg.PlotItem:
    """A plot whose axes show plain numbers (no "(x0.001)" SI prefix; LogAxis in log mode)."""
    return canvas.addPlot(axisItems={"left": LogAxis("left"), "bottom": LogAxis("bottom")},
                          **kw)


def _log_safe(v: Any) -> np.ndarray:
    a = np.asarray(v, dtype=float)
    return np.clip(np.nan_to_num(a, nan=FLOOR, posinf=1e30), FLOOR, 1e30)


def compute(trainer: Any, which: tuple[str, ...] = TABS, path: list | None = None
            ) -> dict[str, Any]:
    """The engine's numbers for the views in ``which`` (a trainer copy: never the live run)."""
    probe, batch = mech.batches(trainer)
    net, cfg = trainer.net, trainer.config
    out: dict[str, Any] = {"config": cfg, "probe_x": np.asarray(probe.x),
                           "batch_x": np.asarray(batch.x[:, :8])}
    with np.errstate(all="ignore"):
        if "jacobian" in which:
            out["jacobian"] = [mech.jacobian(net, probe.x, l) for l in range(len(net.cells))]
        if "contributions" in which:
            b = batch.take(slice(0, 8))
            out["contributions"] = mech.contributions(net, b.x, b.y, b.mask)
        if "saturation" in which:
            out["saturation"] = mech.saturation(net, probe.x)
        if "cliff" in which:
            mode = cfg.clip_mode if cfg.clip_mode != "none" else "norm"
            out["cliff"] = mech.landscape(net, batch.x, batch.y, batch.mask, path=path or [],
                                          optimizer=trainer.optimizer, clip_mode=mode,
                                          clip_threshold=cfg.clip, grid=SLICE_GRID)
    return out


def contribution_image(C: np.ndarray) -> np.ndarray:
    """log10 of C / max C, floored at the colour scale's bottom, rows t, columns k; NaN
    (drawn blank) above the diagonal (the future cannot change the past) and on rows of
    steps without a loss (e.g. recall scores only its last steps: nothing vanished there)."""
    C = np.asarray(C, dtype=np.float64)
    top = C.max() if C.size and np.isfinite(C).all() and C.max() > 0 else 1.0
    with np.errstate(divide="ignore", invalid="ignore"):
        L = np.log10(np.maximum(np.nan_to_num(C / top), 10.0 ** LOG_LEVELS[0]))
    L[np.triu_indices(L.shape[0], 1)] = np.nan
    L[~(np.abs(np.nan_to_num(C, nan=1.0)) > 0).any(axis=1)] = np.nan
    return L


# ====================================================================== views
class JacobianView(Retranslatable, QtWidgets.QWidget):
    scaleChanged = Signal(float)  # noqa: N815 (Qt signal name)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QtWidgets.QVBoxLayout(self)
        row = QtWidgets.QHBoxLayout()
        self.scale_label = QtWidgets.QLabel()
        row.addWidget(self.scale_label)
        self.scale = QtWidgets.QDoubleSpinBox()
        self.scale.setRange(0.01, 20.0)
        self.scale.setSingleStep(0.1)
        self.scale.setDecimals(2)
        self.scale.setValue(1.0)
        self.slider = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(1, 400)  # scale × 100, up to 4
        self.slider.setValue(100)
        row.addWidget(self.scale)
        row.addWidget(self.slider, 1)
        lay.addLayout(row)
        self.slider.valueChanged.connect(lambda v: self.scale.setValue(v / 100.0))
        self.scale.editingFinished.connect(self._emit_scale)
        self.slider.sliderReleased.connect(self._emit_scale)
        self.headline = hint_label()
        lay.addWidget(self.headline)
        self.canvas = layout_widget()
        lay.addWidget(self.canvas, 1)
        self.p_norm = _plot(self.canvas, row=0, col=0, rowspan=2)
        style_plot(self.p_norm, "", "", "")
        self.p_norm.setLogMode(y=True)
        self.leg = legend(self.p_norm)
        self._legend: list[tuple[Any, str]] = []  # what the legend shows
        self.curves_h = []
        self.curves_c = []
        for l in range(4):
            c = SERIES_COLOURS[l]
            self.curves_h.append(self.p_norm.plot([], [], pen=pen(c), symbol="o", symbolSize=4,
                                                  symbolBrush=c, symbolPen=None))
            self.curves_c.append(self.p_norm.plot([], [], pen=pen(c, dash=True)))
        self.bound = self.p_norm.plot([], [], pen=pen(GREY, 2, dash=True))
        self.p_sv = _plot(self.canvas, row=0, col=1)
        style_plot(self.p_sv, "", "", "")
        self.sv = pg.BarGraphItem(x=[], height=[], width=0.7, brush=SERIES_COLOURS[0])
        self.p_sv.addItem(self.sv)
        self.inv_gamma = pg.InfiniteLine(angle=0, pen=pen(VERMILLION, 2, dash=True))
        self.p_sv.addItem(self.inv_gamma)
        self.p_eig = _plot(self.canvas, row=1, col=1)
        style_plot(self.p_eig, "", "", "")
        self.p_eig.setAspectLocked(True)
        a = np.linspace(0, 2 * np.pi, 200)
        self.p_eig.plot(np.cos(a), np.sin(a), pen=pen(GREY, 1.5))
        self.eig = pg.ScatterPlotItem(size=7, brush=SERIES_COLOURS[0], pen=None)
        self.p_eig.addItem(self.eig)
        self.note = hint_label()
        lay.addWidget(self.note)
        self.result: list[dict] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.scale_label.setText(self.tr("Recurrent scale"))
        self.scale.setToolTip(self.tr("Re-initialises the network with its recurrent weights "
                                      "multiplied by this factor"))
        self.slider.setToolTip(self.scale.toolTip())
        retitle(self.p_norm, self.tr("step k"), self.tr("‖∂h_T/∂h_k‖"),
                self.tr("Product of step Jacobians"))
        retitle(self.p_sv, self.tr("index"), self.tr("σ"), self.tr("Singular values"))
        retitle(self.p_eig, self.tr("real"), self.tr("imaginary"), self.tr("Eigenvalues"))
        if self.result is not None:
            self.show_result(self.result)

    def _emit_scale(self) -> None:
        self.scaleChanged.emit(round(self.scale.value(), 2))

    def set_scale(self, value: float) -> None:
        for w in (self.scale, self.slider):
            w.blockSignals(True)
        self.scale.setValue(value)
        self.slider.setValue(int(round(min(value, 4.0) * 100)))
        for w in (self.scale, self.slider):
            w.blockSignals(False)

    def show_result(self, layers: list[dict]) -> None:
        self.result = layers
        entries: list[tuple[Any, str]] = []  # the legend, rebuilt only when it changes
        for l in range(4):
            on = l < len(layers)
            h, c = self.curves_h[l], self.curves_c[l]
            if not on:
                h.setData([], [])
                c.setData([], [])
                continue
            r = layers[l]
            k = np.arange(1, r["T"] + 1)
            h.setData(k, _log_safe(r["jacobian_norms"]))
            entries.append((h, self.tr("layer {0}: ‖∂h_T/∂h_k‖").format(l + 1)))
            if r["cell_jacobian_norms"] is not None:
                c.setData(k, _log_safe(r["cell_jacobian_norms"]))
                entries.append((c, self.tr("layer {0}: ‖∂c_T/∂c_k‖").format(l + 1)))
            else:
                c.setData([], [])
        r = layers[0]
        k = np.arange(1, r["T"] + 1)
        if r["bound"] is not None:
            lo = float(np.min(_log_safe(r["jacobian_norms"])))
            self.bound.setData(k, np.clip(_log_safe(r["bound"]), lo * 1e-3, 1e12))
            entries.append((self.bound, self.tr("bound (σ_max·γ)^(T−k)")))
        else:
            self.bound.setData([], [])
        if entries != self._legend:  # re-laid out, the canvas would paint a second time
            self.leg.clear()
            for item, text in entries:
                self.leg.addItem(item, text)
            self._legend = entries
        sv = r["singular_values"]
        self.sv.setOpts(x=np.arange(1, len(sv) + 1), height=sv)
        self.inv_gamma.setValue(1.0 / r["gamma"])
        self.eig.setData(r["eigenvalues"].real, r["eigenvalues"].imag)
        prod = r["sigma_max"] * r["gamma"]
        self.headline.setText(self.tr(
            "Layer 1 ({0}): σ_max = {1:.3g}, spectral radius {2:.3g}, γ = {3:g}, "
            "σ_max·γ = {4:.3g}").format(r["matrix"], r["sigma_max"], r["spectral_radius"],
                                        r["gamma"], prod))
        if r["bound"] is None:
            self.note.setText(self.tr(
                "The bound is for Elman cells. Here gates multiply the path by factors "
                "the network learns; the dashed curves are the cell-state highway."))
        elif prod < 1:
            self.note.setText(self.tr(
                "σ_max < 1/γ: every step shrinks the gradient at least by σ_max·γ, so it "
                "must vanish (the grey bound)."))
        else:
            self.note.setText(self.tr(
                "σ_max > 1/γ: exploding gradients are possible, not certain: this is "
                "necessary for explosion, not sufficient."))

    def shown_norms(self, layer: int = 0) -> np.ndarray:
        """‖∂h_T/∂h_k‖ as drawn (the curve holds log10 values on its log axis)."""
        return 10.0 ** np.asarray(self.curves_h[layer].getData()[1])


class ContributionsView(Retranslatable, QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QtWidgets.QVBoxLayout(self)
        self.headline = hint_label()
        lay.addWidget(self.headline)
        self.canvas = layout_widget()
        lay.addWidget(self.canvas, 1)
        self.p_tri = _plot(self.canvas, row=0, col=0)
        style_plot(self.p_tri, "", "", "")
        self.p_tri.invertY(True)
        self.img = pg.ImageItem()
        self.p_tri.addItem(self.img)
        self.bar = color_bar(self.img, self.p_tri, LOG_LEVELS, "inferno", "")
        self.row_line = pg.InfiniteLine(angle=0, pen=pen(GREEN, 2))
        self.p_tri.addItem(self.row_line)
        self.p_in = _plot(self.canvas, row=1, col=0)
        style_plot(self.p_in, "", "", "")
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.strip = pg.ImageItem()
        self.strip.setColorMap(pg.colormap.get("viridis"))
        self.p_in.addItem(self.strip)
        self.p_in.setXLink(self.p_tri)
        self.p_tri.scene().sigMouseClicked.connect(self._clicked)
        self.result: dict | None = None
        self.x: np.ndarray | None = None
        self.row = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(self.tr(
            "Row t: how much the loss at output step t reaches each earlier step k. "
            "Click a row to shade the inputs that output depends on."))
        retitle(self.p_tri, self.tr("earlier step k"), self.tr("output step t"),
                self.tr("Contributions ‖∂L_t/∂h_k‖"))
        label_axis(self.bar.axis, self.tr("log₁₀ of C / max C"))
        retitle(self.p_in, self.tr("input step k"), self.tr("input"),
                self.tr("Inputs shaded by ‖∂y_t/∂x_k‖"))
        self.select_output(self.row)

    def show_result(self, r: dict, x: np.ndarray) -> None:
        self.result, self.x = r, np.asarray(x)
        C = np.asarray(r["contributions"])
        T = C.shape[0]
        self.img.setImage(contribution_image(C).T, levels=LOG_LEVELS)
        self.img.setRect(QtCore.QRectF(0.5, 0.5, T, T))
        self.p_tri.setRange(xRange=(0.5, T + 0.5), yRange=(0.5, T + 0.5), padding=0)
        self.select_output(min(self.row, T) or T)

    def select_output(self, t: int) -> None:
        """Shade the inputs by ‖∂y_t/∂x_k‖ (t counts from 1)."""
        if self.result is None:
            return
        conn = np.asarray(self.result["input_connectivity"])
        T = conn.shape[0]
        t = int(min(max(t, 1), T))
        self.row = t
        self.row_line.setValue(t)
        c = conn[t - 1]
        c = c / c.max() if c.max() > 0 else c
        x = np.abs(self.x[:T, 0, :]) if self.x is not None else np.ones((T, 1))
        x = x / x.max() if x.max() > 0 else x
        shaded = x * c[:, None]  # (T, n_in)
        self.strip.setImage(shaded, levels=(0.0, 1.0))
        self.strip.setRect(QtCore.QRectF(0.5, 0, T, shaded.shape[1]))
        self.p_in.setYRange(0, shaded.shape[1], padding=0)
        set_text = self.tr("Output step {0}: inputs shaded by how much they change it.")
        self.p_in.setTitle(set_text.format(t))

    def _clicked(self, event) -> None:
        vb = self.p_tri.getViewBox()
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        self.select_output(int(round(vb.mapSceneToView(event.scenePos()).y())))

    def shown_contributions(self) -> np.ndarray:
        """C / max C as drawn (log10), rows t, columns k."""
        return self.img.image.T

    def shown_connectivity(self) -> np.ndarray:
        return self.strip.image


class SaturationView(Retranslatable, QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QtWidgets.QVBoxLayout(self)
        self.headline = hint_label()
        lay.addWidget(self.headline)
        self.canvas = layout_widget()
        lay.addWidget(self.canvas, 1)
        self.plot = _plot(self.canvas)
        style_plot(self.plot, "", "", "")
        self.plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0.04)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.plot([0, 1], [1, 0], pen=pen(GREY, 1, dash=True))
        self.leg = legend(self.plot)
        self.dots: dict[str, pg.ScatterPlotItem] = {}
        self.trails: dict[str, pg.ScatterPlotItem] = {}
        self.history: dict[str, collections.deque] = {}  # gate -> earlier (left, right)
        self.result: dict | None = None
        self.shown_once = False  # a result (or None for a gateless cell) has been shown
        self.retranslate()

    def retranslate(self) -> None:
        retitle(self.plot, self.tr("fraction of time shut (gate &lt; 0.1)"),
                self.tr("fraction of time open (gate &gt; 0.9)"), self.tr("Gate saturation"))
        if self.shown_once:
            self.show_result(self.result)

    def clear_trail(self) -> None:
        """A new network: forget where the old one's dots were."""
        self.result = None
        for g in self.history:
            self._forget(g)

    def _forget(self, g: str) -> None:
        self.history[g].clear()
        self.trails[g].setData([], [])

    def _add_gate(self, g: str) -> None:
        self.trails[g] = pg.ScatterPlotItem(size=5, pen=None)
        self.plot.addItem(self.trails[g])
        self.dots[g] = pg.ScatterPlotItem(size=9, brush=self._colour(g), pen=None)
        self.plot.addItem(self.dots[g])
        self.history[g] = collections.deque(maxlen=TRAIL_LEN)

    def _colour(self, g: str) -> QtGui.QColor:
        i = list(self.dots).index(g) if g in self.dots else len(self.dots)
        return QtGui.QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)])

    def _draw_trail(self, g: str) -> None:
        past = list(self.history[g])
        if not past:
            self.trails[g].setData([], [])
            return
        c, brushes = self._colour(g), []
        for age, (left, _) in enumerate(past):  # oldest first, faintest
            c.setAlpha(int(25 + 110 * (age + 1) / len(past)))
            brushes += [pg.mkBrush(c)] * len(left)
        self.trails[g].setData(np.concatenate([left for left, _ in past]),
                               np.concatenate([right for _, right in past]), brush=brushes)

    def _remember(self, g: str, new: dict) -> None:
        """Keep the gate's previous position when the dots moved (a new shape: restart)."""
        old = self.result.get(g) if self.result else None
        if old is None:
            return
        if len(old["left"]) != len(new["left"]):
            self.history[g].clear()
        elif not (np.array_equal(old["left"], new["left"])
                  and np.array_equal(old["right"], new["right"])):
            self.history[g].append((np.asarray(old["left"]), np.asarray(old["right"])))

    def show_result(self, r: dict | None) -> None:
        self.shown_once = True
        if r is None:
            self.result = None
            for g, d in self.dots.items():
                d.setData([], [])
                self._forget(g)
            self.headline.setText(self.tr("This cell has no gates: nothing can saturate."))
            return
        self.headline.setText(self.tr(
            "One dot per unit and gate. Right-hand edge: a gate almost always shut; top "
            "edge: almost always open; near the corner (0, 0): it decides case by case. "
            "The faint dots are where they were at the last refreshes: watch them move as "
            "the network trains."))
        self.leg.clear()
        for g, v in r.items():
            if g not in self.dots:
                self._add_gate(g)
            self._remember(g, v)
            self.dots[g].setData(v["left"], v["right"])
            self._draw_trail(g)
            self.leg.addItem(self.dots[g], self.tr("gate {0}").format(g))
        for g, d in self.dots.items():
            if g not in r:
                d.setData([], [])
                self._forget(g)
        self.result = r

    def trail(self, gate: str) -> list[tuple[np.ndarray, np.ndarray]]:
        """The earlier positions of ``gate``'s dots, oldest first."""
        return list(self.history.get(gate, ()))

    def shown(self, gate: str) -> tuple[np.ndarray, np.ndarray]:
        return self.dots[gate].getData()


class CliffView(Retranslatable, QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QtWidgets.QVBoxLayout(self)
        self.headline = hint_label()
        lay.addWidget(self.headline)
        self.canvas = layout_widget()
        lay.addWidget(self.canvas, 1)
        self.p = _plot(self.canvas, row=0, col=0)
        style_plot(self.p, "", "", "")
        self.leg = legend(self.p)
        self.curve = self.p.plot([], [], pen=pen(SERIES_COLOURS[0]))
        self.path = pg.ScatterPlotItem(size=8, brush=ORANGE, pen=None)
        self.here = pg.ScatterPlotItem(size=11, brush="k", pen=None, symbol="s")
        self.raw = pg.ScatterPlotItem(size=12, brush=VERMILLION, pen=None, symbol="t")
        self.clipped = pg.ScatterPlotItem(size=12, brush=GREEN, pen=None, symbol="d")
        for item in (self.path, self.here, self.raw, self.clipped):
            self.p.addItem(item)
        self.p2 = _plot(self.canvas, row=0, col=1)
        style_plot(self.p2, "", "", "")
        self.slice = pg.ImageItem()
        self.p2.addItem(self.slice)
        self.slice_bar = color_bar(self.slice, self.p2, SLICE_LEVELS, "viridis", "")
        self.path2 = pg.ScatterPlotItem(size=8, brush=ORANGE, pen=pg.mkPen("w"))
        self.here2 = pg.ScatterPlotItem(size=11, brush="k", pen=pg.mkPen("w"), symbol="s")
        self.raw2 = pg.ScatterPlotItem(size=12, brush=VERMILLION, pen=pg.mkPen("w"), symbol="t")
        self.clipped2 = pg.ScatterPlotItem(size=12, brush=GREEN, pen=pg.mkPen("w"), symbol="d")
        for item in (self.path2, self.here2, self.raw2, self.clipped2):
            self.p2.addItem(item)
        self.p1 = _plot(self.canvas, row=1, col=0, colspan=2)
        style_plot(self.p1, "", "")
        self.canvas.ci.layout.setRowStretchFactor(0, 3)
        self.canvas.ci.layout.setRowStretchFactor(1, 2)
        self.bif = self.p1.plot(ONE_UNIT_W, mech.one_unit(ONE_UNIT_W, ONE_UNIT_B),
                                pen=pen(SERIES_COLOURS[0]))
        self.w_line = pg.InfiniteLine(angle=90, pen=pen(VERMILLION, 2), movable=True)
        self.w_line.setValue(5.0)
        self.p1.addItem(self.w_line)
        self.w_line.sigPositionChanged.connect(self._w_moved)
        self.w_dot = pg.ScatterPlotItem(size=10, brush=VERMILLION, pen=None)
        self.p1.addItem(self.w_dot)
        self.w_label = hint_label()
        lay.addWidget(self.w_label)
        self.result: dict | None = None
        self.retranslate()

    def retranslate(self) -> None:
        retitle(self.p, self.tr("α along −∇L / ‖∇L‖"), self.tr("loss"),
                self.tr("Loss along the gradient"))
        self.leg.clear()
        for item, name in ((self.path, self.tr("earlier weights")),
                           (self.here, self.tr("now")),
                           (self.raw, self.tr("next step, not clipped")),
                           (self.clipped, self.tr("next step, clipped"))):
            self.leg.addItem(item, name)
        retitle(self.p2, self.tr("α along −∇L / ‖∇L‖"), self.tr("β along a random direction"),
                self.tr("Loss around the weights (2-D slice)"))
        label_axis(self.slice_bar.axis, self.tr("log₁₀ of loss / loss now"))
        retitle(self.p1, self.tr("w"), self.tr("h_T"))
        self.p1.setTitle(self.tr("One unit: h_t = σ(w·h_{t−1} + b)"), size="9pt")
        self._w_moved()
        if self.result is not None:
            self.show_result(self.result)

    def _w_moved(self) -> None:
        w = float(self.w_line.value())
        h = float(mech.one_unit(np.array([w]), ONE_UNIT_B)[0])
        self.w_dot.setData([w], [h])
        self.w_label.setText(self.tr(
            "Drag the red line: your w = {0:.2f} gives h_T = {1:.3f} (b = {2:g}). Near the "
            "jump a tiny change of w changes h_T completely: that is the cliff.").format(
            w, h, ONE_UNIT_B))

    def show_result(self, r: dict) -> None:
        self.result = r
        self.curve.setData(r["alphas"], r["loss"])
        pts = np.asarray(r["path"], dtype=float).reshape(-1, 2)
        self.path.setData(pts[:, 0], pts[:, 1])
        self.here.setData([0.0], [r["loss0"]])
        steps = r.get("steps", {})
        for item, key in ((self.raw, "unclipped"), (self.clipped, "clipped")):
            a = steps.get(key)
            item.setData([a[0]] if a else [], [a[1]] if a else [])
        self._show_slice(r)
        self.headline.setText(self.tr(
            "‖∇L‖ = {0:.3g}. A steep wall along the gradient is a cliff: the unclipped step "
            "can jump over it or far away; clipping keeps the step short.").format(
            r["grad_norm"]))

    def _show_slice(self, r: dict) -> None:
        """The 2-D slice as an image (columns α, rows β), the path and steps on it."""
        if "grid_loss" not in r:
            self.slice.clear()
            for item in (self.path2, self.here2, self.raw2, self.clipped2):
                item.setData([], [])
            return
        ga, gb = np.asarray(r["grid_alphas"]), np.asarray(r["grid_betas"])
        ref = r["loss0"] if np.isfinite(r["loss0"]) and r["loss0"] > 0 else 1.0
        with np.errstate(all="ignore"):
            rel = np.log10(np.asarray(r["grid_loss"], dtype=float) / ref)
        rel = np.nan_to_num(rel, nan=SLICE_LEVELS[1], posinf=SLICE_LEVELS[1],
                            neginf=SLICE_LEVELS[0])
        self.slice.setImage(rel.T, levels=SLICE_LEVELS)  # ImageItem's first axis is x
        da, db = ga[1] - ga[0], gb[1] - gb[0]
        self.slice.setRect(QtCore.QRectF(ga[0] - da / 2, gb[0] - db / 2, ga[-1] - ga[0] + da,
                                         gb[-1] - gb[0] + db))
        pts = np.asarray(r["grid_path"], dtype=float).reshape(-1, 2)
        self.path2.setData(pts[:, 0], pts[:, 1])
        self.here2.setData([0.0], [0.0])
        steps = r.get("grid_steps", {})
        for item, key in ((self.raw2, "unclipped"), (self.clipped2, "clipped")):
            a = steps.get(key)
            item.setData([a[0]] if a else [], [a[1]] if a else [])

    def shown_curve(self) -> tuple[np.ndarray, np.ndarray]:
        return self.curve.getData()

    def shown_slice(self) -> np.ndarray:
        """The slice's colours as drawn, rows β and columns α."""
        img = self.slice.image
        return np.empty((0, 0)) if img is None else np.asarray(img).T


class MechanismView(Retranslatable, QtWidgets.QTabWidget):
    """The four views as tabs of one dock."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.jacobian = JacobianView()
        self.contributions = ContributionsView()
        self.saturation = SaturationView()
        self.cliff = CliffView()
        self.views = {"jacobian": self.jacobian, "contributions": self.contributions,
                      "saturation": self.saturation, "cliff": self.cliff}
        for v in self.views.values():
            self.addTab(v, "")
        self.retranslate()

    def retranslate(self) -> None:
        for i, name in enumerate(self.views):
            self.setTabText(i, self.title(name))

    def title(self, name: str) -> str:
        return {"jacobian": self.tr("Jacobian and spectrum"),
                "contributions": self.tr("Contributions"),
                "saturation": self.tr("Gate saturation"),
                "cliff": self.tr("The cliff")}[name]

    @property
    def current(self) -> str:
        return TABS[self.currentIndex()]

    def show_results(self, res: dict[str, Any]) -> None:
        if "jacobian" in res:
            self.jacobian.show_result(res["jacobian"])
            self.jacobian.set_scale(res["config"].recurrent_scale)
        if "contributions" in res:
            self.contributions.show_result(res["contributions"], res["batch_x"])
        if "saturation" in res:
            self.saturation.show_result(res["saturation"])
        if "cliff" in res:
            self.cliff.show_result(res["cliff"])
        settle(self)  # ranges now: each canvas paints once


# ============================================================== coordinator
class Mechanism(QObject):
    """The dock, its Learn-menu entries, and following the run with private copies."""

    computed = Signal(int, object)  # job number, results (from the background thread)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.view = MechanismView()
        dock = self.dock = QtWidgets.QDockWidget(window)
        dock.setObjectName("dock_mechanism")
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QScrollArea.Shape.NoFrame)
        scroll.setMinimumSize(240, 180)
        dock.setWidget(scroll)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self._build_menu()
        self._job = 0
        self._duration = 0.0  # seconds the last computation took
        self._finished = 0.0  # when it ended (perf_counter)
        self._closed = False
        self._busy = False
        self._pending: Any = None  # a checkpoint (or trainer copy) waiting for the thread
        self.path: collections.deque = collections.deque(maxlen=PATH_LEN)
        self.computed.connect(self._on_computed, Qt.ConnectionType.QueuedConnection)
        c = window.controller
        c.captured.connect(self._on_captured)
        c.run_reset.connect(self._on_reset)
        # idle states are confirmed with the checkpoint the views compute from
        c.confirmed.connect(lambda s: s != "running" and self.refresh())
        self.view.currentChanged.connect(lambda _i: self.refresh())
        dock.visibilityChanged.connect(lambda shown: shown and self.refresh())
        self.view.jacobian.scaleChanged.connect(self._rescale)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._follow)
        self._timer.start()

    def _build_menu(self) -> None:
        teaching = self.w.teaching
        learn = next((o for o in teaching.actions["lessons"].associatedObjects()
                      if isinstance(o, QtWidgets.QMenu)), None)
        menu = QtWidgets.QMenu(self.w)
        if learn is not None:
            learn.addSeparator()
            learn.addMenu(menu)
        self.actions: dict[str, QtGui.QAction] = {}
        for name in TABS:
            act = QtGui.QAction(self.w)
            act.setShortcut(QtGui.QKeySequence(KEYS[name]))
            act.triggered.connect(lambda _=False, n=name: self.show_view(n))
            self.w.addAction(act)
            menu.addAction(act)
            self.actions[name] = act
        self.menu = menu
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Why gradients vanish"))
        self.menu.setTitle(self.tr("Why gradients vanish"))
        for name, act in self.actions.items():
            act.setText(self.view.title(name))

    def show_view(self, name: str) -> None:
        self.view.setCurrentIndex(TABS.index(name))
        if not self.dock.isVisible():
            self.dock.setFloating(True)
            geo = self.w.geometry()
            self.dock.resize(int(geo.width() * 0.7), int(geo.height() * 0.7))
            self.dock.move(geo.x() + geo.width() // 7, geo.y() + geo.height() // 7)
        self.dock.show()
        self.dock.raise_()
        self.refresh(force=True)

    def _on_screen(self) -> bool:
        """Shown and not behind another tab (a floating dock is its own window)."""
        d = self.dock
        return d.isVisible() and (d.isFloating() or not d.visibleRegion().isEmpty())

    # ------------------------------------------------------------- updates
    def _on_reset(self, config: Any) -> None:
        self.path.clear()
        self.view.saturation.clear_trail()
        self.view.jacobian.set_scale(config.recurrent_scale)
        self.refresh()

    def _rescale(self, value: float) -> None:
        cfg = self.w.config
        if abs(cfg.recurrent_scale - value) > 1e-9:
            self.w.set_config(cfg.replace(recurrent_scale=value))

    def refresh(self, force: bool = False) -> None:
        c = self.w.controller
        if not (force or self._on_screen()):
            return
        if c.state == "running":
            c.request_capture(CAPTURE_TAG)
            return
        if c.checkpoint is not None:  # the weights the worker confirmed its pause with
            self._start(c.checkpoint)

    def _follow(self) -> None:
        rested = time.perf_counter() - self._finished >= IDLE_FACTOR * self._duration
        if (self.w.controller.state == "running" and self._on_screen() and not self._busy
                and rested):
            self.w.controller.request_capture(CAPTURE_TAG)

    def _on_captured(self, tag: str, checkpoint: Any) -> None:
        if tag == CAPTURE_TAG and checkpoint is not None:
            self._start(checkpoint)

    def _start(self, source: Any) -> None:
        """Compute in a background thread from a checkpoint (or a trainer copy); the
        latest wins if one is running. The thread also builds the copy's Trainer: for a
        text task that reads the corpus, ~10 ms the window would otherwise wait."""
        if self._busy:
            self._pending = source
            return
        self._busy = True
        self._job += 1
        which = (self.view.current,)
        job = self._job
        threading.Thread(target=self._run, args=(job, source, which, list(self.path)),
                         daemon=True, name="rnnstudio-mechanism").start()

    def _path_to(self, trainer: Any) -> list[np.ndarray]:
        """Remember the copy's weights; the weights of the copies before it."""
        flat = trainer.net.flat.copy()
        before = self._before(self.path, flat)
        if not self.path or not np.array_equal(self.path[-1], flat):
            self.path.append(flat)
        return before

    @staticmethod
    def _before(path: list, flat: np.ndarray) -> list:
        """The weights of the copies before one with weights `flat`."""
        return list(path)[:-1] if path and np.array_equal(path[-1], flat) else list(path)

    def _run(self, job: int, source: Any, which: tuple[str, ...], path: list) -> None:
        t0 = time.perf_counter()
        try:
            trainer = source.trainer() if isinstance(source, Checkpoint) else source
            flat = trainer.net.flat.copy()
            res = compute(trainer, which, self._before(path, flat))
            res["flat"] = flat
        except Exception as exc:  # noqa: BLE001 (never raised in a thread; the view keeps
            res = {"error": str(exc)}  # its last picture)
        res["seconds"] = time.perf_counter() - t0
        if not self._closed:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self.computed.emit(job, res)

    def compute_now(self, trainer: Any | None = None) -> dict[str, Any]:
        """Compute every view synchronously (for tests and screenshots) and show it."""
        if trainer is None:  # the GUI holds no live network: the worker's last checkpoint
            cp = self.w.controller.checkpoint
            if cp is None:
                raise RuntimeError("no checkpoint of the run yet")
            trainer = cp.trainer()
        tr = trainer
        res = compute(tr, TABS, self._path_to(tr))
        self.view.show_results(res)
        return res

    def _on_computed(self, job: int, res: dict) -> None:
        self._busy = False
        flat = res.pop("flat", None)  # the copy's weights join the path it took
        if flat is not None and (not self.path or not np.array_equal(self.path[-1], flat)):
            self.path.append(flat)
        self._duration, self._finished = res.get("seconds", 0.0), time.perf_counter()
        if "error" not in res:
            self.view.show_results(res)
        if self._pending is not None:
            tr, self._pending = self._pending, None
            self._start(tr)

    def shutdown(self) -> None:
        self._closed = True
        self._timer.stop()


def install(window: Any) -> Mechanism:
    """Add the mechanism views to a MainWindow (after its teaching views)."""
    return Mechanism(window)
