"""Inside the network: what every unit does at every time step of the probe sequence.

A heat map (time step t across, unit up) of one quantity of one layer: the hidden
state h_t and, for gated cells, the cell state c_t and each gate. Colour levels are
fixed per quantity (tanh states in [-1, 1], gates in [0, 1]) so colours mean the same
thing at every update. A thin strip above shows the inputs when there are few of them;
symbol inputs (letters, recall symbols) label the time axis instead.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...engine.cells import registry
from ...engine.config import Config
from ...engine.tasks import registry as task_registry
from ..messages import Progress
from . import common as c
from .prediction import task_symbols

CELL_LEVELS = (-4.0, 4.0)
RELU_LEVELS = (0.0, 4.0)
STRIP_MAX_INPUTS = 4

SYMBOL_GLYPHS = {" ": "␣", "\n": "⏎", "\t": "⇥"}
# what each input unit is, by task (the task's descriptor; translated in "settings")
INPUT_NAMES = {t.name: t.input_names for t in task_registry.tasks() if t.input_names}


def quantity_levels(name: str, cell: str, activation: str) -> tuple[tuple[float, float], str]:
    """Fixed colour levels and colour map of one quantity."""
    if name == "c":
        return CELL_LEVELS, c.SIGNED_MAP
    info = registry.info(cell)
    if name in info.gate_names and name not in info.tanh_gates:  # sigmoid gates
        return (0.0, 1.0), c.GATE_MAP
    if name == "h" and "activation" in info.options:
        if activation == "sigmoid":
            return (0.0, 1.0), c.GATE_MAP
        if activation == "relu":
            return RELU_LEVELS, c.GATE_MAP
    return (-1.0, 1.0), c.SIGNED_MAP  # tanh: h, candidates g and n


def _order(name: str, cell: str) -> tuple[int, str]:
    """States first, then gates, in the order the cell declares them."""
    info = registry.info(cell)
    order = (*info.state_names, *info.gate_names)
    return (order.index(name) if name in order else len(order), name)


def _describe(cell: str, name: str, short: bool = False) -> str | None:
    """A state's or gate's description by its cell (English), None if it has none."""
    info = registry.info(cell)
    if name not in info.describe:
        return None
    return info.short_description(name) if short else info.describe[name]


class InsideView(c.Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell = "elman"
        self.activation = "tanh"
        self.probe: dict | None = None
        self.symbols: list[str] | None = None
        self.input_names: tuple[str, ...] = ()
        self._layers: list[int] = [0]
        self._names: list[str] = ["h"]

        self.config: Config | None = None
        self.layer_box = QtWidgets.QComboBox()
        self.quantity_box = QtWidgets.QComboBox()
        self.layer_label = QtWidgets.QLabel()
        self.show_label = QtWidgets.QLabel()
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.layer_label)
        top.addWidget(self.layer_box)
        top.addWidget(self.show_label)
        top.addWidget(self.quantity_box)
        top.addStretch(1)
        self.hint = c.hint_label("")

        self.canvas = c.layout_widget()
        self.strip_plot: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        c.style_plot(self.strip_plot, "", "")
        self.strip_plot.showGrid(x=False, y=False)
        self.strip_plot.hideAxis("bottom")
        self.strip_plot.setMouseEnabled(x=False, y=False)
        self.strip_plot.hideButtons()
        self.strip_image = pg.ImageItem(axisOrder="col-major")
        self.strip_image.setColorMap(c.colormap(c.GATE_MAP))
        self.strip_plot.addItem(self.strip_image)
        self.strip_plot.invertY(True)

        self.plot: pg.PlotItem = self.canvas.addPlot(
            row=1, col=0, axisItems={"left": c.StepAxis("left"), "bottom": c.StepAxis("bottom")})
        c.style_plot(self.plot, "", "", "")
        self.plot.showGrid(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.bar = c.color_bar(self.image, self.plot, (-1.0, 1.0), c.SIGNED_MAP, "h_t")
        self._sym = "h_t"
        self._input_labels: list[str] = []
        self.hover = c.HoverReadout(self.plot, self.image, self._describe_state)
        self.strip_hover = c.HoverReadout(self.strip_plot, self.strip_image, self._describe_input)
        self.strip_plot.setXLink(self.plot)
        for p in (self.strip_plot, self.plot):
            p.getAxis("left").setWidth(56)
        self.canvas.ci.layout.setRowStretchFactor(0, 1)
        self.canvas.ci.layout.setRowStretchFactor(1, 6)
        # keep the strip's right edge in line with the heat map's (the colour bar sits there)
        self.strip_plot.showAxis("right")
        self.strip_plot.getAxis("right").setStyle(showValues=False)
        self.strip_plot.getAxis("right").setPen(pg.mkPen(None))

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.canvas, 1)
        self._levels: tuple[float, float] = (-1.0, 1.0)
        self.layer_box.currentIndexChanged.connect(self._choose)
        self.quantity_box.currentIndexChanged.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.layer_box.setToolTip(self.tr("Which recurrent layer to look inside (1 = next to "
                                          "the input)."))
        self.quantity_box.setToolTip(self.tr("The hidden state, the cell state or one of the "
                                             "gates."))
        self.layer_label.setText(self.tr("Layer"))
        self.show_label.setText(self.tr("Show"))
        c.set_axis_label(self.plot, "bottom", self.tr("time step t"))
        c.set_axis_label(self.plot, "left", self.tr("unit"))
        if self.config is None:
            c.set_title(self.plot, self.tr("Hidden state h_t"))
            return
        self.input_names = tuple(QtCore.QCoreApplication.translate("settings", n)
                                 for n in INPUT_NAMES.get(self.config.task, ()))
        self._set_choices(self._layers, self._names)
        self._label()
        self._draw()

    # ------------------------------------------------------------------ API
    def reset(self, config: Config) -> None:
        self.config = config
        self.cell = config.cell
        self.activation = config.activation
        self.probe = None
        self.symbols = task_symbols(config)
        self.input_names = tuple(QtCore.QCoreApplication.translate("settings", n)
                                 for n in INPUT_NAMES.get(config.task, ()))
        info = registry.info(config.cell)
        names = [*info.state_names, *info.gate_names]
        self._set_choices(list(range(config.layers)), names)
        self.image.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
        self.strip_image.setImage(np.full((1, 1), np.nan, dtype=np.float32), autoLevels=False)
        self._show_strip(0)
        self.plot.getAxis("bottom").setTicks(None)
        self._label()

    def update_progress(self, progress: Progress) -> None:
        probe = progress.probe
        if probe is None:
            return
        keys = [k for k in probe if k.startswith("l") and "." in k]
        layers = sorted({int(k[1:k.index(".")]) for k in keys if k[1:k.index(".")].isdigit()})
        names = sorted({k[k.index(".") + 1:] for k in keys},
                       key=lambda n: _order(n, self.cell))
        self.probe = probe
        if layers and names and (layers != self._layers or names != self._names):
            self._set_choices(layers, names)
            self._label()
        self._draw()

    def export_target(self):
        return self.canvas.scene()

    # ------------------------------------------------------------ selection
    def _set_choices(self, layers: list[int], names: list[str]) -> None:
        keep_layer = self.layer_box.currentIndex()
        keep_name = self._names[self.quantity_box.currentIndex()] \
            if 0 <= self.quantity_box.currentIndex() < len(self._names) else "h"
        self._layers, self._names = layers, names
        for box in (self.layer_box, self.quantity_box):
            box.blockSignals(True)
            box.clear()
        for l in layers:
            self.layer_box.addItem(self.tr("layer {0}").format(l + 1))
        for n in names:
            text = _describe(self.cell, n, short=True)
            self.quantity_box.addItem(QtCore.QCoreApplication.translate("settings", text)
                                      if text else n)
        self.layer_box.setCurrentIndex(keep_layer if 0 <= keep_layer < len(layers) else 0)
        self.quantity_box.setCurrentIndex(names.index(keep_name) if keep_name in names else 0)
        many = len(layers) > 1
        self.layer_box.setVisible(many)
        self.layer_label.setVisible(many)
        for box in (self.layer_box, self.quantity_box):
            box.blockSignals(False)

    def selected(self) -> tuple[int, str]:
        """(layer index, quantity name) shown."""
        li = max(self.layer_box.currentIndex(), 0)
        qi = max(self.quantity_box.currentIndex(), 0)
        layer = self._layers[min(li, len(self._layers) - 1)]
        return layer, self._names[min(qi, len(self._names) - 1)]

    def select(self, layer: int, name: str) -> None:
        if layer in self._layers:
            self.layer_box.setCurrentIndex(self._layers.index(layer))
        if name in self._names:
            self.quantity_box.setCurrentIndex(self._names.index(name))

    # -------------------------------------------------------------- drawing
    def _choose(self, _index: int) -> None:
        self._label()
        self._draw()

    def _label(self) -> None:
        """Title, colour map, fixed levels and hint of the selected quantity."""
        layer, name = self.selected()
        levels, cmap = quantity_levels(name, self.cell, self.activation)
        english = _describe(self.cell, name)
        sym = english.split(" (")[0].split()[-1] if english else name
        desc = QtCore.QCoreApplication.translate("settings", english) if english else name
        where = self.tr(", layer {0}").format(layer + 1) if len(self._layers) > 1 else ""
        c.set_title(self.plot, f"{desc[0].upper() + desc[1:]}{where}")
        self.bar.setColorMap(c.colormap(cmap))
        self.bar.setLevels(levels)
        c.label_axis(self.bar.axis, sym)
        self._sym = sym
        self.image.setColorMap(c.colormap(cmap))
        lo, hi = levels
        self._levels = levels
        self.hint.setText(self.tr("Probe sequence, one row per unit; colour scale fixed at "
                                  "[{0}, {1}] so colours keep their meaning while training.")
                          .format(f"{lo:g}", f"{hi:g}"))

    def _draw(self) -> None:
        levels = self._levels
        probe = self.probe
        if probe is None:
            return
        layer, name = self.selected()
        key = f"l{layer}.{name}"
        if key not in probe:
            return
        v = np.asarray(probe[key])[:, 0, :].astype(np.float32)  # (T, units)
        T, n = v.shape
        self.image.setImage(v, levels=levels, autoLevels=False)
        self.image.setRect(QtCore.QRectF(-0.5, -0.5, T, n))
        self.plot.setXRange(-0.5, T - 0.5, padding=0)
        self.plot.setYRange(-0.5, n - 0.5, padding=0)
        self._draw_inputs(np.asarray(probe["x"])[:, 0, :] if "x" in probe else None)

    def _describe_state(self, t: int, unit: int) -> str | None:
        v = float(self.image.image[t, unit])
        if self.probe is None or not np.isfinite(v):
            return None
        return self.tr("unit {0}, time step {1}: {2} = {3}").format(
            unit, t, self._sym, c.readout_value(v))

    def _describe_input(self, t: int, row: int) -> str | None:
        v = float(self.strip_image.image[t, row])
        if self.probe is None or not np.isfinite(v) or row >= len(self._input_labels):
            return None
        return self.tr("{0}, time step {1}: {2}").format(self._input_labels[row], t,
                                                         c.readout_value(v))

    def _show_strip(self, rows: int) -> None:
        """Show the input strip with `rows` rows (0 hides it and gives its room back)."""
        h = 0 if rows == 0 else 14 + 18 * rows
        self.strip_plot.setVisible(rows > 0)
        self.strip_plot.setMinimumHeight(h)
        self.strip_plot.setMaximumHeight(h)

    def _draw_inputs(self, x: np.ndarray | None) -> None:
        if x is None:
            self._show_strip(0)
            return
        T, k = x.shape
        symbols = self.symbols
        if symbols and k in (len(symbols), len(symbols) + 1):
            idx = x.argmax(axis=1)
            names = [SYMBOL_GLYPHS.get(symbols[i], symbols[i]) if i < len(symbols) else "·"
                     for i in idx]
            if len(symbols) < k:
                names = ["·" if x[t, len(symbols):].max() > 0.5 else s
                         for t, s in enumerate(names)]
            step = max(1, int(np.ceil(T / 60)))
            self.plot.getAxis("bottom").setTicks(
                [[(t, names[t]) for t in range(0, T, step)], []])
            c.set_axis_label(self.plot, "bottom", self.tr("input at time step t"))
            self._show_strip(0)
            return
        self.plot.getAxis("bottom").setTicks(None)
        c.set_axis_label(self.plot, "bottom", self.tr("time step t"))
        if k > STRIP_MAX_INPUTS:
            self._show_strip(0)
            return
        self._show_strip(k)
        xf = x.astype(np.float32)
        if xf.min() >= 0.0 and xf.max() <= 1.0:
            levels, cmap = (0.0, 1.0), c.GATE_MAP
        else:
            m = float(max(1.0, np.ceil(np.abs(xf).max())))
            levels, cmap = (-m, m), c.SIGNED_MAP
        self.strip_image.setColorMap(c.colormap(cmap))
        self.strip_image.setImage(xf, levels=levels, autoLevels=False)
        self.strip_image.setRect(QtCore.QRectF(-0.5, -0.5, T, k))
        self.strip_plot.setYRange(-0.5, k - 0.5, padding=0)
        names = self.input_names if len(self.input_names) == k else [f"x{i + 1}" for i in range(k)]
        labels = list(enumerate(names))
        self._input_labels = list(names)
        self.strip_plot.getAxis("left").setTicks([labels])
