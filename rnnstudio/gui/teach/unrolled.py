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
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.model import Network
from ..i18n import Retranslatable
from .unrolled_circuit import CircuitView
from .unrolled_common import (
    GATE_MAP,
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
    sym_limit,
)
from .unrolled_labels import StepLabels, carry_unit, step_labels
from .unrolled_predict import PredictMode
from .unrolled_scene import (
    FADE,
    LARGE_ZOOM,
    MAX_STEPS,
    MAX_UNITS,
    PITCH,
    ColourBar,
    Column,
    Square,
    UnrolledScene,
    affixes,
)
from .unrolled_text import batch_arrays, esc, step_html
from .unrolled_trace import ProbeTrace, copy_network, trace_probe


class UnrolledView(Retranslatable, QtWidgets.QWidget):
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
        self._message: str | None = None  # the empty view's text, if not the usual one

        # toolbar
        self.first_btn = self._button("|◀", lambda: self.set_position(0))
        self.prev_btn = self._button("◀", lambda: self.step(-1))
        self.next_btn = self._button("▶", lambda: self.step(1))
        self.last_btn = self._button("▶|", lambda: self.set_position(self._n_pos() - 1))
        self.fwd_radio = QtWidgets.QRadioButton()
        self.bwd_radio = QtWidgets.QRadioButton()
        self.fwd_radio.setChecked(True)
        self.fwd_radio.toggled.connect(self._mode_toggled)
        self.where = QtWidgets.QLabel("")
        f = self.where.font()
        f.setBold(True)
        self.where.setFont(f)
        self.layer_box = QtWidgets.QSpinBox()
        self.layer_box.setRange(1, 1)
        self.layer_box.valueChanged.connect(lambda v: self.set_layer(v - 1))
        self.unit_box = QtWidgets.QSpinBox()
        self.unit_box.setRange(1, 1)
        self.unit_box.valueChanged.connect(lambda v: self.set_unit(v - 1))
        zoom_out = self.zoom_out_btn = self._button("−", lambda: self.view.zoom_by(1 / 1.25))
        zoom_in = self.zoom_in_btn = self._button("+", lambda: self.view.zoom_by(1.25))
        fit = self.fit_btn = self._button("", self.fit)
        self.large_box = QtWidgets.QCheckBox()
        self.large_box.toggled.connect(self.set_large_fonts)
        self.predict = PredictMode(self)
        self.predict_btn = QtWidgets.QToolButton()
        self.predict_btn.setCheckable(True)
        self.predict_btn.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.predict_btn.toggled.connect(self.set_predict)
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
        bar.addWidget(self.predict_btn)
        bar.addWidget(self.large_box)

        # drawings
        self.scene = QtWidgets.QGraphicsScene(self)
        # items change colour on every step: a spatial index would only cost time
        self.scene.setItemIndexMethod(QtWidgets.QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = ZoomView(self.scene)
        self.view.key_handler = self._key
        self.view.viewport().installEventFilter(self)
        self.drawing = UnrolledScene(self.scene)
        self.circuit = CircuitView()
        self.circuit.key_handler = self._key
        self.circuit.setMinimumWidth(260)
        pics = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        pics.addWidget(self.view)
        pics.addWidget(self.circuit)
        pics.setStretchFactor(0, 3)
        pics.setStretchFactor(1, 2)

        # legend
        self.value_bar = ColourBar(SIGNED_MAP, "−1", "+1", "")
        self.gate_bar = ColourBar(GATE_MAP, "0", "1", "")
        self.grad_bar = ColourBar(GRADIENT_MAP, "", "", "")
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
        lay.addWidget(self.predict.bar)
        lay.addWidget(split, 1)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self._texts()
        self.clear()
        self.set_predict(_stored_predict(), store=False)

    def _texts(self) -> None:
        """The toolbar's and the legend's fixed texts in the interface language."""
        for button, tip in (
                (self.first_btn, self.tr("First step of the forward pass (Home)")),
                (self.prev_btn, self.tr("Previous step (←)")),
                (self.next_btn, self.tr("Next step (→): forward to t = T, then backward "
                                        "through time")),
                (self.last_btn, self.tr("Last step of the backward pass (End)")),
                (self.zoom_out_btn, self.tr("Zoom out (Ctrl+wheel)")),
                (self.zoom_in_btn, self.tr("Zoom in (Ctrl+wheel)")),
                (self.fit_btn, self.tr("Fit the whole sequence"))):
            button.setToolTip(tip)
        self.fit_btn.setText(self.tr("Fit"))
        self.fwd_radio.setText(self.tr("Forward"))
        self.bwd_radio.setText(self.tr("Backward (BPTT)"))
        affixes(self.layer_box, self.tr("layer {0}"))
        self.layer_box.setToolTip(self.tr("The layer whose numbers the panels show"))
        affixes(self.unit_box, self.tr("unit {0}"))
        self.unit_box.setToolTip(self.tr("The hidden unit whose numbers the circuit shows"))
        self.large_box.setText(self.tr("Large"))
        self.large_box.setToolTip(self.tr("Larger drawing and text, for a projector"))
        self.predict_btn.setText(self.tr("Predict first"))
        self.predict_btn.setToolTip(self.tr("Before each step is shown, predict it (an output "
                                            "bit, a gate, a gradient) and keep score"))
        self.value_bar.set_labels(self.value_bar.left, self.value_bar.right,
                                  self.tr("node colour: value"))
        self.gate_bar.set_labels("0", "1", self.tr("output / gate (0 … 1)"))
        self.grad_bar.set_labels(self.tr("10⁻⁴ × max"), self.tr("max"),
                                 self.tr("arrow: gradient flowing back (log)"))

    def retranslate(self) -> None:
        """Every text in the interface language: the drawing's labels are built again,
        the step shown stays."""
        self._texts()
        self.predict.bar.retranslate()
        tr = self.trace
        if tr is None:
            self.clear(self._message)
            return
        carry = self.labels.carry_unit if self.labels is not None else None
        self.labels = step_labels(self.task, tr)
        self.labels.carry_unit = carry
        self.drawing.relabel()
        self._show_loss()
        self._refresh(data=True)

    def _button(self, text: str, slot) -> QtWidgets.QToolButton:
        b = QtWidgets.QToolButton()
        b.setText(text)
        b.clicked.connect(slot)
        b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        return b

    # --------------------------------------------------------------- public
    def clear(self, message: str | None = None) -> None:
        self._message = message
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
        x, y, mask = batch_arrays(probe_batch)
        twin = copy_network(net, weights)
        trace = trace_probe(twin, x, y, mask, index=index)
        self.task = task
        self.trace = trace
        self.labels = step_labels(task, trace)
        if getattr(task, "name", "") == "addition" and self.labels.carry_in is not None:
            self.labels.carry_unit = carry_unit(twin, task)
        self._limits = self._compute_limits(trace)
        n = trace.layers[0].n
        key = self.drawing.key
        self._build_drawing()
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
        self._show_loss()
        self._framed = None
        self.predict.new_trace()
        self._refresh(data=True)

    def _build_drawing(self) -> None:
        trace = self.trace
        n = trace.layers[0].n
        self.drawing.build(min(trace.T, MAX_STEPS), len(trace.layers), min(n, MAX_UNITS),
                           trace.layers[0].dc is not None, n)

    def _show_loss(self) -> None:
        trace = self.trace
        parts = [self.tr("loss of this sequence {0}").format(f"{trace.loss:.4g}")]
        if trace.truncate < trace.T:
            parts.append(self.tr("truncated BPTT: windows of {0} steps").format(trace.truncate))
        if trace.T > MAX_STEPS:
            parts.append(self.tr("showing the first {0} of {1} steps").format(MAX_STEPS,
                                                                              trace.T))
        self.loss_label.setText(" · ".join(parts))

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
        """Move the cursor: +1 is the next step of forward-then-backward (in predict mode
        only once the question of that step is answered)."""
        if delta > 0 and self.predict.intercept(self._pos + delta):
            return
        self.set_position(self._pos + delta)

    def set_predict(self, on: bool, store: bool = True) -> None:
        """Predict-first mode on or off (kept in the settings when `store`)."""
        on = bool(on)
        if self.predict_btn.isChecked() != on:
            self.predict_btn.blockSignals(True)
            self.predict_btn.setChecked(on)
            self.predict_btn.blockSignals(False)
        if on != self.predict.on or not on:
            self.predict.set_on(on)
            self._refresh()
        if store:
            _store_predict(on)

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
        self.predict.bar.set_scale(1.5 if on else 1.0)
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
        if self.predict.key(int(k)):
            return True
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
            state = (reached, show_grad, active, back)
            if self._col_state[ti] != state:
                self._col_state[ti] = state
                self._paint_column(ti, col, reached, show_grad, active, back)
        for ti, col in enumerate(self.drawing.columns):  # predict first: no peeking ahead
            col.y_text.setVisible(not (self.predict.on and not back and ti + 1 > t))
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
            col.x_text.setHtml(f"<b>{esc(lab.x[ti])}</b>")
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
            col.y_text.setHtml(f"<div style='color:{ink}'>{esc(lab.y_pred[ti])}<br>"
                               f"{esc(lab.y_true[ti])}{mark}</div>")
            r = col.y_box.boundingRect()
            place(col.y_text, r.center().x(), r.center().y())

    def _paint_column(self, ti: int, col: Column, reached: bool, show_grad: bool,
                      active: bool, back: bool = False) -> None:
        tr = self.trace
        signed, grad = cmap(SIGNED_MAP), cmap(GRADIENT_MAP)
        gmax = self._limits["flow"]
        step = ti + 1
        opacity = 1.0 if reached else FADE
        col.group.setOpacity(opacity)
        col.out.setOpacity(opacity)
        cut = ti in set(tr.cuts)
        # Backward (BPTT): the gradient arrows point the way it flows, from the loss down
        # and from step t+1 to step t; the input arrow into the first layer carries none.
        col.out.set_backward(back)
        for l, lay in enumerate(col.layers):
            for a in (lay.up if l > 0 else None, lay.h_arrow, lay.c_arrow):
                if a is not None:
                    a.set_backward(back)
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

    def _paint(self, squares: list[Square], vals: np.ndarray, limit: float, cm, quantity: str,
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
            if isinstance(item, Square) and item.quantity:
                QtWidgets.QToolTip.showText(event.globalPos(), self.square_tip(item), self.view)
                return True
        return super().eventFilter(obj, event)

    def square_tip(self, item: Square) -> str:
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


def _stored_predict() -> bool:
    from ..settings import Settings

    return Settings().predict_first()


def _store_predict(on: bool) -> None:
    from ..settings import Settings

    Settings().set_predict_first(on)


__all__ = ["UnrolledView", "step_html", "step_labels"]
