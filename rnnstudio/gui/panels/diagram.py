"""A small data-flow picture of the chosen cell, painted with QPainter.

Boxes are inputs and states (x_t, h_{t-1}, c_t...), coloured boxes are gates
(orange: sigmoid, blue: tanh or the Elman nonlinearity), circles are elementwise
operations (⊗ product, ⊕ sum, 1− complement). Dashed lines are peepholes and the
recurrence to the next time step. Coordinates are in a 360 × 190 design space,
scaled to the widget. A stacked network (layers > 1) is drawn as a stack of cards, one
per layer, with a "2 layers" badge and a second caption line saying how layers connect.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...engine.cells import registry
from ..i18n import Retranslatable

W, H = 360.0, 190.0

COLOURS = {
    "io": QColor("#eceff1"),
    "state": QColor("#c8e6c9"),
    "sigmoid": QColor("#ffcc80"),
    "tanh": QColor("#90caf9"),
    "op": QColor("#ffffff"),
}


@dataclass(frozen=True)
class Node:
    key: str
    x: float
    y: float
    text: str  # "h_{t-1}" style: base, then an optional subscript after "_"
    kind: str  # io | state | sigmoid | tanh | op
    w: float = 56.0
    h: float = 24.0

    @property
    def round(self) -> bool:
        return self.kind == "op"

    def rect(self) -> QRectF:
        if self.round:
            return QRectF(self.x - 11, self.y - 11, 22, 22)
        return QRectF(self.x - self.w / 2, self.y - self.h / 2, self.w, self.h)


@dataclass(frozen=True)
class Edge:
    points: tuple  # node keys (ends only) or (x, y) tuples
    dashed: bool = False
    label: str = ""


def _layout(cell: str, activation: str) -> tuple[list[Node], list[Edge], str]:
    """Nodes, edges and a caption for one cell type."""
    if cell == "elman":
        phi = {"tanh": "tanh", "sigmoid": "σ", "relu": "ReLU"}.get(activation, activation)
        nodes = [
            Node("hp", 45, 62, "h_{t−1}", "state"),
            Node("x", 45, 140, "x_t", "io"),
            Node("act", 180, 101, f"{phi}(x W_xh + h W_hh + b)",
                 "sigmoid" if activation == "sigmoid" else "tanh", w=150, h=30),
            Node("h", 318, 101, "h_t", "state"),
        ]
        edges = [
            Edge(("hp", (80, 62), (80, 94), (105, 94))),
            Edge(("x", (80, 140), (80, 108), (105, 108))),
            Edge(("act", "h")),
            Edge(((275, 101), (275, 24), (45, 24), "hp"), dashed=True,
                 label=QT_TRANSLATE_NOOP("CellDiagram", "next step")),
        ]
        return nodes, edges, QT_TRANSLATE_NOOP("CellDiagram",
                                               "one layer mixes input and memory")
    if cell in ("lstm", "peephole"):
        nodes = [
            Node("cp", 38, 30, "c_{t−1}", "state"),
            Node("mf", 100, 30, "⊗", "op"),
            Node("add", 175, 30, "⊕", "op"),
            Node("c", 325, 30, "c_t", "state"),
            Node("f", 100, 118, "f σ", "sigmoid", w=40),
            Node("i", 150, 118, "i σ", "sigmoid", w=40),
            Node("g", 200, 118, "g tanh", "tanh", w=46),
            Node("o", 252, 118, "o σ", "sigmoid", w=40),
            Node("mi", 175, 74, "⊗", "op"),
            Node("th", 295, 74, "tanh", "tanh", w=40),
            Node("mo", 295, 118, "⊗", "op"),
            Node("in", 45, 168, "h_{t−1}, x_t", "io", w=76),
            Node("h", 325, 168, "h_t", "state"),
        ]
        edges = [
            Edge(("cp", "mf")), Edge(("mf", "add")), Edge(("add", "c")),
            Edge(("f", "mf")),
            Edge(("i", (150, 74), "mi")), Edge(("g", (200, 74), "mi")), Edge(("mi", "add")),
            Edge(((295, 30), "th")), Edge(("th", "mo")), Edge(("o", "mo")),
            Edge(("mo", (295, 168), "h")),
            Edge(("in", (100, 168), "f")), Edge(((100, 168), (150, 168), "i")),
            Edge(((150, 168), (200, 168), "g")), Edge(((200, 168), (252, 168), "o")),
        ]
        caption = QT_TRANSLATE_NOOP("CellDiagram",
                                    "gates guard a cell state carried by addition")
        if cell == "peephole":
            edges += [
                Edge(((65, 30), (65, 118), "f"), dashed=True),
                Edge(((65, 92), (150, 92), "i"), dashed=True),
                Edge(((252, 30), "o"), dashed=True),
            ]
            caption = QT_TRANSLATE_NOOP("CellDiagram",
                                        "gates also peek at the cell state (dashed)")
        return nodes, edges, caption
    if cell == "gru":
        nodes = [
            Node("hp", 38, 30, "h_{t−1}", "state"),
            Node("mz", 170, 30, "⊗", "op"),
            Node("add", 255, 30, "⊕", "op"),
            Node("h", 325, 30, "h_t", "state"),
            Node("r", 95, 118, "r σ", "sigmoid", w=40),
            Node("z", 170, 118, "z σ", "sigmoid", w=40),
            Node("n", 255, 118, "n tanh", "tanh", w=48),
            Node("mr", 95, 74, "⊗", "op"),
            Node("one", 212, 74, "1−", "op"),
            Node("mn", 255, 74, "⊗", "op"),
            Node("in", 45, 168, "h_{t−1}, x_t", "io", w=76),
        ]
        edges = [
            Edge(("hp", "mz")), Edge(("mz", "add")), Edge(("add", "h")),
            Edge(((95, 30), "mr")), Edge(("r", "mr")),
            Edge(("mr", (130, 74), (130, 145), (247, 145), (247, 130))),
            Edge(("z", "mz")), Edge(((170, 74), "one")), Edge(("one", "mn")),
            Edge(("n", "mn")), Edge(("mn", "add")),
            Edge(("in", (95, 168), "r")), Edge(((95, 168), (170, 168), "z")),
            Edge(((170, 168), (263, 168), (263, 130))),
        ]
        return nodes, edges, QT_TRANSLATE_NOOP("CellDiagram",
                                               "an update gate blends old state and candidate")
    return _described(cell)


def _described(cell: str) -> tuple[list[Node], list[Edge], str]:
    """A registered cell's own picture (its descriptor's ``diagram``), if it has one."""
    try:
        spec = registry.info(cell).diagram
    except ValueError:
        spec = None
    if spec is None:
        return [], [], ""
    nodes, edges, caption = spec
    return ([Node(*n) for n in nodes],
            [Edge(tuple(points), dashed, label) for points, dashed, label in edges], caption)


def _translate(text: str) -> str:
    """The diagram's own texts (context "CellDiagram"), else a descriptor's ("settings")."""
    out = QCoreApplication.translate("CellDiagram", text)
    return out if out != text else QCoreApplication.translate("settings", text)


def _clip(node: Node, inside: QPointF, outside: QPointF) -> QPointF:
    """Where the segment from inside `node` towards `outside` crosses its border."""
    dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
    if dx == 0 and dy == 0:
        return inside
    if node.round:
        d = math.hypot(dx, dy)
        return QPointF(inside.x() + dx / d * 11, inside.y() + dy / d * 11)
    r = node.rect()
    ts = []
    if dx:
        ts += [(r.left() - inside.x()) / dx, (r.right() - inside.x()) / dx]
    if dy:
        ts += [(r.top() - inside.y()) / dy, (r.bottom() - inside.y()) / dy]
    t = min((t for t in ts if t > 0), default=0.0)
    return QPointF(inside.x() + dx * t, inside.y() + dy * t)


class CellDiagram(Retranslatable, QWidget):
    """Paints the data flow of one cell type (see module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cell, self.activation, self.layers = "elman", "tanh", 1
        self.painted: list[str] = []  # every text of the last paint, for tests
        self.setMinimumSize(220, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("How one time step of the cell computes h_t (and c_t) from "
                                "x_t and the previous state."))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(300, 170)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        extra = 16 if self.layers > 1 else 0
        return max(120, min(230 + extra, int(width * (H + 18) / W) + extra))

    def set_cell(self, cell: str, activation: str = "tanh", layers: int = 1) -> None:
        if (cell, activation, layers) != (self.cell, self.activation, self.layers):
            stacked = (layers > 1) != (self.layers > 1)
            self.cell, self.activation, self.layers = cell, activation, layers
            if stacked:
                self.updateGeometry()  # the second caption line needs room
            self.update()

    def _stack_texts(self) -> tuple[str, str]:
        """The badge and the caption line of a stacked network."""
        n = self.layers
        return (self.tr("{0} layers").format(n),
                self.tr("stacked: each layer's h feeds the next layer"))

    # ---------------------------------------------------------------- painting
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        nodes, edges, caption = _layout(self.cell, self.activation)
        self.painted = []
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        stacked = self.layers > 1
        cap_h = 32.0 if stacked else 16.0
        depth = 4.0 * (min(self.layers, 4) - 1) + (6.0 if stacked else 0.0)  # the cards
        scale = min(self.width() / (W + depth), (self.height() - cap_h) / (H + depth))
        ox = (self.width() - (W + depth) * scale) / 2 + (3.0 * scale if stacked else 0.0)
        p.translate(ox, 2 + (3.0 * scale if stacked else 0.0))
        p.scale(scale, scale)
        if stacked:
            self._stack(p)
        by_key = {n.key: n for n in nodes}
        text_colour = QColor("#212121")
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        p.setFont(font)
        for e in edges:
            self._edge(p, e, by_key, text_colour)
        for n in nodes:
            self._node(p, n, text_colour)
        p.resetTransform()
        small = QFont(self.font())
        small.setItalic(True)
        p.setFont(small)
        p.setPen(self.palette().text().color())
        caption = _translate(caption) if caption else ""
        lines = [caption, self._stack_texts()[1]] if stacked else [caption]
        for k, line in enumerate(lines):
            fit = QFont(small)  # shrink a line wider than the widget instead of cutting it
            wide = QFontMetricsF(fit).horizontalAdvance(line)
            if wide > self.width() - 4 > 0:
                fit.setPointSizeF(fit.pointSizeF() * (self.width() - 4) / wide)
            p.setFont(fit)
            p.drawText(QRectF(0, self.height() - cap_h - 2 + 16 * k, self.width(), 16),
                       Qt.AlignmentFlag.AlignCenter, line)
            self.painted.append(line)
        p.end()

    def _stack(self, p: QPainter) -> None:
        """Cards behind the picture, one per layer (at most four drawn), layer 1 in front,
        and a badge naming the number of layers."""
        shown = min(self.layers, 4)
        for k in range(shown - 1, -1, -1):
            card = QRectF(-3 + 4 * k, -3 + 4 * k, W + 6, H + 2)
            p.setPen(QPen(QColor("#90a4ae"), 1.0))
            p.setBrush(self.palette().base() if k == 0 else QColor("#eceff1"))
            p.drawRoundedRect(card, 6, 6)
        badge = QRectF(W - 66, 0, 62, 14)
        p.setPen(QPen(QColor("#455a64"), 1.0))
        p.setBrush(QColor("#fff3e0"))
        p.drawRoundedRect(badge, 4, 4)
        p.setPen(QColor("#212121"))
        self._text(p, badge, self._stack_texts()[0], small=True)

    def _points(self, e: Edge, by_key: dict[str, Node]) -> list[QPointF]:
        raw = [QPointF(by_key[q].x, by_key[q].y) if isinstance(q, str) else QPointF(*q)
               for q in e.points]
        if isinstance(e.points[0], str):
            raw[0] = _clip(by_key[e.points[0]], raw[0], raw[1])
        if isinstance(e.points[-1], str):
            raw[-1] = _clip(by_key[e.points[-1]], raw[-1], raw[-2])
        return raw

    def _edge(self, p: QPainter, e: Edge, by_key: dict[str, Node], colour: QColor) -> None:
        pts = self._points(e, by_key)
        pen = QPen(QColor("#546e7a"), 1.4)
        if e.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        path = QPainterPath(pts[0])
        for q in pts[1:]:
            path.lineTo(q)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        if not isinstance(e.points[0], str) and not e.dashed:  # a branch off another line
            p.setBrush(QColor("#546e7a"))
            p.drawEllipse(pts[0], 2.2, 2.2)
        a, b = pts[-2], pts[-1]
        ang = math.atan2(b.y() - a.y(), b.x() - a.x())
        wings = [QPointF(b.x() - 7 * math.cos(ang + s), b.y() - 7 * math.sin(ang + s))
                 for s in (-0.4, 0.4)]
        head = QPolygonF([b, *wings])
        p.setPen(QPen(QColor("#546e7a"), 1))
        p.setBrush(QColor("#546e7a"))
        p.drawPolygon(head)
        if e.label:
            mid = pts[len(pts) // 2 - 1] if len(pts) > 2 else pts[0]
            nxt = pts[len(pts) // 2] if len(pts) > 2 else pts[1]
            cx, cy = (mid.x() + nxt.x()) / 2, (mid.y() + nxt.y()) / 2
            p.setPen(colour)
            self._text(p, QRectF(cx - 60, cy - 16, 120, 14),
                       QCoreApplication.translate("CellDiagram", e.label), small=True)

    def _node(self, p: QPainter, n: Node, colour: QColor) -> None:
        r = n.rect()
        p.setPen(QPen(QColor("#455a64"), 1.2))
        p.setBrush(COLOURS.get(n.kind, COLOURS["io"]))
        if n.round:
            p.drawEllipse(r)
        else:
            p.drawRoundedRect(r, 5, 5)
        p.setPen(colour)
        self._text(p, r, n.text)

    def _text(self, p: QPainter, r: QRectF, text: str, small: bool = False) -> None:
        """Centre `text` in `r`; "a_b" draws b as a subscript, repeated per word."""
        self.painted.append(text)
        saved = QFont(p.font())
        base_font = QFont(saved)
        if small:
            base_font.setPointSizeF(base_font.pointSizeF() * 0.85)
        sub_font = QFont(base_font)
        sub_font.setPointSizeF(base_font.pointSizeF() * 0.72)
        pieces: list[tuple[str, bool]] = []
        for k, word in enumerate(text.split(" ")):
            if k:
                pieces.append((" ", False))
            if "_" in word and not word.startswith("_"):
                base, sub = word.split("_", 1)
                rest = ""
                if sub.startswith("{") and "}" in sub:
                    sub, rest = sub[1:].split("}", 1)
                pieces += [(base, False), (sub, True)] + ([(rest, False)] if rest else [])
            else:
                pieces.append((word, False))
        fm_b, fm_s = QFontMetricsF(base_font), QFontMetricsF(sub_font)
        widths = [(fm_s if s else fm_b).horizontalAdvance(t) for t, s in pieces]
        room = r.width() - 6
        if sum(widths) > room > 0:  # shrink to fit the box
            k = room / sum(widths)
            for f in (base_font, sub_font):
                f.setPointSizeF(f.pointSizeF() * k)
            fm_b, fm_s = QFontMetricsF(base_font), QFontMetricsF(sub_font)
            widths = [(fm_s if s else fm_b).horizontalAdvance(t) for t, s in pieces]
        x = r.center().x() - sum(widths) / 2
        y = r.center().y() + fm_b.ascent() / 2 - fm_b.descent() / 2
        for (t, s), w in zip(pieces, widths, strict=True):
            p.setFont(sub_font if s else base_font)
            p.drawText(QPointF(x, y + (fm_b.ascent() * 0.3 if s else 0)), t)
            x += w
        p.setFont(saved)
