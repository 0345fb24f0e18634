"""Drawing helpers shared by the unrolled view and its cell-circuit detail.

Colour maps match the plots: CET-CBD1 (colour-blind-safe, diverging) for signed values
and gradients, viridis for gates and probabilities in [0, 1], inferno for gradient
magnitudes on arrows.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

SIGNED_MAP = "CET-CBD1"
GATE_MAP = "viridis"
GRADIENT_MAP = "inferno"
INK = QtGui.QColor("#222222")
MUTED = QtGui.QColor("#777777")
GRAD_INK = QtGui.QColor("#D55E00")  # Okabe-Ito vermillion: backward-pass numbers
FWD_INK = QtGui.QColor("#0072B2")  # Okabe-Ito blue: forward-pass numbers
NAN_GREY = QtGui.QColor("#BBBBBB")
LOG_RANGE = 4.0  # arrows span 1e-4 .. 1 of the largest gradient


class ColourMap:
    """A pyqtgraph colour map sampled once into QColors."""

    def __init__(self, name: str, lo: float = 0.0, hi: float = 1.0, n: int = 256,
                 span: tuple[float, float] = (0.0, 1.0)):
        lut = pg.colormap.get(name).getLookupTable(start=span[0], stop=span[1], nPts=n,
                                                    alpha=False)
        self.colours = [QtGui.QColor(int(r), int(g), int(b)) for r, g, b in lut]
        self.lo, self.hi = lo, hi

    def fraction(self, u: float) -> QtGui.QColor:
        if not math.isfinite(u):
            return QtGui.QColor(NAN_GREY)
        u = min(max(u, 0.0), 1.0)
        return QtGui.QColor(self.colours[int(round(u * (len(self.colours) - 1)))])

    def __call__(self, v: float, lo: float | None = None, hi: float | None = None) -> QtGui.QColor:
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        if not math.isfinite(v):
            return QtGui.QColor(NAN_GREY)
        return self.fraction((v - lo) / (hi - lo) if hi > lo else 0.5)

    def many(self, values: np.ndarray, lo: float, hi: float) -> list[QtGui.QColor]:
        """Colours of many values at once (NaN -> grey)."""
        v = np.asarray(values, dtype=np.float64)
        u = (v - lo) / (hi - lo) if hi > lo else np.full(v.shape, 0.5)
        n = len(self.colours)
        idx = np.rint(np.clip(np.nan_to_num(u, nan=0.0), 0.0, 1.0) * (n - 1)).astype(int)
        bad = ~np.isfinite(v)
        return [NAN_GREY if b else self.colours[i] for i, b in zip(idx.tolist(), bad.tolist(),
                                                                  strict=True)]

    def gradient(self, rect: QtCore.QRectF) -> QtGui.QLinearGradient:
        g = QtGui.QLinearGradient(rect.topLeft(), rect.topRight())
        n = len(self.colours)
        for j in range(0, n, max(1, n // 32)):
            g.setColorAt(j / (n - 1), self.colours[j])
        g.setColorAt(1.0, self.colours[-1])
        return g


_MAPS: dict[str, ColourMap] = {}


def cmap(name: str) -> ColourMap:
    if name not in _MAPS:
        span = (0.08, 0.92) if name == GRADIENT_MAP else (0.0, 1.0)
        _MAPS[name] = ColourMap(name, span=span)
    return _MAPS[name]


def text_on(fill: QtGui.QColor) -> QtGui.QColor:
    """Black or white, whichever reads better on `fill`."""
    lum = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QtGui.QColor("#000000") if lum > 140 else QtGui.QColor("#FFFFFF")


def grad_fraction(g: float, gmax: float) -> float:
    """Log position of a gradient norm in [0, 1]: 0 = 1e-4 of the largest or less."""
    if not (math.isfinite(g) and gmax > 0) or g <= 0:
        return 0.0
    return min(1.0, max(0.0, 1.0 + math.log10(g / gmax) / LOG_RANGE))


def fmt(v: float, digits: int = 3) -> str:
    """A signed number that stays short: fixed for ordinary sizes, e-notation for tiny."""
    v = float(v)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("+inf" if v > 0 else "−inf")
    if v != 0 and (abs(v) < 10 ** -digits or abs(v) >= 1e4):
        s = f"{v:+.{max(1, digits - 1)}e}"
    else:
        s = f"{v:+.{digits}f}"
    return s.replace("-", "−")


def fmt_norm(v: float) -> str:
    v = float(v)
    if not math.isfinite(v):
        return "nan"
    if v == 0:
        return "0"
    return f"{v:.3g}" if 1e-3 <= v < 1e4 else f"{v:.2e}"


def sym_limit(a: np.ndarray, floor: float = 1e-12) -> float:
    """Largest finite |a| (at least `floor`)."""
    a = np.asarray(a, dtype=np.float64)
    fin = a[np.isfinite(a)]
    return max(float(np.abs(fin).max()) if fin.size else 0.0, floor)


class Arrow(QtWidgets.QGraphicsPathItem):
    """A straight arrow whose colour and width can change in place."""

    def __init__(self, p0: QtCore.QPointF, p1: QtCore.QPointF,
                 parent: QtWidgets.QGraphicsItem | None = None):
        super().__init__(parent)
        self.p0, self.p1 = QtCore.QPointF(p0), QtCore.QPointF(p1)
        self.head = QtWidgets.QGraphicsPolygonItem(self)
        self.head.setPen(QtGui.QPen(QtCore.Qt.PenStyle.NoPen))
        self.fraction = 0.0  # for tests/tooltips: position on the gradient scale
        self.backward = False  # drawn from p1 to p0 (the way a gradient flows back)
        self._style: tuple | None = None
        self._width: float | None = None
        self.set_style(QtGui.QColor("#999999"), 1.5)

    def set_style(self, colour: QtGui.QColor, width: float, dashed: bool = False) -> None:
        key = (colour.rgba(), round(width, 2), dashed)
        if key == self._style:
            return
        self._style = key
        pen = QtGui.QPen(colour, width)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
        if dashed:
            pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.head.setBrush(QtGui.QBrush(colour))
        if self._width != key[1]:
            self._width = key[1]
            self._geometry(width)

    def set_backward(self, on: bool) -> None:
        """Point the head at p0 instead of p1 (backward through time: the gradient goes
        the other way along the same wire)."""
        if on != self.backward:
            self.backward = on
            self._geometry(self._width or 1.5)

    def _geometry(self, width: float) -> None:
        tail, tip = (self.p1, self.p0) if self.backward else (self.p0, self.p1)
        d = tip - tail
        length = math.hypot(d.x(), d.y()) or 1.0
        ux, uy = d.x() / length, d.y() / length
        hl = 5.0 + 1.6 * width  # head length
        hw = 3.0 + 1.1 * width
        base = QtCore.QPointF(tip.x() - ux * hl, tip.y() - uy * hl)
        path = QtGui.QPainterPath(tail)
        path.lineTo(base)
        self.setPath(path)
        self.head.setPolygon(QtGui.QPolygonF([
            tip,
            QtCore.QPointF(base.x() - uy * hw, base.y() + ux * hw),
            QtCore.QPointF(base.x() + uy * hw, base.y() - ux * hw),
        ]))


def html_label(html: str, pt: float, colour: QtGui.QColor = INK,
               parent: QtWidgets.QGraphicsItem | None = None) -> QtWidgets.QGraphicsTextItem:
    item = QtWidgets.QGraphicsTextItem(parent)
    f = QtGui.QFont()
    f.setPointSizeF(pt)
    item.setFont(f)
    item.setDefaultTextColor(colour)
    item.setHtml(html)
    item.document().setDocumentMargin(1)
    return item


def simple_label(text: str, pt: float, colour: QtGui.QColor = INK, italic: bool = False
                 ) -> QtWidgets.QGraphicsSimpleTextItem:
    """A cheap plain-text label (no HTML): for the many small labels of the drawing."""
    item = QtWidgets.QGraphicsSimpleTextItem(text)
    f = QtGui.QFont()
    f.setPointSizeF(pt)
    f.setItalic(italic)
    item.setFont(f)
    item.setBrush(colour)
    return item


def place(item: QtWidgets.QGraphicsItem, x: float, y: float, anchor: str = "c") -> None:
    """Position an item by a point of its bounding box: c, n, s, e, w, ne, nw, se, sw."""
    r = item.boundingRect()
    dx = {"w": 0.0, "e": -r.width()}.get(anchor[-1], -r.width() / 2)
    dy = {"n": 0.0, "s": -r.height()}.get(anchor[0], -r.height() / 2)
    if anchor in ("e", "w"):
        dy = -r.height() / 2
    if anchor in ("n", "s"):
        dx = -r.width() / 2
    item.setPos(x + dx, y + dy)


class ZoomView(QtWidgets.QGraphicsView):
    """A graphics view with Ctrl+wheel zoom; ←/→/Home/End go to `key_handler`."""

    def __init__(self, scene: QtWidgets.QGraphicsScene,
                 parent: QtWidgets.QWidget | None = None):
        super().__init__(scene, parent)
        self.key_handler = None
        self.setRenderHints(QtGui.QPainter.RenderHint.Antialiasing
                            | QtGui.QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QtGui.QColor("white"))
        self.setTransformationAnchor(QtWidgets.QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QtWidgets.QGraphicsView.DragMode.ScrollHandDrag)
        self.min_zoom, self.max_zoom = 0.15, 6.0

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, z: float) -> None:
        z = min(max(z, self.min_zoom), self.max_zoom)
        self.setTransform(QtGui.QTransform.fromScale(z, z))

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(1.15 ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)
