"""The unrolled network: one probe sequence drawn as copies of the cell over time.

Columns t = 1..T show x_t (bottom) → the cell of every layer → ŷ_t (top), with the
recurrent arrows h_{t-1} → h_t (and, for LSTMs, c_{t-1} → c_t along the top of the
boxes: the highway). Hidden vectors are columns of coloured squares (first 16 units).
Arrows are coloured and thickened by the gradient that flows back through them
(log scale relative to the largest in the sequence), so vanishing and exploding
gradients are visible at a glance.

The learner steps with ←/→: forward through t = 1..T (nodes show values, later steps
are faded), then backward through BPTT t = T..1 (nodes show ∂L/∂h_t, ∂L/∂c_t). The
panel below gives the numbers of the equation applied at the cursor step, and the
circuit on the right draws the cell at that step for one unit.

Usage::

    view = UnrolledView()
    view.set_trainer_state(trainer.net, trainer.probe_batch, trainer.task)

The view copies the weights (``net.get_weights()``) and never touches `net` again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.cells import registry
from ...engine.model import Network
from ..i18n import translate
from .unrolled_circuit import CircuitView
from .unrolled_common import (
    GATE_MAP,
    GRAD_INK,
    GRADIENT_MAP,
    MUTED,
    SIGNED_MAP,
    Arrow,
    ZoomView,
    cmap,
    fmt,
    fmt_norm,
    grad_fraction,
    html_label,
    place,
    simple_label,
    sym_limit,
)
from .unrolled_trace import ProbeTrace, copy_network, trace_probe

MAX_UNITS = 16  # squares drawn per hidden vector
MAX_STEPS = 100  # columns drawn (the trace covers all steps)
TABLE_UNITS = 8  # units listed in the equation table
SQ = 11.0  # square size
PITCH = 118.0  # column pitch
BOX_W = 78.0
BASE_PT = 9.0
FADE = 0.22  # opacity of steps the current pass has not reached
LARGE_ZOOM = 1.5


# ---------------------------------------------------------------- task labels
@dataclass
class StepLabels:
    x: list[str]  # what x_t is, short ("a 1  b 0", "e", "A")
    y_pred: list[str]  # the output, short
    y_true: list[str]  # the target, short ("" where not scored)
    correct: list[bool | None]
    out_value: list[float]  # number that colours the output node
    out_signed: bool  # colour the output with the diverging map
    out_limit: float
    carry_in: list[int] | None = None  # addition only
    carry_unit: tuple[int, int, float] | None = None  # (layer, unit, r) best carry tracker


def _symbols(task: Any) -> tuple[list[str] | None, list[str] | None]:
    """Display symbols of one-hot inputs and of output classes, if the task has them."""
    name = getattr(task, "name", "")
    if hasattr(task, "vocab"):
        from ...engine.tasks.charlm import visible

        sym = [visible(c) for c in task.vocab]
        return sym, sym
    if name == "detection":
        from ...engine.tasks.detection import ALPHABET

        return list(ALPHABET), None
    if name == "recall":
        from ...engine.tasks.recall import SYMBOLS

        sym = list(SYMBOLS) + ["·"]
        return sym, sym
    return None, None


def step_labels(task: Any, trace: ProbeTrace) -> StepLabels:
    x, out, y, m = trace.x, trace.outputs, trace.y, trace.mask
    T = trace.T
    sym_in, sym_out = _symbols(task)
    name = getattr(task, "name", "")
    # symbol inputs (possibly with static on the other channels): name the largest channel
    one_hot = bool(x.shape[1] > 1 and (sym_in is not None or (
        np.all((x == 0) | (x == 1)) and np.all(x.sum(axis=1) == 1))))
    if name == "addition" and x.shape[1] == 2:
        xs = [f"a {int(a)}  b {int(b)}" for a, b in x]
    elif one_hot:
        idx = x.argmax(axis=1)
        xs = [sym_in[k] if sym_in and k < len(sym_in) else f"#{k}" for k in idx]
    else:
        xs = ["  ".join(f"{v:.2f}" for v in row[:3]) + (" …" if len(row) > 3 else "")
              for row in x]
    preds, trues, ok, val = [], [], [], []
    signed, limit = False, 1.0
    if trace.head in ("bce", "mse_bits"):
        for t in range(T):
            p = float(out[t, 0])
            preds.append(f"ŷ {p:.2f} → {int(p > 0.5)}")
            scored = m[t] > 0
            trues.append(f"y {int(y[t, 0] > 0.5)}" if scored else "")
            ok.append(bool((p > 0.5) == (y[t, 0] > 0.5)) if scored else None)
            val.append(p)
    elif trace.head == "softmax":
        for t in range(T):
            k = int(np.argmax(out[t]))
            name_k = sym_out[k] if sym_out and k < len(sym_out) else f"#{k}"
            preds.append(f"{name_k!s}  {out[t, k]:.2f}")
            scored = m[t] > 0
            want = int(y[t])
            trues.append(f"y {sym_out[want] if sym_out else want}" if scored else "")
            ok.append(bool(k == want) if scored else None)
            val.append(float(out[t, k]))
    else:
        signed = True
        yy = np.asarray(y, dtype=np.float64).reshape(T, -1)
        limit = sym_limit(np.concatenate([out[:, 0], yy[:, 0]]), 1e-6)
        for t in range(T):
            preds.append(f"ŷ {out[t, 0]:+.2f}")
            trues.append(f"y {yy[t, 0]:+.2f}" if m[t] > 0 else "")
            ok.append(None)
            val.append(float(out[t, 0]))
    labels = StepLabels(xs, preds, trues, ok, val, signed, limit)
    if name == "addition" and x.shape[1] == 2:
        carry, c = [], 0
        for a, b in x:
            carry.append(c)
            c = int(a + b + c >= 2)
        labels.carry_in = carry
    return labels


def carry_unit(net: Network, task: Any) -> tuple[int, int, float] | None:
    """The hidden unit whose h_t follows the carry best on the held-out additions."""
    try:
        held = task.heldout()
        x = held.x[:, :512]
        with np.errstate(all="ignore"):
            inside = net.internals(x)
        a, b = x[..., 0], x[..., 1]
        carry = np.zeros_like(a)
        c = np.zeros(a.shape[1])
        for t in range(a.shape[0]):
            c = (a[t] + b[t] + c >= 2).astype(np.float64)
            carry[t] = c  # carry out of step t: what h_t must hold
        best = None
        cz = carry.ravel() - carry.mean()
        if not np.any(cz):
            return None
        for l in range(len(net.cells)):
            h = np.asarray(inside[f"l{l}.h"], dtype=np.float64).reshape(-1, net.n_h)
            hz = h - h.mean(axis=0)
            den = np.sqrt((hz ** 2).sum(axis=0) * (cz ** 2).sum())
            with np.errstate(all="ignore"):
                r = (hz * cz[:, None]).sum(axis=0) / np.where(den > 0, den, np.inf)
            j = int(np.nanargmax(np.abs(r)))
            if best is None or abs(r[j]) > abs(best[2]):
                best = (l, j, float(r[j]))
        return best
    except Exception:  # a teaching extra: never let it break the view
        return None


# ------------------------------------------------------------------- scene
class _Square(QtWidgets.QGraphicsRectItem):
    """One hidden unit at one step; remembers the number it shows."""

    value: float = 0.0
    quantity: str = ""
    step: int = 0
    unit: int = 0


@dataclass
class _Layer:
    box: QtWidgets.QGraphicsPathItem
    h: list[_Square]
    c: list[_Square] | None
    h_arrow: Arrow | None  # h_{t-1} -> h_t (None at t = 1)
    c_arrow: Arrow | None
    up: Arrow  # into this layer from below
    cut: QtWidgets.QGraphicsTextItem | None


@dataclass
class _Column:
    group: QtWidgets.QGraphicsItemGroup
    x_box: QtWidgets.QGraphicsPathItem
    x_text: QtWidgets.QGraphicsTextItem
    y_box: QtWidgets.QGraphicsPathItem
    y_text: QtWidgets.QGraphicsTextItem
    out: Arrow
    layers: list[_Layer]


class _Unrolled:
    """The items of the unrolled drawing, built once per shape and recoloured in place."""

    def __init__(self, scene: QtWidgets.QGraphicsScene):
        self.scene = scene
        self.key: tuple | None = None
        self.columns: list[_Column] = []
        self.band: QtWidgets.QGraphicsRectItem | None = None
        self.note: QtWidgets.QGraphicsTextItem | None = None

    def build(self, T: int, layers: int, n_show: int, has_c: bool, n_total: int) -> None:
        key = (T, layers, n_show, has_c, n_total)
        if key == self.key:
            return
        self.scene.clear()
        self.key = key
        self.columns = []
        col_h = n_show * SQ
        box_h = col_h + 30
        top = 0.0
        y_box_h = 44.0
        gap = 40.0
        layer_top = [top + y_box_h + gap + (layers - 1 - l) * (box_h + gap) for l in range(layers)]
        x_top = layer_top[0] + box_h + gap
        x_box_h = 30.0
        self.height = x_top + x_box_h + 30
        self.band = self.scene.addRect(QtCore.QRectF(0, -8, PITCH - 8, self.height + 10),
                                       QtGui.QPen(QtCore.Qt.PenStyle.NoPen),
                                       QtGui.QBrush(QtGui.QColor(240, 228, 66, 70)))
        self.band.setZValue(-10)
        grey = QtGui.QPen(QtGui.QColor("#555555"), 1.2)
        self.layer_top, self.box_h = layer_top, box_h
        for t in range(T):
            cx = t * PITCH + PITCH / 2
            group = QtWidgets.QGraphicsItemGroup()
            self.scene.addItem(group)
            # output node
            y_box = _rounded(QtCore.QRectF(cx - 50, top, 100, y_box_h), 8)
            y_box.setPen(grey)
            group.addToGroup(y_box)
            y_text = html_label("", BASE_PT)
            self.scene.addItem(y_text)
            group.addToGroup(y_text)
            # input node
            x_box = _rounded(QtCore.QRectF(cx - 45, x_top, 90, x_box_h), 8)
            x_box.setPen(grey)
            x_box.setBrush(QtGui.QColor("#F4F4F4"))
            group.addToGroup(x_box)
            x_text = html_label("", BASE_PT + 1)
            self.scene.addItem(x_text)
            group.addToGroup(x_text)
            t_lab = simple_label(f"t = {t + 1}", BASE_PT, MUTED)
            self.scene.addItem(t_lab)
            place(t_lab, cx, x_top + x_box_h + 4, "n")
            group.addToGroup(t_lab)
            lays = []
            below = QtCore.QPointF(cx, x_top)
            for l in range(layers):
                y0 = layer_top[l]
                box = _rounded(QtCore.QRectF(cx - BOX_W / 2, y0, BOX_W, box_h), 9)
                box.setPen(QtGui.QPen(QtGui.QColor("#333333"), 1.5))
                box.setBrush(QtGui.QColor("#FAFAFA"))
                group.addToGroup(box)
                cols = [("h", cx + (8 if has_c else 0))]
                if has_c:
                    cols.insert(0, ("c", cx - 14))
                sq: dict[str, list[_Square]] = {}
                for name, x0 in cols:
                    lab = simple_label(name, BASE_PT, MUTED, italic=True)
                    self.scene.addItem(lab)
                    place(lab, x0 + SQ / 2, y0 + 3, "n")
                    group.addToGroup(lab)
                    items = []
                    for j in range(n_show):
                        s = _Square(QtCore.QRectF(x0, y0 + 22 + j * SQ, SQ, SQ))
                        s.unit = j
                        s.setPen(QtGui.QPen(QtGui.QColor("#888888"), 0.5))
                        group.addToGroup(s)
                        items.append(s)
                    sq[name] = items
                if n_total > n_show:
                    more = simple_label(f"+{n_total - n_show}", BASE_PT - 1, MUTED)
                    self.scene.addItem(more)
                    place(more, cx + BOX_W / 2 - 3, y0 + box_h - 2, "se")
                    group.addToGroup(more)
                up_end = QtCore.QPointF(cx, y0 + box_h)
                up = Arrow(below, up_end)
                self.scene.addItem(up)
                below = QtCore.QPointF(cx, y0)
                h_arrow = c_arrow = None
                ym = y0 + 22 + col_h / 2
                if t > 0:
                    h_arrow = Arrow(QtCore.QPointF(cx - PITCH + BOX_W / 2, ym + 10),
                                    QtCore.QPointF(cx - BOX_W / 2, ym + 10))
                    self.scene.addItem(h_arrow)
                    if has_c:
                        c_arrow = Arrow(QtCore.QPointF(cx - PITCH + BOX_W / 2, y0 + 10),
                                        QtCore.QPointF(cx - BOX_W / 2, y0 + 10))
                        self.scene.addItem(c_arrow)
                lays.append(_Layer(box, sq["h"], sq.get("c"), h_arrow, c_arrow, up, None))
            out = Arrow(below, QtCore.QPointF(cx, top + y_box_h))
            self.scene.addItem(out)
            self.columns.append(_Column(group, x_box, x_text, y_box, y_text, out, lays))
        # row labels at the left
        lab = html_label(translate("UnrolledView", "output ŷ<sub>t</sub>"), BASE_PT, MUTED)
        self.scene.addItem(lab)
        place(lab, -8, top + y_box_h / 2, "e")
        lab = html_label(translate("UnrolledView", "input x<sub>t</sub>"), BASE_PT, MUTED)
        self.scene.addItem(lab)
        place(lab, -8, x_top + x_box_h / 2, "e")
        for l in range(layers):
            text = (translate("UnrolledView", "layer {0}<br>h<sub>0</sub> = 0").format(l + 1)
                    if layers > 1 else translate("UnrolledView", "cell<br>h<sub>0</sub> = 0"))
            lab = html_label(text, BASE_PT, MUTED)
            self.scene.addItem(lab)
            place(lab, -8, layer_top[l] + box_h / 2, "e")
        self.note = html_label("", BASE_PT, MUTED)
        self.scene.addItem(self.note)
        place(self.note, 0, self.height + 8, "nw")
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 40))


def _affixes(box: QtWidgets.QSpinBox, template: str) -> None:
    """Prefix and suffix of a spin box from a translated "layer {0}" (the number's place
    differs between languages)."""
    prefix, _, suffix = template.partition("{0}")
    box.setPrefix(prefix)
    box.setSuffix(suffix)


def _rounded(rect: QtCore.QRectF, r: float) -> QtWidgets.QGraphicsPathItem:
    path = QtGui.QPainterPath()
    path.addRoundedRect(rect, r, r)
    return QtWidgets.QGraphicsPathItem(path)


# --------------------------------------------------------------- colour bar
class ColourBar(QtWidgets.QWidget):
    """A small horizontal colour bar with end labels."""

    def __init__(self, name: str, left: str, right: str, title: str,
                 parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.name, self.left, self.right, self.title = name, left, right, title
        self.setMinimumSize(240, 34)

    def set_labels(self, left: str, right: str, title: str | None = None) -> None:
        self.left, self.right = left, right
        if title is not None:
            self.title = title
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        w = self.width()
        bar = QtCore.QRectF(4, fm.height() + 2, w - 8, 10)
        p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
        p.drawText(QtCore.QRectF(4, 0, w - 8, fm.height()), QtCore.Qt.AlignmentFlag.AlignLeft,
                   self.title)
        p.fillRect(bar, QtGui.QBrush(cmap(self.name).gradient(bar)))
        p.drawText(QtCore.QRectF(4, bar.bottom() + 1, w / 2, fm.height()),
                   QtCore.Qt.AlignmentFlag.AlignLeft, self.left)
        p.drawText(QtCore.QRectF(w / 2, bar.bottom() + 1, w / 2 - 4, fm.height()),
                   QtCore.Qt.AlignmentFlag.AlignRight, self.right)
        p.end()

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802
        fm = self.fontMetrics()
        return QtCore.QSize(200, 2 * fm.height() + 16)


# -------------------------------------------------------------------- view
class UnrolledView(QtWidgets.QWidget):
    """The network unrolled over one probe sequence, stepped forward then backward.

    API: ``set_trainer_state(net, probe_batch, task, index=0)``, ``clear(message)``,
    ``set_cursor(mode, t)``, ``step(delta)``, ``cursor()``, ``set_large_fonts(on)``,
    ``set_unit(k)``, ``set_layer(l)``; signal ``cursor_changed(mode, t)``."""

    cursor_changed = QtCore.Signal(str, int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.trace: ProbeTrace | None = None
        self.labels: StepLabels | None = None
        self.task: Any = None
        self._pos = 0  # 0..2T-1 along forward then backward
        self._layer = 0
        self._unit = 0
        self._large = False
        self._limits: dict[str, float] = {}
        self._zoom_pending = False
        self._col_state: list[tuple | None] = []
        self._framed: tuple[int, int] | None = None

        # toolbar
        self.first_btn = self._button("|◀", self.tr("First step of the forward pass (Home)"),
                                      lambda: self.set_position(0))
        self.prev_btn = self._button("◀", self.tr("Previous step (←)"), lambda: self.step(-1))
        self.next_btn = self._button("▶", self.tr("Next step (→): forward to t = T, then "
                                                  "backward through time"),
                                     lambda: self.step(1))
        self.last_btn = self._button("▶|", self.tr("Last step of the backward pass (End)"),
                                     lambda: self.set_position(self._n_pos() - 1))
        self.fwd_radio = QtWidgets.QRadioButton(self.tr("Forward"))
        self.bwd_radio = QtWidgets.QRadioButton(self.tr("Backward (BPTT)"))
        self.fwd_radio.setChecked(True)
        self.fwd_radio.toggled.connect(self._mode_toggled)
        self.where = QtWidgets.QLabel("")
        f = self.where.font()
        f.setBold(True)
        self.where.setFont(f)
        self.layer_box = QtWidgets.QSpinBox()
        _affixes(self.layer_box, self.tr("layer {0}"))
        self.layer_box.setRange(1, 1)
        self.layer_box.setToolTip(self.tr("The layer whose numbers the panels show"))
        self.layer_box.valueChanged.connect(lambda v: self.set_layer(v - 1))
        self.unit_box = QtWidgets.QSpinBox()
        _affixes(self.unit_box, self.tr("unit {0}"))
        self.unit_box.setRange(1, 1)
        self.unit_box.setToolTip(self.tr("The hidden unit whose numbers the circuit shows"))
        self.unit_box.valueChanged.connect(lambda v: self.set_unit(v - 1))
        zoom_out = self._button("−", self.tr("Zoom out (Ctrl+wheel)"),
                                lambda: self.view.zoom_by(1 / 1.25))
        zoom_in = self._button("+", self.tr("Zoom in (Ctrl+wheel)"),
                               lambda: self.view.zoom_by(1.25))
        fit = self._button(self.tr("Fit"), self.tr("Fit the whole sequence"), self.fit)
        self.large_box = QtWidgets.QCheckBox(self.tr("Large"))
        self.large_box.setToolTip(self.tr("Larger drawing and text, for a projector"))
        self.large_box.toggled.connect(self.set_large_fonts)
        bar = QtWidgets.QHBoxLayout()
        for w in (self.first_btn, self.prev_btn, self.next_btn, self.last_btn):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.fwd_radio)
        bar.addWidget(self.bwd_radio)
        bar.addSpacing(8)
        bar.addWidget(self.where, 1)
        bar.addWidget(self.layer_box)
        bar.addWidget(self.unit_box)
        bar.addWidget(zoom_out)
        bar.addWidget(zoom_in)
        bar.addWidget(fit)
        bar.addWidget(self.large_box)

        # drawings
        self.scene = QtWidgets.QGraphicsScene(self)
        # items change colour on every step: a spatial index would only cost time
        self.scene.setItemIndexMethod(QtWidgets.QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = ZoomView(self.scene)
        self.view.key_handler = self._key
        self.view.viewport().installEventFilter(self)
        self.drawing = _Unrolled(self.scene)
        self.circuit = CircuitView()
        self.circuit.key_handler = self._key
        self.circuit.setMinimumWidth(260)
        pics = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        pics.addWidget(self.view)
        pics.addWidget(self.circuit)
        pics.setStretchFactor(0, 3)
        pics.setStretchFactor(1, 2)

        # legend
        self.value_bar = ColourBar(SIGNED_MAP, "−1", "+1", self.tr("node colour: value"))
        self.gate_bar = ColourBar(GATE_MAP, "0", "1", self.tr("output / gate (0 … 1)"))
        self.grad_bar = ColourBar(GRADIENT_MAP, self.tr("10⁻⁴ × max"), self.tr("max"),
                                  self.tr("arrow: gradient flowing back (log)"))
        self.loss_label = QtWidgets.QLabel("")
        self.loss_label.setWordWrap(True)
        legend = QtWidgets.QHBoxLayout()
        for w in (self.value_bar, self.gate_bar, self.grad_bar):
            legend.addWidget(w)
        legend.addWidget(self.loss_label, 1)

        # equation text
        self.text = QtWidgets.QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(120)

        top = QtWidgets.QWidget()
        tl = QtWidgets.QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(pics, 1)
        tl.addLayout(legend)
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 300])
        pics.setSizes([700, 420])
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.clear()

    def _button(self, text: str, tip: str, slot) -> QtWidgets.QToolButton:
        b = QtWidgets.QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        return b

    # --------------------------------------------------------------- public
    def clear(self, message: str | None = None) -> None:
        if message is None:
            message = self.tr("Train a model, then its probe sequence appears here unrolled "
                              "in time.")
        self.trace = None
        self.labels = None
        self.drawing.key = None
        self.scene.clear()
        item = html_label(message, 12, MUTED)
        self.scene.addItem(item)
        self.scene.setSceneRect(item.boundingRect())
        self.circuit.show_message("")
        self.text.setHtml(f"<p style='color:#777'>{message}</p>")
        self.where.setText("")
        self.loss_label.setText("")
        for w in (self.first_btn, self.prev_btn, self.next_btn, self.last_btn):
            w.setEnabled(False)

    def set_trainer_state(self, net: Network, probe_batch: Any, task: Any = None,
                          index: int = 0, weights: dict[str, np.ndarray] | None = None) -> None:
        """Trace sequence `index` of `probe_batch` (a Batch or a dict with x, y, mask)
        through a private copy of `net` (or of `weights`, a net.get_weights() copy)."""
        x, y, mask = _batch_arrays(probe_batch)
        twin = copy_network(net, weights)
        trace = trace_probe(twin, x, y, mask, index=index)
        self.task = task
        self.trace = trace
        self.labels = step_labels(task, trace)
        if getattr(task, "name", "") == "addition" and self.labels.carry_in is not None:
            self.labels.carry_unit = carry_unit(twin, task)
        self._limits = self._compute_limits(trace)
        T = min(trace.T, MAX_STEPS)
        n = trace.layers[0].n
        has_c = trace.layers[0].dc is not None
        key = self.drawing.key
        self.drawing.build(T, len(trace.layers), min(n, MAX_UNITS), has_c, n)
        if key != self.drawing.key:
            if self.isVisible():
                QtCore.QTimer.singleShot(0, self.auto_zoom)
            else:
                self._zoom_pending = True
        self.layer_box.blockSignals(True)
        self.layer_box.setRange(1, len(trace.layers))
        self.layer_box.setVisible(len(trace.layers) > 1)
        self.layer_box.blockSignals(False)
        self._layer = min(self._layer, len(trace.layers) - 1)
        self.unit_box.blockSignals(True)
        self.unit_box.setRange(1, n)
        self.unit_box.blockSignals(False)
        if self.labels.carry_unit is not None and self._unit == 0:
            self._unit = self.labels.carry_unit[1]
        self._unit = min(self._unit, n - 1)
        self.unit_box.blockSignals(True)
        self.unit_box.setValue(self._unit + 1)
        self.unit_box.blockSignals(False)
        for w in (self.first_btn, self.prev_btn, self.next_btn, self.last_btn):
            w.setEnabled(True)
        self._pos = min(self._pos, self._n_pos() - 1)
        parts = [self.tr("loss of this sequence {0}").format(f"{trace.loss:.4g}")]
        if trace.truncate < trace.T:
            parts.append(self.tr("truncated BPTT: windows of {0} steps").format(trace.truncate))
        if trace.T > MAX_STEPS:
            parts.append(self.tr("showing the first {0} of {1} steps").format(MAX_STEPS,
                                                                              trace.T))
        self.loss_label.setText(" · ".join(parts))
        self._framed = None
        self._refresh(data=True)

    def cursor(self) -> tuple[str, int]:
        """("forward" | "backward", t) with t from 1 to T."""
        T = self._T()
        if self._pos < T:
            return "forward", self._pos + 1
        return "backward", 2 * T - self._pos

    def set_cursor(self, mode: str, t: int) -> None:
        T = self._T()
        t = min(max(int(t), 1), max(T, 1))
        self.set_position(t - 1 if mode == "forward" else 2 * T - t)

    def set_position(self, pos: int) -> None:
        pos = min(max(int(pos), 0), max(self._n_pos() - 1, 0))
        if pos != self._pos:
            self._pos = pos
            self._refresh()
        elif self.trace is not None:
            self._refresh()

    def step(self, delta: int) -> None:
        """Move the cursor: +1 is the next step of forward-then-backward."""
        self.set_position(self._pos + delta)

    def set_layer(self, layer: int) -> None:
        if self.trace is None:
            return
        self._layer = min(max(layer, 0), len(self.trace.layers) - 1)
        self._refresh()

    def set_unit(self, unit: int) -> None:
        if self.trace is None:
            return
        self._unit = min(max(unit, 0), self.trace.layers[0].n - 1)
        if self.unit_box.value() != self._unit + 1:
            self.unit_box.blockSignals(True)
            self.unit_box.setValue(self._unit + 1)
            self.unit_box.blockSignals(False)
        self._refresh()

    def set_large_fonts(self, on: bool) -> None:
        """Projector mode: the drawing at 1.5× and larger text (the circuit fills its pane)."""
        self._large = bool(on)
        if self.large_box.isChecked() != self._large:
            self.large_box.setChecked(self._large)
        f = self.text.font()
        f.setPointSizeF(QtGui.QFont().pointSizeF() * (1.5 if on else 1.0))
        self.text.setFont(f)
        self.auto_zoom()

    def auto_zoom(self) -> None:
        """Zoom so the drawing's height fills the view (1.5× that in projector mode)."""
        h = self.scene.sceneRect().height()
        room = self.view.viewport().height() if self.view.isVisible() else 0
        z = min(max(room / h, 0.8), 1.4) if h > 0 and room > 50 else 1.0
        self.view.set_zoom(z * (LARGE_ZOOM if self._large else 1.0))
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.minimum())  # the row labels at the left, unless the cursor is far
        if self.drawing.band is not None and self.trace is not None:
            self.view.ensureVisible(self.drawing.band.sceneBoundingRect(), 40, 10)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._zoom_pending:
            self._zoom_pending = False
            QtCore.QTimer.singleShot(0, self.auto_zoom)

    def fit(self) -> None:
        r = self.scene.sceneRect()
        if r.width() > 0:
            self.view.fitInView(r, QtCore.Qt.AspectRatioMode.KeepAspectRatio)

    def equation_text(self) -> str:
        """The plain text of the numbers panel."""
        return self.text.toPlainText()

    def shown_values(self, layer: int, name: str) -> np.ndarray:
        """The numbers the squares of h or c currently show: (T drawn, units drawn)."""
        out = []
        for col in self.drawing.columns:
            sq = col.layers[layer].h if name == "h" else col.layers[layer].c
            out.append([s.value for s in sq])
        return np.array(out)

    def square(self, layer: int, name: str, t: int, unit: int) -> QtWidgets.QGraphicsRectItem:
        """The square drawn for unit `unit` of h or c at step t (1-based)."""
        lay = self.drawing.columns[t - 1].layers[layer]
        return (lay.h if name == "h" else lay.c)[unit]

    # ------------------------------------------------------------- internals
    def _T(self) -> int:
        return min(self.trace.T, MAX_STEPS) if self.trace is not None else 0

    def _n_pos(self) -> int:
        return 2 * self._T()

    def _key(self, event: QtGui.QKeyEvent) -> bool:
        k = event.key()
        if k == QtCore.Qt.Key.Key_Right:
            self.step(1)
        elif k == QtCore.Qt.Key.Key_Left:
            self.step(-1)
        elif k == QtCore.Qt.Key.Key_Home:
            self.set_position(0)
        elif k == QtCore.Qt.Key.Key_End:
            self.set_position(self._n_pos() - 1)
        else:
            return False
        return True

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        if not self._key(event):
            super().keyPressEvent(event)

    def _mode_toggled(self, forward: bool) -> None:
        if self.trace is None:
            return
        mode, t = self.cursor()
        want = "forward" if forward else "backward"
        if mode != want:
            self.set_cursor(want, t)

    def _compute_limits(self, tr: ProbeTrace) -> dict[str, float]:
        lim: dict[str, float] = {}
        for l, lt in enumerate(tr.layers):
            h = lt.values["h"]
            lim[f"{l}.h"] = 1.0 if lt.activation != "relu" else max(1.0, math.ceil(sym_limit(h)))
            if lt.dc is not None:
                lim[f"{l}.c"] = max(1.0, math.ceil(sym_limit(lt.values["c"])))
                lim[f"{l}.dc"] = sym_limit(lt.dc)
            lim[f"{l}.dh"] = sym_limit(lt.dh)
        # gradient norms flowing through arrows, for one shared log scale
        flows = [np.linalg.norm(lt.dh_next, axis=1) for lt in tr.layers]
        flows += [np.linalg.norm(lt.d_above, axis=1) for lt in tr.layers]
        flows += [np.linalg.norm(lt.dc_next, axis=1) for lt in tr.layers if lt.dc_next is not None]
        allf = np.concatenate(flows)
        fin = allf[np.isfinite(allf)]
        lim["flow"] = float(fin.max()) if fin.size and fin.max() > 0 else 1.0
        return lim

    def _refresh(self, data: bool = False) -> None:
        """Redraw for the cursor. Only columns whose state changed are recoloured;
        `data` (new trace) recolours everything."""
        tr, lab = self.trace, self.labels
        if tr is None or lab is None:
            return
        mode, t = self.cursor()
        back = mode == "backward"
        self.fwd_radio.blockSignals(True)
        self.fwd_radio.setChecked(not back)
        self.bwd_radio.setChecked(back)
        self.fwd_radio.blockSignals(False)
        T = self._T()
        self.where.setText((self.tr("Backward (BPTT) · step t = {0} of {1}") if back else
                            self.tr("Forward · step t = {0} of {1}")).format(t, T))
        if data or len(self._col_state) != T:
            self._col_state = [None] * T
            self._paint_io()
        for ti, col in enumerate(self.drawing.columns):
            step = ti + 1
            reached = step <= t if not back else step >= t
            show_grad = back and step >= t
            active = show_grad or not back
            state = (reached, show_grad, active)
            if self._col_state[ti] != state:
                self._col_state[ti] = state
                self._paint_column(ti, col, reached, show_grad, active)
        # the box of the selected layer at the cursor step gets a thick frame
        if self._framed is not None:
            old_t, old_l = self._framed
            if old_t < len(self.drawing.columns) and old_l < len(self.drawing.columns[0].layers):
                self.drawing.columns[old_t].layers[old_l].box.setPen(
                    QtGui.QPen(QtGui.QColor("#333333"), 1.5))
        self._framed = (t - 1, self._layer)
        self.drawing.columns[t - 1].layers[self._layer].box.setPen(
            QtGui.QPen(QtGui.QColor("#222222"), 3.0))
        band = self.drawing.band
        if band is not None:
            band.setPos((t - 1) * PITCH + 4, 0)
            self.view.ensureVisible(band.sceneBoundingRect(), 40, 10)
        lim = self._limits
        l = self._layer
        if back:
            g = fmt_norm(lim[f"{l}.dh"])
            self.value_bar.set_labels(f"−{g}", f"+{g}", self.tr("node colour: gradient ∂L/∂h"))
        else:
            title = (self.tr("node colour: value h (c: ±{0})").format(f"{lim[f'{l}.c']:g}")
                     if f"{l}.c" in lim else self.tr("node colour: value h"))
            self.value_bar.set_labels(f"−{lim[f'{l}.h']:g}", f"+{lim[f'{l}.h']:g}", title)
        self.grad_bar.set_labels(self.tr("10⁻⁴ × max"),
                                 self.tr("max {0}").format(fmt_norm(lim["flow"])))
        self.circuit.show_step(tr, self._layer, t, self._unit, mode)
        self.text.setHtml(step_html(tr, lab, self._layer, t, mode, self._unit))
        self.cursor_changed.emit(mode, t)

    def _paint_io(self) -> None:
        """Input and output nodes: they do not change with the cursor."""
        lab = self.labels
        gate, signed = cmap(GATE_MAP), cmap(SIGNED_MAP)
        for ti, col in enumerate(self.drawing.columns):
            col.x_text.setHtml(f"<b>{_esc(lab.x[ti])}</b>")
            r = col.x_box.boundingRect()
            place(col.x_text, r.center().x(), r.center().y())
            v = lab.out_value[ti]
            fill = (signed(v, -lab.out_limit, lab.out_limit) if lab.out_signed
                    else gate(v, 0.0, 1.0))
            col.y_box.setBrush(fill)
            ok = lab.correct[ti]
            pen_col = "#009E73" if ok else ("#D55E00" if ok is False else "#555555")
            col.y_box.setPen(QtGui.QPen(QtGui.QColor(pen_col), 3.0 if ok is not None else 1.2))
            mark = "" if ok is None else (" ✓" if ok else " ✗")
            ink = "#000" if fill.lightness() > 120 else "#fff"
            col.y_text.setHtml(f"<div style='color:{ink}'>{_esc(lab.y_pred[ti])}<br>"
                               f"{_esc(lab.y_true[ti])}{mark}</div>")
            r = col.y_box.boundingRect()
            place(col.y_text, r.center().x(), r.center().y())

    def _paint_column(self, ti: int, col: _Column, reached: bool, show_grad: bool,
                      active: bool) -> None:
        tr = self.trace
        signed, grad = cmap(SIGNED_MAP), cmap(GRADIENT_MAP)
        gmax = self._limits["flow"]
        step = ti + 1
        opacity = 1.0 if reached else FADE
        col.group.setOpacity(opacity)
        col.out.setOpacity(opacity)
        cut = ti in set(tr.cuts)
        self._style_arrow(col.out, np.linalg.norm(tr.layers[-1].d_above[ti]), gmax, grad,
                          active=active)
        for l, lay in enumerate(col.layers):
            lt = tr.layers[l]
            for a in (lay.up, lay.h_arrow, lay.c_arrow):
                if a is not None:
                    a.setOpacity(opacity)
            vals = lt.dh[ti] if show_grad else lt.values["h"][ti]
            limit = self._limits[f"{l}.dh"] if show_grad else self._limits[f"{l}.h"]
            self._paint(lay.h, vals, limit, signed, "∂L/∂h" if show_grad else "h", step)
            if lay.c is not None:
                vals = lt.dc[ti] if show_grad else lt.values["c"][ti]
                limit = self._limits[f"{l}.dc"] if show_grad else self._limits[f"{l}.c"]
                self._paint(lay.c, vals, limit, signed, "∂L/∂c" if show_grad else "c", step)
            if l > 0:
                below = tr.layers[l - 1]
                self._style_arrow(lay.up, np.linalg.norm(below.d_above[ti]), gmax, grad,
                                  active=active)
            else:
                lay.up.set_style(QtGui.QColor("#777777"), 1.5)
            if lay.h_arrow is not None:
                # the arrow into step t carries ∂L/∂h_{t-1} back from step t
                g = np.linalg.norm(lt.dh_next[ti - 1])
                self._style_arrow(lay.h_arrow, g, gmax, grad, dashed=cut, active=active)
                lay.h_arrow.setToolTip(
                    (self.tr("h<sub>{0}</sub> → h<sub>{1}</sub>: ‖∂L/∂h<sub>{0}</sub> from "
                             "step {1}‖ = {2} (cut: truncated BPTT)") if cut else
                     self.tr("h<sub>{0}</sub> → h<sub>{1}</sub>: ‖∂L/∂h<sub>{0}</sub> from "
                             "step {1}‖ = {2}")).format(step - 1, step, fmt_norm(g)))
            if lay.c_arrow is not None:
                g = np.linalg.norm(lt.dc_next[ti - 1])
                self._style_arrow(lay.c_arrow, g, gmax, grad, dashed=cut, active=active)
                lay.c_arrow.setToolTip(
                    (self.tr("c<sub>{0}</sub> → c<sub>{1}</sub>: ‖∂L/∂c<sub>{0}</sub> from "
                             "step {1}‖ = {2} (cut: truncated BPTT)") if cut else
                     self.tr("c<sub>{0}</sub> → c<sub>{1}</sub>: ‖∂L/∂c<sub>{0}</sub> from "
                             "step {1}‖ = {2}")).format(step - 1, step, fmt_norm(g)))

    def _paint(self, squares: list[_Square], vals: np.ndarray, limit: float, cm, quantity: str,
               step: int) -> None:
        colours = cm.many(vals[:len(squares)], -limit, limit)
        for j, s in enumerate(squares):
            s.value = float(vals[j])
            s.quantity, s.step = quantity, step
            s.setBrush(colours[j])

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """Tooltips of the squares, formatted only when asked for."""
        if event.type() == QtCore.QEvent.Type.ToolTip and obj is self.view.viewport():
            item = self.view.itemAt(event.pos())
            if isinstance(item, _Square) and item.quantity:
                QtWidgets.QToolTip.showText(event.globalPos(), self.square_tip(item), self.view)
                return True
        return super().eventFilter(obj, event)

    def square_tip(self, item: _Square) -> str:
        """The tooltip of a unit's square: which quantity, step and unit, and its value."""
        return self.tr("{0}<sub>{1}</sub>[unit {2}] = {3}").format(
            item.quantity, item.step, item.unit + 1, fmt(item.value))

    def _style_arrow(self, arrow: Arrow, g: float, gmax: float, grad, dashed: bool = False,
                     active: bool = True) -> None:
        if dashed:
            arrow.fraction = 0.0
            arrow.set_style(QtGui.QColor("#AAAAAA"), 1.5, dashed=True)
            return
        u = grad_fraction(float(g), gmax)
        arrow.fraction = u
        if not active:
            arrow.set_style(QtGui.QColor("#BBBBBB"), 1.5)
            return
        arrow.set_style(grad.fraction(u), 1.0 + 6.0 * u)


def _batch_arrays(batch: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if isinstance(batch, dict) or hasattr(batch, "keys"):
        return np.asarray(batch["x"]), np.asarray(batch["y"]), np.asarray(batch["mask"])
    return np.asarray(batch.x), np.asarray(batch.y), np.asarray(batch.mask)


def _esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace(" ", "&nbsp;"))


# ------------------------------------------------------------ numbers panel
def _vec(v: np.ndarray, k: int = 6) -> str:
    parts = [fmt(x, 2) for x in v[:k]]
    return "[" + ", ".join(parts) + (", …" if len(v) > k else "") + "]"


def _table(headers: list[str], rows: list[list[str]], note: str = "") -> str:
    th = "".join(f"<th style='padding:1px 8px; text-align:right'>{h}</th>" for h in headers)
    body = ""
    for r in rows:
        body += "<tr>" + "".join(
            f"<td style='padding:1px 8px; text-align:right; font-family:monospace'>{c}</td>"
            for c in r) + "</tr>"
    extra = f"<p style='color:#777'>{note}</p>" if note else ""
    return f"<table cellspacing='0' style='margin-top:4px'><tr>{th}</tr>{body}</table>{extra}"


def _units(n: int, focus: int) -> tuple[list[int], str]:
    """Units listed in a table: the first TABLE_UNITS, plus the circuit's unit."""
    units = list(range(min(n, TABLE_UNITS)))
    if focus not in units:
        units.append(focus)
    note = (translate("UnrolledView", "{0} of {1} units listed").format(len(units), n)
            if n > len(units) else "")
    return units, note


def _unit_header() -> str:
    return translate("UnrolledView", "unit")


def step_html(tr: ProbeTrace, lab: StepLabels, layer: int, t: int, mode: str,
              unit: int) -> str:
    """The numbers of the equation applied at step t (1-based), as HTML."""
    ti = t - 1
    lt = tr.layers[layer]
    n = lt.n
    units, note = _units(n, unit)
    lay_name = ("" if len(tr.layers) == 1 else
                " · " + translate("UnrolledView", "layer {0}").format(layer + 1))
    out = []
    if mode == "forward":
        title = translate("UnrolledView", "Forward · step t = {0}").format(t)
        out.append(f"<h3 style='margin:0'>{title}{lay_name}</h3>")
        out.append(_task_line(tr, lab, ti, layer))
        out.append(_forward_cell(lt, ti, units) + (f"<p style='color:#777'>{note}</p>"
                                                   if note else ""))
        if layer == len(tr.layers) - 1:
            out.append(_output_line(tr, lab, ti))
    else:
        title = translate("UnrolledView", "Backward (BPTT) · step t = {0}").format(t)
        out.append(f"<h3 style='margin:0; color:{GRAD_INK.name()}'>{title}{lay_name}</h3>")
        out.append(_backward_cell(tr, lt, layer, ti, units))
        if note:
            out.append(f"<p style='color:#777'>{note}</p>")
    return "".join(out)


def _task_line(tr: ProbeTrace, lab: StepLabels, ti: int, layer: int) -> str:
    s = "<p>" + translate("UnrolledView", "Input x<sub>{0}</sub>: <b>{1}</b>").format(
        ti + 1, _esc(lab.x[ti]))
    if lab.carry_in is not None:
        a, b = (int(v) for v in tr.x[ti])
        c = lab.carry_in[ti]
        total = a + b + c
        s += translate(
            "UnrolledView",
            " — column sum a + b + carry = {0} + {1} + {2} = {3}: sum bit <b>{4}</b>, "
            "carry out <b>{5}</b> (what h<sub>{6}</sub> must remember).").format(
            a, b, c, total, total % 2, total // 2, ti + 1)
        cu = lab.carry_unit
        if cu is not None and cu[0] == layer:
            hv = tr.layers[layer].values["h"][ti, cu[1]]
            s += translate(
                "UnrolledView",
                " Unit {0} follows the carry best on held-out sums (r = {1}); "
                "here h = {2}.").format(cu[1] + 1, f"{cu[2]:+.2f}", fmt(hv))
    return s + "</p>"


def _output_line(tr: ProbeTrace, lab: StepLabels, ti: int) -> str:
    z = tr.logits[ti]
    if tr.head in ("bce", "mse_bits"):
        p = tr.outputs[ti, 0]
        s = "<p>" + translate(
            "UnrolledView",
            "Output: a<sup>y</sup><sub>{0}</sub> = h<sub>{0}</sub> W<sub>hy</sub> + "
            "b<sub>y</sub> = {1} → ŷ = σ({2}) = <b>{3}</b> → bit <b>{4}</b>").format(
            ti + 1, fmt(z[0]), fmt(z[0], 2), f"{p:.3f}", int(p > 0.5))
    elif tr.head == "softmax":
        s = "<p>" + translate(
            "UnrolledView",
            "Output: softmax over {0} classes of a<sup>y</sup> = h W<sub>hy</sub> + "
            "b<sub>y</sub> → <b>{1}</b>").format(len(z), _esc(lab.y_pred[ti]))
    else:
        s = "<p>" + translate(
            "UnrolledView", "Output: ŷ = h W<sub>hy</sub> + b<sub>y</sub> = <b>{0}</b>").format(
            fmt(z[0]))
    ok = lab.correct[ti]
    if lab.y_true[ti]:
        s += translate("UnrolledView", "; target {0}").format(_esc(lab.y_true[ti]))
        if ok is not None:
            s += (" <span style='color:#009E73'>" + translate("UnrolledView", "✓ right")
                  + "</span>") if ok else (" <span style='color:#D55E00'>"
                                           + translate("UnrolledView", "✗ wrong") + "</span>")
    else:
        s += translate("UnrolledView", " (not scored at this step)")
    return s + "</p>"


def _forward_cell(lt, ti: int, units: list[int]) -> str:
    v, p, t = lt.values, lt.parts, ti + 1
    unit = _unit_header()
    if lt.cell == "elman":
        act = lt.activation or "tanh"
        head = (f"<p>a<sub>{t}</sub> = x<sub>{t}</sub> W<sub>xh</sub> + h<sub>{t - 1}</sub> "
                f"W<sub>hh</sub> + b<sub>h</sub>, &nbsp; h<sub>{t}</sub> = "
                f"{act}(a<sub>{t}</sub>)</p>")
        rows = [[str(j + 1), fmt(p["xW"][ti, j]), fmt(p["hW"][ti, j]), fmt(p["b_h"][ti, j]),
                 fmt(p["a"][ti, j]), f"<b>{fmt(v['h'][ti, j])}</b>"] for j in units]
        return head + _table([unit, "x W<sub>xh</sub>", "h<sub>t−1</sub> W<sub>hh</sub>",
                              "b<sub>h</sub>", "a<sub>t</sub>", "h<sub>t</sub>"], rows)
    if lt.cell in ("lstm", "peephole"):
        peep = translate("UnrolledView", " (gates also see c through p<sub>i</sub>, "
                                         "p<sub>f</sub>, p<sub>o</sub>)") \
            if lt.cell == "peephole" else ""
        head = (f"<p>c<sub>{t}</sub> = f<sub>{t}</sub> ⊙ c<sub>{t - 1}</sub> + i<sub>{t}</sub> ⊙ "
                f"g<sub>{t}</sub>, &nbsp; h<sub>{t}</sub> = o<sub>{t}</sub> ⊙ tanh(c<sub>{t}</sub>)"
                f"{peep}</p>")
        rows = [[str(j + 1), f"{v['f'][ti, j]:.3f}", fmt(lt.c_prev[ti, j]),
                 f"{v['i'][ti, j]:.3f}", fmt(v["g"][ti, j]), f"<b>{fmt(v['c'][ti, j])}</b>",
                 f"{v['o'][ti, j]:.3f}", f"<b>{fmt(v['h'][ti, j])}</b>"] for j in units]
        return head + _table([unit, "f<sub>t</sub>", "c<sub>t−1</sub>", "i<sub>t</sub>",
                              "g<sub>t</sub>", "c<sub>t</sub>", "o<sub>t</sub>", "h<sub>t</sub>"],
                             rows)
    if lt.cell != "gru":
        return _generic_forward(lt, ti, units)
    head = (f"<p>n<sub>{t}</sub> = tanh(x W<sub>x</sub><sup>n</sup> + b<sub>x</sub><sup>n</sup>"
            f" + r<sub>{t}</sub> ⊙ hn<sub>{t}</sub>), &nbsp; h<sub>{t}</sub> = "
            f"(1 − z<sub>{t}</sub>) ⊙ n<sub>{t}</sub> + z<sub>{t}</sub> ⊙ h<sub>{t - 1}</sub></p>")
    rows = [[str(j + 1), f"{v['r'][ti, j]:.3f}", fmt(p["hn"][ti, j]), fmt(v["n"][ti, j]),
             f"{v['z'][ti, j]:.3f}", fmt(lt.h_prev[ti, j]), f"<b>{fmt(v['h'][ti, j])}</b>"]
            for j in units]
    return head + _table([unit, "r<sub>t</sub>", "hn<sub>t</sub>", "n<sub>t</sub>",
                          "z<sub>t</sub>", "h<sub>t−1</sub>", "h<sub>t</sub>"], rows)


def _backward_cell(tr: ProbeTrace, lt, layer: int, ti: int, units: list[int]) -> str:
    t = ti + 1
    T = tr.T
    top = layer == len(tr.layers) - 1
    unit = _unit_header()
    src = (translate("UnrolledView", "the output at this step (δa<sup>y</sup> "
                                     "W<sub>hy</sub><sup>⊤</sup>)") if top
           else translate("UnrolledView", "the layer above"))
    n_above = np.linalg.norm(lt.d_above[ti])
    n_next = np.linalg.norm(lt.dh_next[ti])
    n_tot = np.linalg.norm(lt.dh[ti])
    cut = t in tr.cuts
    s = "<p>" + (
        translate("UnrolledView", "δh<sub>{0}</sub> = (from {1}) + (from step {2})").format(
            t, src, t + 1) if t < T else
        translate("UnrolledView", "δh<sub>{0}</sub> = (from {1}); nothing comes back from "
                                  "after T").format(t, src))
    s += translate("UnrolledView", ". Norms: {0} from above, {1} from step {2}, total "
                                   "‖δh<sub>{3}</sub>‖ = <b>{4}</b>.").format(
        fmt_norm(n_above), fmt_norm(n_next), t + 1, t, fmt_norm(n_tot))
    if cut:
        s += translate("UnrolledView", " <b>Cut:</b> truncated BPTT stops the gradient at the "
                                       "edge of its {0}-step window, so nothing arrives from "
                                       "step {1}.").format(tr.truncate, t + 1)
    if t < T:
        later = np.linalg.norm(lt.dh[ti + 1])
        if later > 0 and math.isfinite(later):
            s += translate("UnrolledView", " Compared with step {0}: × {1}.").format(
                t + 1, f"{n_tot / later:.3g}")
    s += "</p>"
    if lt.cell == "elman":
        act = lt.activation or "tanh"
        deriv = {"tanh": "1 − h<sub>t</sub>²", "sigmoid": "h<sub>t</sub>(1 − h<sub>t</sub>)",
                 "relu": "[h<sub>t</sub> &gt; 0]"}.get(act, "φ′")
        s += "<p>" + translate(
            "UnrolledView",
            "δa<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ φ′(a<sub>{0}</sub>) with φ′ = {1}; it passes "
            "δa<sub>{0}</sub> W<sub>hh</sub><sup>⊤</sup> back to step {2} and adds "
            "x<sub>{0}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>xh</sub>, "
            "h<sub>{2}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>hh</sub>.").format(
            t, deriv, t - 1) + "</p>"
        rows = [[str(j + 1), fmt(lt.d_above[ti, j]), fmt(lt.dh_next[ti, j]),
                 f"<b>{fmt(lt.dh[ti, j])}</b>", f"{lt.da['phi'][ti, j]:.3f}",
                 f"<b>{fmt(lt.da['a'][ti, j])}</b>"] for j in units]
        return s + _table([unit, translate("UnrolledView", "from above"),
                           translate("UnrolledView", "from t+1"), "δh<sub>t</sub>",
                           "φ′(a<sub>t</sub>)", "δa<sub>t</sub>"], rows)
    if lt.cell in ("lstm", "peephole"):
        v = lt.values
        peep = " + δa<sup>o</sup> ⊙ p<sub>o</sub>" if lt.cell == "peephole" else ""
        s += "<p>" + translate(
            "UnrolledView",
            "δc<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ o<sub>{0}</sub> ⊙ (1 − tanh² c<sub>{0}</sub>)"
            "{1} + (from step {2} along the highway); ‖δc<sub>{0}</sub>‖ = <b>{3}</b>. The "
            "highway passes δc<sub>{0}</sub> ⊙ f<sub>{0}</sub> back to step {4}: only the "
            "forget gate scales it.").format(
            t, peep, t + 1, fmt_norm(np.linalg.norm(lt.dc[ti])), t - 1) + "</p>"
        rows = [[str(j + 1), fmt(lt.dh[ti, j]), fmt(lt.dc_next[ti, j]),
                 f"<b>{fmt(lt.dc[ti, j])}</b>", f"{v['f'][ti, j]:.3f}",
                 fmt(lt.dc[ti, j] * v["f"][ti, j]), fmt(lt.da["i"][ti, j]),
                 fmt(lt.da["f"][ti, j]), fmt(lt.da["g"][ti, j]), fmt(lt.da["o"][ti, j])]
                for j in units]
        return s + _table([unit, "δh<sub>t</sub>", translate("UnrolledView", "δc from t+1"),
                           "δc<sub>t</sub>", "f<sub>t</sub>", "δc⊙f → t−1", "δa<sup>i</sup>",
                           "δa<sup>f</sup>", "δa<sup>g</sup>", "δa<sup>o</sup>"], rows)
    if lt.cell != "gru":
        return s + _generic_backward(lt, ti, units)
    v = lt.values
    s += "<p>" + translate(
        "UnrolledView",
        "Back to step {0} directly through the update gate: δh<sub>{1}</sub> ⊙ "
        "z<sub>{1}</sub>, plus through the gates' weights.").format(t - 1, t) + "</p>"
    rows = [[str(j + 1), fmt(lt.dh[ti, j]), f"{v['z'][ti, j]:.3f}",
             fmt(lt.dh[ti, j] * v["z"][ti, j]), fmt(lt.da["n"][ti, j]), fmt(lt.da["z"][ti, j]),
             fmt(lt.da["r"][ti, j])] for j in units]
    return s + _table([unit, "δh<sub>t</sub>", "z<sub>t</sub>", "δh⊙z → t−1",
                       "δa<sup>n</sup>", "δa<sup>z</sup>", "δa<sup>r</sup>"], rows)


def _generic_forward(lt, ti: int, units: list[int]) -> str:
    """Any registered cell: its step equations (descriptor) and every gate and state."""
    info = registry.info(lt.cell)
    t, v = ti + 1, lt.values
    eq = info.step_html[0]
    head = f"<p>{eq.format(t=t, s=t - 1)}</p>" if eq else ""
    names = [g for g in info.gate_names if g in v] + [s for s in info.state_names if s in v]
    rows = [[str(j + 1), fmt(lt.h_prev[ti, j])]
            + [f"<b>{fmt(v[q][ti, j])}</b>" if q in info.state_names else
               f"{v[q][ti, j]:.3f}" for q in names] for j in units]
    return head + _table([_unit_header(), "h<sub>t−1</sub>"]
                         + [f"{q}<sub>t</sub>" for q in names], rows)


def _generic_backward(lt, ti: int, units: list[int]) -> str:
    """Any registered cell: its backward equations and each gate's δa (reference engine)."""
    info = registry.info(lt.cell)
    t = ti + 1
    eq = info.step_html[1]
    head = f"<p>{eq.format(t=t, s=t - 1)}</p>" if eq else ""
    gates = [g for g in info.gate_names if g in lt.da]
    rows = [[str(j + 1), fmt(lt.d_above[ti, j]), fmt(lt.dh_next[ti, j]),
             f"<b>{fmt(lt.dh[ti, j])}</b>"] + [fmt(lt.da[g][ti, j]) for g in gates]
            for j in units]
    return head + _table([_unit_header(), translate("UnrolledView", "from above"),
                          translate("UnrolledView", "from t+1"), "δh<sub>t</sub>"]
                         + [f"δa<sup>{g}</sup>" for g in gates], rows)


__all__ = ["UnrolledView", "step_html", "step_labels"]
