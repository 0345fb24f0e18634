"""The unrolled view's scene: a column of squares per step and layer, the arrows
between them, and the colour bars under the drawing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from ..i18n import translate
from .unrolled_common import (
    MUTED,
    Arrow,
    cmap,
    html_label,
    place,
    simple_label,
)

MAX_UNITS = 16  # squares drawn per hidden vector
MAX_STEPS = 100  # columns drawn (the trace covers all steps)
SQ = 11.0  # square size
PITCH = 118.0  # column pitch
BOX_W = 78.0
BASE_PT = 9.0
FADE = 0.22  # opacity of steps the current pass has not reached
LARGE_ZOOM = 1.5


class Square(QtWidgets.QGraphicsRectItem):
    """One hidden unit at one step; remembers the number it shows."""

    value: float = 0.0
    quantity: str = ""
    step: int = 0
    unit: int = 0


@dataclass
class LayerItems:
    box: QtWidgets.QGraphicsPathItem
    h: list[Square]
    c: list[Square] | None
    h_arrow: Arrow | None  # h_{t-1} -> h_t (None at t = 1)
    c_arrow: Arrow | None
    up: Arrow  # into this layer from below
    cut: QtWidgets.QGraphicsTextItem | None


@dataclass
class Column:
    group: QtWidgets.QGraphicsItemGroup
    x_box: QtWidgets.QGraphicsPathItem
    x_text: QtWidgets.QGraphicsTextItem
    y_box: QtWidgets.QGraphicsPathItem
    y_text: QtWidgets.QGraphicsTextItem
    out: Arrow
    layers: list[LayerItems]


class UnrolledScene:
    """The items of the unrolled drawing, built once per shape and recoloured in place."""

    def __init__(self, scene: QtWidgets.QGraphicsScene):
        self.scene = scene
        self.key: tuple | None = None
        self.columns: list[Column] = []
        self.band: QtWidgets.QGraphicsRectItem | None = None
        self.note: QtWidgets.QGraphicsTextItem | None = None
        self.row_labels: list[tuple[QtWidgets.QGraphicsTextItem, float]] = []

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
            y_box = rounded(QtCore.QRectF(cx - 50, top, 100, y_box_h), 8)
            y_box.setPen(grey)
            group.addToGroup(y_box)
            y_text = html_label("", BASE_PT)
            self.scene.addItem(y_text)
            group.addToGroup(y_text)
            # input node
            x_box = rounded(QtCore.QRectF(cx - 45, x_top, 90, x_box_h), 8)
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
                box = rounded(QtCore.QRectF(cx - BOX_W / 2, y0, BOX_W, box_h), 9)
                box.setPen(QtGui.QPen(QtGui.QColor("#333333"), 1.5))
                box.setBrush(QtGui.QColor("#FAFAFA"))
                group.addToGroup(box)
                cols = [("h", cx + (8 if has_c else 0))]
                if has_c:
                    cols.insert(0, ("c", cx - 14))
                sq: dict[str, list[Square]] = {}
                for name, x0 in cols:
                    lab = simple_label(name, BASE_PT, MUTED, italic=True)
                    self.scene.addItem(lab)
                    place(lab, x0 + SQ / 2, y0 + 3, "n")
                    group.addToGroup(lab)
                    items = []
                    for j in range(n_show):
                        s = Square(QtCore.QRectF(x0, y0 + 22 + j * SQ, SQ, SQ))
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
                lays.append(LayerItems(box, sq["h"], sq.get("c"), h_arrow, c_arrow, up, None))
            out = Arrow(below, QtCore.QPointF(cx, top + y_box_h))
            self.scene.addItem(out)
            self.columns.append(Column(group, x_box, x_text, y_box, y_text, out, lays))
        # row labels at the left (their texts: relabel)
        self.row_labels = []  # (item, its right-hand anchor)
        for y in (top + y_box_h / 2, x_top + x_box_h / 2,
                  *(layer_top[l] + box_h / 2 for l in range(layers))):
            lab = html_label("", BASE_PT, MUTED)
            self.scene.addItem(lab)
            self.row_labels.append((lab, y))
        self.relabel()
        self.note = html_label("", BASE_PT, MUTED)
        self.scene.addItem(self.note)
        place(self.note, 0, self.height + 8, "nw")
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 40))


    def relabel(self) -> None:
        """The row labels in the interface language (a language change)."""
        layers = len(self.row_labels) - 2
        texts = [translate("UnrolledView", "output ŷ<sub>t</sub>"),
                 translate("UnrolledView", "input x<sub>t</sub>")]
        texts += [translate("UnrolledView", "layer {0}<br>h<sub>0</sub> = 0").format(l + 1)
                  if layers > 1 else translate("UnrolledView", "cell<br>h<sub>0</sub> = 0")
                  for l in range(layers)]
        for (lab, y), text in zip(self.row_labels, texts, strict=True):
            lab.setHtml(text)
            place(lab, -8, y, "e")
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 40))


def affixes(box: QtWidgets.QSpinBox, template: str) -> None:
    """Prefix and suffix of a spin box from a translated "layer {0}" (the number's place
    differs between languages)."""
    prefix, _, suffix = template.partition("{0}")
    box.setPrefix(prefix)
    box.setSuffix(suffix)


def rounded(rect: QtCore.QRectF, r: float) -> QtWidgets.QGraphicsPathItem:
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
