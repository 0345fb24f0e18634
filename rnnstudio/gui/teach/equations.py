"""The equations panel: forward and BPTT equations of the chosen cell, and a legend.

The equations are SVGs pre-rendered from LaTeX sources by ``resources/equations/render.py``
(a developer tool); this panel only loads them, so the app needs no TeX or matplotlib.
The notation is the engine's and the unrolled view's: x_t W_xh row-vector products,
``a`` for pre-activations, ``δv`` for ∂L/∂v.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from ...resources import resource_path

CELL_TITLES = {
    "elman": "Elman network (simple RNN)",
    "lstm": "LSTM",
    "peephole": "LSTM with peepholes",
    "gru": "GRU",
}
LONG_TITLES = {
    "elman": "Elman network (simple RNN)",
    "lstm": "Long short-term memory (LSTM)",
    "peephole": "LSTM with peephole connections (Greff et al.)",
    "gru": "Gated recurrent unit (GRU)",
}
PARTS = (  # (part, heading above it; the equation images carry their own headings)
    ("forward", ""),
    ("backward", ""),
    ("legend", "Symbols"),
)
MAX_FIT_ZOOM = 1.6  # fit-to-width never enlarges beyond this
LARGE_ZOOM = 1.5


def equations_dir() -> Path:
    return resource_path("equations")


def svg_path(cell: str, part: str) -> Path:
    return equations_dir() / f"{cell}_{part}.svg"


class SvgImage(QtWidgets.QWidget):
    """One SVG drawn at a zoom factor of its natural size (crisp at any zoom)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = QtSvg.QSvgRenderer(self)
        self._zoom = 1.0
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed,
                           QtWidgets.QSizePolicy.Policy.Fixed)

    def load(self, path: Path) -> bool:
        ok = path.is_file() and self.renderer.load(str(path))
        self._resize()
        self.update()
        return bool(ok and self.renderer.isValid())

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
            self.renderer.render(p, QtCore.QRectF(self.rect()))
        p.end()


class EquationsView(QtWidgets.QWidget):
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
        for name, title in CELL_TITLES.items():
            self.selector.addItem(title, name)
        self.selector.setToolTip("Show the equations of another cell")
        self.selector.activated.connect(self._chosen)
        self.fit_box = QtWidgets.QCheckBox("Fit width")
        self.fit_box.setChecked(True)
        self.fit_box.setToolTip("Scale the equations to the panel's width")
        self.fit_box.toggled.connect(self._set_fit)
        self.large_box = QtWidgets.QCheckBox("Large")
        self.large_box.setToolTip("Bigger equations, for a projector")
        self.large_box.toggled.connect(self.set_large_fonts)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QtWidgets.QLabel("Cell:"))
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
        self.headings: dict[str, QtWidgets.QLabel] = {}
        for part, heading in PARTS:
            lab = QtWidgets.QLabel(heading)
            f = lab.font()
            f.setBold(True)
            f.setPointSizeF(f.pointSizeF() * 1.1)
            lab.setFont(f)
            img = SvgImage()
            if heading:
                col.addWidget(lab)
            col.addWidget(img)
            col.addSpacing(10)
            self.images[part] = img
            self.headings[part] = lab
        col.addStretch(1)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setBackgroundRole(QtGui.QPalette.ColorRole.Base)

        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.error)
        lay.addWidget(self.scroll, 1)
        self.set_cell("elman")

    # ------------------------------------------------------------------ API
    def cell(self) -> str:
        return self._cell

    def set_cell(self, name: str) -> None:
        """Show the equations of cell `name` (elman, lstm, peephole or gru)."""
        if name not in CELL_TITLES:
            self.error.setText(f"No equations for the cell {name!r}; available: "
                               f"{', '.join(CELL_TITLES)}.")
            self.error.show()
            return
        self._cell = name
        self.selector.setCurrentIndex(self.selector.findData(name))
        self.title.setText(LONG_TITLES[name])
        missing = []
        for part, _ in PARTS:
            try:
                path = svg_path(name, part)
            except FileNotFoundError as exc:
                missing.append(str(exc))
                continue
            if not self.images[part].load(path):
                missing.append(str(path))
        if missing:
            self.error.setText("Could not load the equation images (is the installation "
                               "complete?): " + "; ".join(missing))
        self.error.setVisible(bool(missing))
        self._apply_zoom()

    def renderer(self, part: str) -> QtSvg.QSvgRenderer:
        """The SVG renderer of "forward", "backward" or "legend"."""
        return self.images[part].renderer

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

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_zoom()
