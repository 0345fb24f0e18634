"""The equations panel: forward and BPTT equations of the chosen cell, and a legend.

The equations are SVGs pre-rendered from LaTeX sources by ``resources/equations/render.py``
(a developer tool); this panel only loads them, so the app needs no TeX or matplotlib.
The notation is the engine's and the unrolled view's: x_t W_xh row-vector products,
``a`` for pre-activations, ``δv`` for ∂L/∂v.

The legend's symbols are drawn from the legend SVG (element ``text_1``, ``text_3``, ...,
one per row); the words beside them come from :data:`LEGENDS`, which go through Qt's
translation system, so the symbol table reads in the interface language. The headings
and notes inside the forward/backward SVGs are English; when the interface language has
a translation for one (:data:`PROSE`), the image is drawn element by element and the
translation is painted in that element's place, with its colour and baseline.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine.cells import registry
from ...resources import resource_path
from ..i18n import Retranslatable

# Titles and legend texts are translated at use (context "EquationsView").
CELL_TITLES = {
    "elman": QT_TRANSLATE_NOOP("EquationsView", "Elman network (simple RNN)"),
    "lstm": "LSTM",
    "peephole": QT_TRANSLATE_NOOP("EquationsView", "LSTM with peepholes"),
    "gru": "GRU",
}
# every other registered cell by its descriptor (cells/registry.py)
CELL_TITLES.update({c.name: c.short for c in registry.cells() if c.name not in CELL_TITLES})
LONG_TITLES = {c.name: c.long_title for c in registry.cells()}
PARTS = ("forward", "backward", "legend")

# Headings and notes of the forward/backward SVGs: their LaTeX source (as in
# resources/equations/sources.py) -> the same text as rich text, translated at use.
PROSE = {
    "Forward, for t = 1 … T": QT_TRANSLATE_NOOP("EquationsView", "Forward, for t = 1 … T"),
    "Forward, for t = 1 … T, with $h_0 = 0$": QT_TRANSLATE_NOOP(
        "EquationsView", "Forward, for t = 1 … T, with <i>h</i><sub>0</sub> = 0"),
    "Forward, for t = 1 … T, with $h_0 = c_0 = 0$": QT_TRANSLATE_NOOP(
        "EquationsView",
        "Forward, for t = 1 … T, with <i>h</i><sub>0</sub> = <i>c</i><sub>0</sub> = 0"),
    "Output, at every step": QT_TRANSLATE_NOOP("EquationsView", "Output, at every step"),
    r"Backward through time, for t = T … 1, with $\delta a_{T+1} = 0$": QT_TRANSLATE_NOOP(
        "EquationsView",
        "Backward through time, for t = T … 1, with δ<i>a</i><sub>T+1</sub> = 0"),
    r"Backward through time, for t = T … 1, with $\delta a_{T+1} = \delta c_{T+1} = 0$":
        QT_TRANSLATE_NOOP("EquationsView", "Backward through time, for t = T … 1, with "
                          "δ<i>a</i><sub>T+1</sub> = δ<i>c</i><sub>T+1</sub> = 0"),
    "Backward through time, for t = T … 1, with everything at T+1 = 0": QT_TRANSLATE_NOOP(
        "EquationsView", "Backward through time, for t = T … 1, with everything at T+1 = 0"),
    "Weight gradients: sums over all steps": QT_TRANSLATE_NOOP(
        "EquationsView", "Weight gradients: sums over all steps"),
    "Output layer": QT_TRANSLATE_NOOP("EquationsView", "Output layer"),
    "pre-activation": QT_TRANSLATE_NOOP("EquationsView", "pre-activation"),
    r"$\phi$ = tanh, $\sigma$ or ReLU": QT_TRANSLATE_NOOP("EquationsView",
                                                          "<i>φ</i> = tanh, σ or ReLU"),
    "output pre-activation (logits)": QT_TRANSLATE_NOOP("EquationsView",
                                                        "output pre-activation (logits)"),
    r"$\sigma$ for bits, softmax for classes, identity for values": QT_TRANSLATE_NOOP(
        "EquationsView", "σ for bits, softmax for classes, identity for values"),
    "mean loss over the N scored steps": QT_TRANSLATE_NOOP(
        "EquationsView", "mean loss over the N scored steps"),
    "from the output at t + from step t+1 (dh_next)": QT_TRANSLATE_NOOP(
        "EquationsView", "from the output at t + from step t+1 (dh_next)"),
    "cross-entropy heads (bits, classes)": QT_TRANSLATE_NOOP(
        "EquationsView", "cross-entropy heads (bits, classes)"),
    "Stacked layers: layer l reads h_t of layer l−1 as its x_t, and "
    r"$\delta a^y_t W_{hy}^{\top}$ becomes the gradient from the layer above.":
        QT_TRANSLATE_NOOP("EquationsView", "Stacked layers: layer l reads h_t of layer l−1 "
                          "as its x_t, and δ<i>a</i><sup>y</sup><sub>t</sub> "
                          "<i>W</i><sub>hy</sub><sup>⊤</sup> becomes the gradient from the "
                          "layer above."),
    "argument of tanh in n_t": QT_TRANSLATE_NOOP("EquationsView", "argument of tanh in n_t"),
    "reset gate": QT_TRANSLATE_NOOP("EquationsView", "reset gate"),
    "update gate": QT_TRANSLATE_NOOP("EquationsView", "update gate"),
    "recurrent part of the candidate": QT_TRANSLATE_NOOP(
        "EquationsView", "recurrent part of the candidate"),
    "candidate state": QT_TRANSLATE_NOOP("EquationsView", "candidate state"),
    "keep a share z of the old state": QT_TRANSLATE_NOOP(
        "EquationsView", "keep a share z of the old state"),
    "the highway: scaled only by f": QT_TRANSLATE_NOOP(
        "EquationsView", "the highway: scaled only by f"),
    "four blocks of H columns": QT_TRANSLATE_NOOP("EquationsView", "four blocks of H columns"),
    "input gate": QT_TRANSLATE_NOOP("EquationsView", "input gate"),
    "forget gate": QT_TRANSLATE_NOOP("EquationsView", "forget gate"),
    "block input (candidate)": QT_TRANSLATE_NOOP("EquationsView", "block input (candidate)"),
    "output gate": QT_TRANSLATE_NOOP("EquationsView", "output gate"),
    "cell state: the highway": QT_TRANSLATE_NOOP("EquationsView", "cell state: the highway"),
    "back along the highway and the peepholes": QT_TRANSLATE_NOOP(
        "EquationsView", "back along the highway and the peepholes"),
    "input gate looks at the old cell": QT_TRANSLATE_NOOP(
        "EquationsView", "input gate looks at the old cell"),
    "forget gate looks at the old cell": QT_TRANSLATE_NOOP(
        "EquationsView", "forget gate looks at the old cell"),
    "output gate looks at the new cell": QT_TRANSLATE_NOOP(
        "EquationsView", "output gate looks at the new cell"),
}
HEAD_INK = "#0072b2"  # render.py's colour for headings (notes are grey)
_ELEMENT = re.compile(r'<g id="(text_\d+)">\s*<!-- (.*?) -->\s*<g style="fill: (#\w+)"\s*'
                      r'transform="translate\(([-\d.]+) ([-\d.]+)\)', re.S)

# What each legend row means, in the order of resources/equations/sources.py's legends
# (rich text: the symbols in a description are written with Unicode and <sub>/<sup>).
_COMMON_LEGEND = [
    QT_TRANSLATE_NOOP("EquationsView", "input at step t (a row vector); t = 1 … T"),
    QT_TRANSLATE_NOOP("EquationsView", "hidden state after step t; <i>h</i><sub>0</sub> = 0"),
    QT_TRANSLATE_NOOP("EquationsView", "target and the network's output at step t"),
    QT_TRANSLATE_NOOP("EquationsView", "1 if step t is scored, else 0; number of scored steps"),
    QT_TRANSLATE_NOOP("EquationsView",
                      "∂L/∂v, the total gradient of the loss (dv in the code)"),
    QT_TRANSLATE_NOOP("EquationsView", "element-wise product"),
    QT_TRANSLATE_NOOP("EquationsView",
                      "logistic sigmoid 1 / (1 + e<sup>−a</sup>) and hyperbolic tangent"),
]
_CELL_STATE = QT_TRANSLATE_NOOP("EquationsView",
                                "cell state after step t; <i>c</i><sub>0</sub> = 0")
_GATES = QT_TRANSLATE_NOOP("EquationsView", "input, forget and output gates, between 0 and 1")
_BLOCK_INPUT = QT_TRANSLATE_NOOP("EquationsView", "block input: the candidate written to the cell")
_LSTM_WEIGHTS = QT_TRANSLATE_NOOP(
    "EquationsView", "input weights (n_in × 4H), recurrent weights (H × 4H), bias")
_OUTPUT = QT_TRANSLATE_NOOP("EquationsView", "output weights and bias")
LEGENDS: dict[str, list[str]] = {
    "elman": [
        *_COMMON_LEGEND,
        QT_TRANSLATE_NOOP("EquationsView", "pre-activation of the hidden units"),
        QT_TRANSLATE_NOOP("EquationsView", "input weights, recurrent weights, hidden bias"),
        _OUTPUT,
        QT_TRANSLATE_NOOP("EquationsView", "activation function (tanh, sigmoid or ReLU)"),
    ],
    "lstm": [
        *_COMMON_LEGEND, _CELL_STATE, _GATES, _BLOCK_INPUT,
        QT_TRANSLATE_NOOP("EquationsView", "pre-activations of the four blocks"),
        _LSTM_WEIGHTS, _OUTPUT,
    ],
    "peephole": [
        *_COMMON_LEGEND, _CELL_STATE, _GATES, _BLOCK_INPUT,
        QT_TRANSLATE_NOOP("EquationsView",
                          "pre-activations of the four blocks (without peepholes)"),
        QT_TRANSLATE_NOOP("EquationsView",
                          "peephole weights: one per unit (element-wise, diagonal)"),
        _LSTM_WEIGHTS, _OUTPUT,
    ],
    "gru": [
        *_COMMON_LEGEND,
        QT_TRANSLATE_NOOP("EquationsView", "reset and update gates, between 0 and 1"),
        QT_TRANSLATE_NOOP("EquationsView", "candidate state"),
        QT_TRANSLATE_NOOP("EquationsView",
                          "recurrent part of the candidate (hn_t in the code)"),
        QT_TRANSLATE_NOOP("EquationsView", "arguments of σ, σ and tanh in <i>r</i><sub>t</sub>, "
                                           "<i>z</i><sub>t</sub>, <i>n</i><sub>t</sub>"),
        QT_TRANSLATE_NOOP("EquationsView", "input weights (n_in × 3H) and bias, blocks r, z, n"),
        QT_TRANSLATE_NOOP("EquationsView", "recurrent weights (H × 3H); bias of the "
                                           "candidate's recurrent part"),
        _OUTPUT,
    ],
}
LEGENDS.update({c.name: [*_COMMON_LEGEND, *c.legend] for c in registry.cells()
                if c.name not in LEGENDS})
MAX_FIT_ZOOM = 1.6  # fit-to-width never enlarges beyond this
LARGE_ZOOM = 1.5


def equations_dir() -> Path:
    return resource_path("equations")


def svg_path(cell: str, part: str) -> Path:
    return equations_dir() / f"{cell}_{part}.svg"


class SvgImage(QtWidgets.QWidget):
    """One SVG drawn at a zoom factor of its natural size (crisp at any zoom). Headings
    and notes with a translation (:data:`PROSE`) are painted in the interface language."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QtSvg.QSvgRenderer(self)
        self._zoom = 1.0
        # (element id, LaTeX source, colour, baseline x, baseline y) of every text element
        self.elements: list[tuple[str, str, str, float, float]] = []
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed,
                           QtWidgets.QSizePolicy.Policy.Fixed)

    def load(self, path: Path) -> bool:
        ok = path.is_file() and self.renderer.load(str(path))
        self.elements = []
        if ok:
            text = path.read_text(encoding="utf-8")
            self.elements = [(eid, html.unescape(src).strip(), ink.lower(), float(x), float(y))
                             for eid, src, ink, x, y in _ELEMENT.findall(text)]
        self._resize()
        self.update()
        return bool(ok and self.renderer.isValid())

    def translated(self) -> dict[str, tuple[str, str, float, float]]:
        """{element id: (text, colour, x, baseline)} of the headings and notes whose
        translation differs from the English the image shows."""
        out = {}
        for eid, source, colour, x, y in self.elements:
            english = PROSE.get(source)
            if english is not None and _tr(english) != english:
                out[eid] = (_tr(english), colour, x, y)
        return out

    def natural_size(self) -> QtCore.QSize:
        return self.renderer.defaultSize() if self.renderer.isValid() else QtCore.QSize(0, 0)

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._resize()
        self.update()

    def _resize(self) -> None:
        s = self.natural_size()
        self.setFixedSize(max(1, round(s.width() * self._zoom)),
                          max(1, round(s.height() * self._zoom)))

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        p = QtGui.QPainter(self)
        p.fillRect(self.rect(), QtGui.QColor("white"))
        if self.renderer.isValid():
            overlay = self.translated()
            if not overlay:
                self.renderer.render(p, QtCore.QRectF(self.rect()))
            else:
                self._paint_translated(p, overlay)
        p.end()

    def _paint_translated(self, p: QtGui.QPainter,
                          overlay: dict[str, tuple[str, str, float, float]]) -> None:
        view = self.renderer.viewBoxF()
        sx = self.width() / max(view.width(), 1e-9)
        sy = self.height() / max(view.height(), 1e-9)
        for eid, *_ in self.elements:
            if eid in overlay:
                continue
            r = self.renderer.boundsOnElement(eid)
            self.renderer.render(p, eid, QtCore.QRectF(
                (r.x() - view.x()) * sx, (r.y() - view.y()) * sy, r.width() * sx,
                r.height() * sy))
        for text, colour, x, y in overlay.values():
            heading = colour == HEAD_INK
            font = QtGui.QFont(self.font())
            font.setPixelSize(max(6, round((12.5 if heading else 11.5) * sy)))
            font.setBold(heading)
            doc = QtGui.QTextDocument()
            doc.setDocumentMargin(0)
            doc.setDefaultFont(font)
            doc.setHtml(f"<span style='color:{colour}; white-space:pre'>{text}</span>")
            ascent = QtGui.QFontMetricsF(font).ascent()
            p.save()
            p.translate((x - view.x()) * sx, (y - view.y()) * sy - ascent)
            doc.drawContents(p)
            p.restore()


def _tr(text: str) -> str:
    """The view's own texts (context "EquationsView"), else a cell descriptor's ("settings")."""
    out = QCoreApplication.translate("EquationsView", text)
    return out if out != text else QCoreApplication.translate("settings", text)


class SvgSymbol(QtWidgets.QWidget):
    """One element (a legend row's symbol) of an SVG, drawn at a zoom factor."""

    def __init__(self, renderer: QtSvg.QSvgRenderer, element: str,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer, self.element = renderer, element
        self.bounds = renderer.boundsOnElement(element)
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        self.setFixedSize(max(1, round(self.bounds.width() * zoom) + 2),
                          max(1, round(self.bounds.height() * zoom) + 2))
        self.update()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        p = QtGui.QPainter(self)
        p.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.renderer.render(p, self.element, QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()


class LegendTable(QtWidgets.QWidget):
    """The symbol table: each symbol as typeset in the legend SVG, and what it means in
    the interface language."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QtSvg.QSvgRenderer(self)
        self.grid = QtWidgets.QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(2, 1)
        self.symbols: list[SvgSymbol] = []
        self.labels: list[QtWidgets.QLabel] = []
        self._zoom = 1.0

    def load(self, path: Path, descriptions: list[str]) -> bool:
        """Symbols from `path`, meanings from `descriptions` (English, translated here);
        False if the SVG is missing or has another number of rows."""
        for w in (*self.symbols, *self.labels):
            self.grid.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()
        self.symbols, self.labels = [], []
        ok = path.is_file() and self.renderer.load(str(path)) and self.renderer.isValid()
        rows = 0
        while ok and self.renderer.elementExists(f"text_{2 * rows + 1}"):
            rows += 1
        for i, text in enumerate(descriptions[:rows] if ok else []):
            sym = SvgSymbol(self.renderer, f"text_{2 * i + 1}")
            lab = QtWidgets.QLabel(_tr(text))
            lab.setTextFormat(QtCore.Qt.TextFormat.RichText)
            align = QtCore.Qt.AlignmentFlag
            self.grid.addWidget(sym, i, 0, align.AlignRight | align.AlignVCenter)
            self.grid.addWidget(lab, i, 1, align.AlignVCenter)
            self.symbols.append(sym)
            self.labels.append(lab)
        self.set_zoom(self._zoom)
        return bool(ok and rows == len(descriptions))

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        for sym in self.symbols:
            sym.set_zoom(zoom)
        for lab in self.labels:
            f = lab.font()
            f.setPixelSize(max(11, round(12.5 * zoom)))
            lab.setFont(f)


class EquationsView(Retranslatable, QtWidgets.QWidget):
    """Forward and BPTT equations of one cell, with a legend of the symbols.

    ``set_cell(name)`` follows the model's cell; the learner may also browse the
    other cells with the selector (``cell_chosen`` reports that choice)."""

    cell_chosen = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell = ""
        self._large = False
        self._fit = True

        self.title = QtWidgets.QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.selector = QtWidgets.QComboBox()
        for name in CELL_TITLES:
            self.selector.addItem("", name)
        self.selector.activated.connect(self._chosen)
        self.fit_box = QtWidgets.QCheckBox()
        self.fit_box.setChecked(True)
        self.fit_box.toggled.connect(self._set_fit)
        self.large_box = QtWidgets.QCheckBox()
        self.large_box.toggled.connect(self.set_large_fonts)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title, 1)
        self.cell_label = QtWidgets.QLabel()
        top.addWidget(self.cell_label)
        top.addWidget(self.selector)
        top.addWidget(self.fit_box)
        top.addWidget(self.large_box)

        self.error = QtWidgets.QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00;")
        self.error.hide()

        body = QtWidgets.QWidget()
        body.setAutoFillBackground(True)
        pal = body.palette()
        pal.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor("white"))
        pal.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor("#222222"))
        body.setPalette(pal)
        col = QtWidgets.QVBoxLayout(body)
        col.setContentsMargins(8, 8, 8, 8)
        self.images: dict[str, SvgImage] = {}
        for part in ("forward", "backward"):
            img = SvgImage()
            col.addWidget(img)
            col.addSpacing(10)
            self.images[part] = img
        self.legend_heading = QtWidgets.QLabel()
        f = self.legend_heading.font()
        f.setBold(True)
        self.legend_heading.setFont(f)
        self.legend_heading.setStyleSheet("color: #0072B2;")
        self.legend = LegendTable()
        col.addWidget(self.legend_heading)
        col.addWidget(self.legend)
        col.addStretch(1)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setBackgroundRole(QtGui.QPalette.ColorRole.Base)

        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error)
        lay.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for i, title in enumerate(CELL_TITLES.values()):
            self.selector.setItemText(i, _tr(title))
        self.selector.setToolTip(self.tr("Show the equations of another cell"))
        self.fit_box.setText(self.tr("Fit width"))
        self.fit_box.setToolTip(self.tr("Scale the equations to the panel's width"))
        self.large_box.setText(self.tr("Large"))
        self.large_box.setToolTip(self.tr("Bigger equations, for a projector"))
        self.cell_label.setText(self.tr("Cell:"))
        self.legend_heading.setText(self.tr("Symbols"))
        self.set_cell(self._cell or "elman")  # the legend and the images' overlaid words

    # ------------------------------------------------------------------ API
    def cell(self) -> str:
        return self._cell

    def set_cell(self, name: str) -> None:
        """Show the equations of cell `name` (elman, lstm, peephole or gru)."""
        if name not in CELL_TITLES:
            self.error.setText(self.tr("No equations for the cell {0}; available: {1}.").format(
                repr(name), ", ".join(CELL_TITLES)))
            self.error.show()
            return
        self._cell = name
        self.selector.setCurrentIndex(self.selector.findData(name))
        self.title.setText(_tr(LONG_TITLES[name]))
        missing = []
        for part in PARTS:
            try:
                path = svg_path(name, part)
            except FileNotFoundError as exc:
                missing.append(str(exc))
                continue
            loaded = (self.legend.load(path, LEGENDS[name]) if part == "legend"
                      else self.images[part].load(path))
            if not loaded:
                missing.append(str(path))
        if missing:
            self.error.setText(self.tr("Could not load the equation images (is the "
                                       "installation complete?): {0}").format(
                "; ".join(missing)))
        self.error.setVisible(bool(missing))
        self._apply_zoom()

    def renderer(self, part: str) -> QtSvg.QSvgRenderer:
        """The SVG renderer of "forward", "backward" or "legend"."""
        return self.legend.renderer if part == "legend" else self.images[part].renderer

    def legend_rows(self) -> list[str]:
        """The legend's descriptions as shown (rich text)."""
        return [lab.text() for lab in self.legend.labels]

    def set_large_fonts(self, on: bool) -> None:
        self._large = bool(on)
        if self.large_box.isChecked() != self._large:
            self.large_box.setChecked(self._large)
        self._apply_zoom()

    def zoom(self) -> float:
        return self.images["forward"]._zoom

    # -------------------------------------------------------------- helpers
    def _chosen(self, index: int) -> None:
        name = self.selector.itemData(index)
        if name and name != self._cell:
            self.set_cell(name)
            self.cell_chosen.emit(name)

    def _set_fit(self, on: bool) -> None:
        self._fit = bool(on)
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        widest = max((img.natural_size().width() for img in self.images.values()), default=0)
        zoom = 1.0
        if self._fit and widest > 0:
            room = self.scroll.viewport().width() - 24
            zoom = max(0.3, min(MAX_FIT_ZOOM, room / widest))
        if self._large:
            zoom *= LARGE_ZOOM
        for img in self.images.values():
            img.set_zoom(zoom)
        self.legend.set_zoom(zoom)
        pad = round(10 * zoom)  # as the images' own padding (render.py's PAD)
        self.legend.setContentsMargins(pad, 0, pad, pad)
        self.legend_heading.setIndent(pad)
        f = self.legend_heading.font()
        f.setPixelSize(max(11, round(12.5 * zoom)))
        self.legend_heading.setFont(f)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_zoom()
