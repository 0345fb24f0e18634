"""The cell at the cursor step, drawn as a circuit with one unit's numbers on the wires.

LSTMs follow the "electronic circuit" picture: the cell state runs along a highway at
the top, the forget gate multiplies it, the input gate lets the block input in, and
the output gate reads tanh(c_t) out into h_t; peephole weights are dashed wires from
the highway into the gates. GRUs show the reset and update gates around the candidate
n_t; Elman cells show the two weighted inputs, the bias and the activation.

Forward mode writes values (blue); backward mode writes the gradients of the same
wires (vermillion).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.cells import registry
from .unrolled_common import (
    FWD_INK,
    GATE_MAP,
    GRAD_INK,
    INK,
    MUTED,
    SIGNED_MAP,
    ZoomView,
    cmap,
    fmt,
    html_label,
    place,
    text_on,
)
from .unrolled_trace import LayerTrace, ProbeTrace

BASE_PT = 10.0
WIRE = QtGui.QColor("#444444")
PEEP = QtGui.QColor("#56B4E9")
CELL_NAMES = {c.name: c.short for c in registry.cells()}  # translated in "settings"


class CircuitView(ZoomView):
    """Detail of one cell copy: ``show_step(trace, layer, t, unit, mode)`` redraws it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        self._scene = QtWidgets.QGraphicsScene()
        super().__init__(self._scene, parent)
        self.setDragMode(QtWidgets.QGraphicsView.DragMode.NoDrag)
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pt = BASE_PT
        self.labels: dict[str, str] = {}  # name -> plain text shown (for tests)
        self.show_message("")

    # ------------------------------------------------------------- drawing kit
    def _text(self, html: str, x: float, y: float, anchor: str = "c",
              colour: QtGui.QColor = INK, scale: float = 1.0, key: str | None = None):
        item = html_label(html, self.pt * scale, colour)
        self._scene.addItem(item)
        place(item, x, y, anchor)
        if key:
            self.labels[key] = item.toPlainText()
        return item

    def _wire(self, *pts: tuple[float, float], colour: QtGui.QColor = WIRE, width: float = 2.0,
              dashed: bool = False, arrow: bool = True) -> None:
        path = QtGui.QPainterPath(QtCore.QPointF(*pts[0]))
        for p in pts[1:]:
            path.lineTo(QtCore.QPointF(*p))
        pen = QtGui.QPen(colour, width)
        if dashed:
            pen.setStyle(QtCore.Qt.PenStyle.DashLine)
        self._scene.addPath(path, pen)
        if arrow and len(pts) >= 2:
            (x0, y0), (x1, y1) = pts[-2], pts[-1]
            d = math.hypot(x1 - x0, y1 - y0) or 1.0
            ux, uy = (x1 - x0) / d, (y1 - y0) / d
            hl, hw = 9.0, 4.5
            bx, by = x1 - ux * hl, y1 - uy * hl
            poly = QtGui.QPolygonF([QtCore.QPointF(x1, y1),
                                    QtCore.QPointF(bx - uy * hw, by + ux * hw),
                                    QtCore.QPointF(bx + uy * hw, by - ux * hw)])
            self._scene.addPolygon(poly, QtGui.QPen(QtCore.Qt.PenStyle.NoPen),
                                   QtGui.QBrush(colour))

    def _op(self, x: float, y: float, symbol: str) -> None:
        """A round operator node (×, +)."""
        r = 13.0
        self._scene.addEllipse(x - r, y - r, 2 * r, 2 * r, QtGui.QPen(WIRE, 2),
                               QtGui.QBrush(QtGui.QColor("white")))
        self._text(f"<b>{symbol}</b>", x, y, scale=1.3)

    def _box(self, x: float, y: float, title: str, value: float | None, body: str,
             key: str, w: float = 86, h: float = 44, signed: bool = False) -> None:
        """A gate or layer box, filled by its value (viridis for gates, diverging else)."""
        if value is None or not math.isfinite(value):
            fill = QtGui.QColor("#F2F2F2")
        elif signed:
            fill = cmap(SIGNED_MAP)(value, -1.0, 1.0)
        else:
            fill = cmap(GATE_MAP)(value, 0.0, 1.0)
        html = f"{title}<br>{body}"
        # a longer title (another language) widens the box
        w = max(w, html_label(html, self.pt).boundingRect().width() + 6)
        rect = QtCore.QRectF(x - w / 2, y - h / 2, w, h)
        path = QtGui.QPainterPath()
        path.addRoundedRect(rect, 7, 7)
        self._scene.addPath(path, QtGui.QPen(WIRE, 1.5), QtGui.QBrush(fill))
        self._text(html, x, y, colour=text_on(fill), key=key)

    # --------------------------------------------------------------- public
    def show_message(self, text: str) -> None:
        self._scene.clear()
        self.labels = {}
        if text:
            self._text(text, 0, 0, colour=MUTED)
        self._fit()

    def show_step(self, trace: ProbeTrace, layer: int, t: int, unit: int, mode: str) -> None:
        """Draw layer `layer` at step t (1-based) for hidden unit `unit`."""
        self._scene.clear()
        self.labels = {}
        lt = trace.layers[layer]
        k = min(max(unit, 0), lt.n - 1)
        ti = t - 1
        back = mode == "backward"
        name = QtCore.QCoreApplication.translate("settings", CELL_NAMES.get(lt.cell, lt.cell))
        if len(trace.layers) == 1:
            title = (self.tr("<b>{0}</b> — step t = {1}, unit {2} of {3} (gradients)") if back
                     else self.tr("<b>{0}</b> — step t = {1}, unit {2} of {3} (values)"))
        else:
            title = (self.tr("<b>{0}</b> — layer {4}, step t = {1}, unit {2} of {3} "
                             "(gradients)") if back else
                     self.tr("<b>{0}</b> — layer {4}, step t = {1}, unit {2} of {3} (values)"))
        self._text(title.format(name, t, k + 1, lt.n, layer + 1), 10, -28, anchor="w",
                   scale=1.1, key="title")
        if lt.cell in ("lstm", "peephole"):
            self._lstm(lt, ti, k, back, trace)
        elif lt.cell == "gru":
            self._gru(lt, ti, k, back)
        elif lt.cell == "elman":
            self._elman(lt, ti, k, back, trace)
        else:  # any other registered cell: its gates and states, values or gradients
            self._generic(lt, ti, k, back)
        self._fit()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        r = self._scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        self._scene.setSceneRect(r)
        if r.width() > 0 and r.height() > 0:
            self.fitInView(r, QtCore.Qt.AspectRatioMode.KeepAspectRatio)

    # ------------------------------------------------------------- circuits
    def _val(self, key: str, html: str, v: float, x: float, y: float, anchor: str,
             back: bool = False) -> None:
        colour = GRAD_INK if back else FWD_INK
        self._text(f"{html} = {fmt(v)}", x, y, anchor, colour=colour, key=key)

    def _lstm(self, lt: LayerTrace, ti: int, k: int, back: bool, trace: ProbeTrace) -> None:
        v = lt.values
        i, f, g, o = (float(v[q][ti, k]) for q in "ifgo")
        c, c_prev = float(v["c"][ti, k]), float(lt.c_prev[ti, k])
        tc = math.tanh(c)
        h = float(v["h"][ti, k])
        peep = lt.cell == "peephole"
        Y, BUS, END = 50.0, 350.0, 640.0  # highway, input bus, right edge
        xf, xp, xo = 190.0, 330.0, 480.0  # forget ×, +, output branch
        yf, yig, yo = 170.0, 240.0, 190.0  # gate rows
        xi, xg, xob = 255.0, 405.0, 570.0  # input, block input, output gate boxes
        # the highway
        self._wire((20, Y), (xf - 13, Y), width=3.5)
        self._op(xf, Y, "×")
        self._wire((xf + 13, Y), (xp - 13, Y), width=3.5)
        self._op(xp, Y, "+")
        self._wire((xp + 13, Y), (END, Y), width=3.5)
        self._text(self.tr("cell state: the highway"), 400, Y - 14, "s", colour=MUTED,
                   scale=0.9)
        # forget gate, input gate × block input
        self._wire((xf, yf - 22), (xf, Y + 13))
        self._wire((xi, yig - 22), (xi, 130), (xp - 13, 130))
        self._wire((xg, yig - 22), (xg, 130), (xp + 13, 130))
        self._op(xp, 130, "×")
        self._wire((xp, 130 - 13), (xp, Y + 13))
        # output: o_t * tanh(c_t) -> h_t
        self._wire((xo, Y), (xo, 110 - 16))
        self._box(xo, 110, "tanh", None, "", "tanh", w=60, h=32)
        self._wire((xo, 110 + 16), (xo, yo - 13))
        self._op(xo, yo, "×")
        self._wire((xob, yo), (xo + 13, yo))
        self._wire((xo, yo + 13), (xo, 292))
        # input bus
        self._wire((20, BUS), (END, BUS), width=2.5, arrow=False)
        self._text(self.tr("from x<sub>t</sub> and h<sub>t−1</sub> (× W<sub>x</sub>, "
                           "W<sub>h</sub>, + b)"), 20, BUS + 14, "nw", colour=MUTED)
        for x, top in ((xf, yf + 22), (xi, yig + 22), (xg, yig + 22), (xob, yo + 22)):
            self._wire((x, BUS), (x, top))
        if peep:
            pi, pf, po = (float(lt.parts[q][ti, k]) for q in ("p_i", "p_f", "p_o"))
            self._wire((80, Y), (80, yig), (xi - 65, yig), colour=PEEP, dashed=True)
            self._wire((80, yf), (xf - 65, yf), colour=PEEP, dashed=True, arrow=True)
            self._wire((600, Y), (600, yo - 22), colour=PEEP, dashed=True)
            self._text(f"p<sub>f</sub> = {fmt(pf, 2)}", 76, yf - 12, "e", colour=PEEP, key="p_f")
            self._text(f"p<sub>i</sub> = {fmt(pi, 2)}", 76, yig - 12, "e", colour=PEEP, key="p_i")
            self._text(f"p<sub>o</sub> = {fmt(po, 2)}", 606, 90, "w", colour=PEEP, key="p_o")
        W = 130
        if not back:
            self._box(xf, yf, self.tr("σ forget"), f, f"f<sub>t</sub> = {f:.3f}", "f", w=W)
            self._box(xi, yig, self.tr("σ input"), i, f"i<sub>t</sub> = {i:.3f}", "i", w=W)
            self._box(xg, yig, self.tr("tanh block input"), g, f"g<sub>t</sub> = {fmt(g)}", "g",
                      signed=True, w=W)
            self._box(xob, yo, self.tr("σ output"), o, f"o<sub>t</sub> = {o:.3f}", "o", w=W)
            self._val("c_prev", "c<sub>t−1</sub>", c_prev, 24, Y + 10, "nw")
            self._val("fc", "f⊙c<sub>t−1</sub>", f * c_prev, (xf + xp) / 2 + 6, Y + 10, "n")
            self._val("ig", "i⊙g", i * g, xp - 6, 92, "e")
            self._val("c", "c<sub>t</sub>", c, END, Y - 6, "se")
            self._val("tanh_c", "tanh c<sub>t</sub>", tc, xo - 36, 110, "e")
            self._val("h", "h<sub>t</sub>", h, xo, 296, "n")
        else:
            dh, dc = float(lt.dh[ti, k]), float(lt.dc[ti, k])
            dc_in = float(lt.dc_next[ti, k])
            da = {q: float(lt.da[q][ti, k]) for q in "ifgo"}
            back_c = dc * f
            if peep:
                back_c += da["i"] * float(lt.parts["p_i"][ti, k]) + da["f"] * float(
                    lt.parts["p_f"][ti, k])
            self._box(xf, yf, self.tr("σ forget  f = {0}").format(f"{f:.2f}"), f,
                      f"δa<sup>f</sup> = {fmt(da['f'])}", "f", w=W)
            self._box(xi, yig, self.tr("σ input  i = {0}").format(f"{i:.2f}"), i,
                      f"δa<sup>i</sup> = {fmt(da['i'])}", "i", w=W)
            self._box(xg, yig, self.tr("tanh  g = {0}").format(f"{g:+.2f}"), g,
                      f"δa<sup>g</sup> = {fmt(da['g'])}", "g", signed=True, w=W)
            self._box(xob, yo, self.tr("σ output  o = {0}").format(f"{o:.2f}"), o,
                      f"δa<sup>o</sup> = {fmt(da['o'])}", "o", w=W)
            self._val("dc_back", self.tr("back to t−1"), back_c, 20, Y - 6, "sw", back=True)
            self._val("dc", "δc<sub>t</sub>", dc, (xp + xo) / 2, Y + 10, "n", back=True)
            self._val("dc_in", self.tr("from t+1"), dc_in, END, Y - 6, "se", back=True)
            self._val("dh", "δh<sub>t</sub>", dh, xo, 296, "n", back=True)

    def _gru(self, lt: LayerTrace, ti: int, k: int, back: bool) -> None:
        v = lt.values
        r, z, n = (float(v[q][ti, k]) for q in "rzn")
        h, h_prev = float(v["h"][ti, k]), float(lt.h_prev[ti, k])
        hn = float(lt.parts["hn"][ti, k])
        Y, BUS, END = 50.0, 350.0, 660.0
        xz, xs = 400.0, 540.0  # × z on the top line, + giving h_t
        xr, xh, xn = 90.0, 200.0, 300.0  # reset gate, hn and its ×, candidate
        W = 130
        self._wire((20, Y), (xz - 13, Y), width=3.5)
        self._op(xz, Y, "×")
        self._wire((xz + 13, Y), (xs - 13, Y), width=3.5)
        self._op(xs, Y, "+")
        self._wire((xs + 13, Y), (END, Y), width=3.5)
        # candidate: hn_t from h_{t-1}, r ⊙ hn_t, tanh -> n_t
        self._wire((xh, Y), (xh, 120 - 20))
        self._box(xh, 120, "h<sub>t−1</sub>W<sub>h</sub><sup>n</sup> + b<sub>hn</sub>",
                  None, "", "hn_box", w=140, h=40)
        self._wire((xh, 140), (xh, 200 - 13))
        self._op(xh, 200, "×")
        self._wire((xr, 270 - 22), (xr, 200), (xh - 13, 200))
        self._wire((xh + 13, 200), (xn, 200), (xn, 270 - 22))
        # update gate: z to the × on the top line, 1 − z to the candidate's ×
        self._wire((xz, 170 - 22), (xz, Y + 13))
        self._wire((xz + W / 2, 170), (xs - 13, 170))
        self._text("1 − z", (xz + W / 2 + xs - 13) / 2, 164, "s", colour=MUTED)
        self._op(xs, 170, "×")
        self._wire((xs, 170 - 13), (xs, Y + 13))
        self._wire((xn + W / 2, 270), (xs, 270), (xs, 170 + 13))
        self._wire((20, BUS), (END, BUS), width=2.5, arrow=False)
        self._text(self.tr("from x<sub>t</sub> and h<sub>t−1</sub> (× W<sub>x</sub>, "
                           "W<sub>h</sub>, + b)"), 20, BUS + 14, "nw", colour=MUTED)
        for x, top in ((xr, 270 + 22), (xn, 270 + 22), (xz, 170 + 22)):
            self._wire((x, BUS), (x, top))
        if not back:
            self._box(xr, 270, self.tr("σ reset"), r, f"r<sub>t</sub> = {r:.3f}", "r", w=W)
            self._box(xz, 170, self.tr("σ update"), z, f"z<sub>t</sub> = {z:.3f}", "z", w=W)
            self._box(xn, 270, self.tr("tanh candidate"), n, f"n<sub>t</sub> = {fmt(n)}", "n",
                      signed=True, w=W)
            self._val("h_prev", "h<sub>t−1</sub>", h_prev, 24, Y + 10, "nw")
            self._val("hn", "hn<sub>t</sub>", hn, xh + 76, 120, "w")
            self._val("zh", "z⊙h<sub>t−1</sub>", z * h_prev, (xz + xs) / 2, Y + 10, "n")
            self._val("zn", "(1−z)⊙n", (1 - z) * n, xs + 16, 215, "w")
            self._val("h", "h<sub>t</sub>", h, END, Y - 6, "se")
        else:
            dh = float(lt.dh[ti, k])
            da = {q: float(lt.da[q][ti, k]) for q in ("r", "z", "n", "hn")}
            self._box(xr, 270, self.tr("σ reset  r = {0}").format(f"{r:.2f}"), r,
                      f"δa<sup>r</sup> = {fmt(da['r'])}", "r", w=W)
            self._box(xz, 170, self.tr("σ update  z = {0}").format(f"{z:.2f}"), z,
                      f"δa<sup>z</sup> = {fmt(da['z'])}", "z", w=W)
            self._box(xn, 270, self.tr("tanh  n = {0}").format(f"{n:+.2f}"), n,
                      f"δa<sup>n</sup> = {fmt(da['n'])}", "n", signed=True, w=W)
            self._val("dhn", "δhn<sub>t</sub>", da["hn"], xh + 76, 120, "w", back=True)
            self._val("dh", "δh<sub>t</sub>", dh, END, Y - 6, "se", back=True)
            self._val("dh_in", self.tr("from t+1"), float(lt.dh_next[ti, k]), xs + 16, Y + 10, "nw",
                      back=True)
            self._val("dh_direct", self.tr("back to t−1 directly: δh<sub>t</sub>⊙z<sub>t</sub>"),
                      dh * z,
                      20, Y - 6, "sw", back=True)

    def _generic(self, lt: LayerTrace, ti: int, k: int, back: bool) -> None:
        """A cell without a drawing of its own: h_{t-1} and x_t feed one box per gate,
        which together give h_t; each labelled with its value (or its gradient)."""
        info = registry.info(lt.cell)
        gates = list(info.gate_names)
        Y, BUS, END = 60.0, 260.0, 40.0 + 120.0 * max(len(gates), 1) + 120.0
        self._wire((20, BUS), (END, BUS), width=2.5, arrow=False)
        self._text(self.tr("from x<sub>t</sub> and h<sub>t−1</sub>"), 20, BUS + 14, "nw",
                   colour=MUTED)
        for j, g in enumerate(gates):
            x = 110.0 + 120.0 * j
            kind = "tanh" if g in info.tanh_gates else "σ"
            self._wire((x, BUS), (x, 160 + 18))
            self._box(x, 160, f"{g} {kind}", None, "", f"{g}_box", w=70, h=36)
            self._wire((x, 160 - 18), (x, Y))
        self._wire((20, Y), (END, Y), width=3.0)
        self._text("h<sub>t−1</sub>", 20, Y - 12, "sw")
        self._text("h<sub>t</sub>", END, Y - 12, "se")
        for j, (key, label, value) in enumerate(_generic_items(lt, ti, k, back)):
            self._val(key, label, value, 20 + 160.0 * j, BUS + 44, "nw", back=back)

    def _elman(self, lt: LayerTrace, ti: int, k: int, back: bool, trace: ProbeTrace) -> None:
        p = lt.parts
        xw, hw, b, a = (float(p[q][ti, k]) for q in ("xW", "hW", "b_h", "a"))
        h = float(lt.values["h"][ti, k])
        act = lt.activation or "tanh"
        xs, xa = 240.0, 390.0  # the sum node and the activation
        self._wire((20, 60), (90, 60))
        self._text("h<sub>t−1</sub>", 20, 46, "w")
        self._box(140, 60, "× W<sub>hh</sub>", None, "", "hW_box", w=100, h=36)
        self._wire((190, 60), (xs, 60), (xs, 140 - 13))
        self._wire((20, 220), (90, 220))
        self._text("x<sub>t</sub>", 20, 206, "w")
        self._box(140, 220, "× W<sub>xh</sub>", None, "", "xW_box", w=100, h=36)
        self._wire((190, 220), (xs, 220), (xs, 140 + 13))
        self._op(xs, 140, "+")
        self._wire((150, 140), (xs - 13, 140))
        self._text("b<sub>h</sub>", 146, 140, "e", colour=MUTED)
        self._wire((xs + 13, 140), (xa - 36, 140))
        self._box(xa, 140, act, None, "", "phi_box", w=72, h=36)
        self._wire((xa + 36, 140), (580, 140))
        if not back:
            self._val("hW", "h<sub>t−1</sub> W<sub>hh</sub>", hw, 196, 52, "sw")
            self._val("xW", "x<sub>t</sub> W<sub>xh</sub>", xw, 196, 228, "nw")
            self._val("b", "b<sub>h</sub>", b, 146, 152, "ne")
            self._val("a", "a<sub>t</sub>", a, (xs + xa) / 2 - 8, 132, "s")
            self._val("h", "h<sub>t</sub>", h, (xa + 36 + 580) / 2, 132, "s")
        else:
            dh = float(lt.dh[ti, k])
            da = float(lt.da["a"][ti, k])
            dphi = float(lt.da["phi"][ti, k])
            self._val("dh", "δh<sub>t</sub>", dh, (xa + 36 + 580) / 2, 132, "s", back=True)
            self._val("dh_out", self.tr("from above"), float(lt.d_above[ti, k]), xa + 44, 152, "nw",
                      back=True)
            self._val("dh_in", self.tr("from t+1"), float(lt.dh_next[ti, k]), xa + 44, 176, "nw",
                      back=True)
            self._val("dphi", "φ′(a<sub>t</sub>)", dphi, xa, 164, "n")
            self._val("da", "δa<sub>t</sub>", da, (xs + xa) / 2 - 8, 132, "s", back=True)
            self._text(self.tr("δa<sub>t</sub> goes back through W<sub>hh</sub> to step t−1<br>"
                               "and into ∂L/∂W<sub>hh</sub>, ∂L/∂W<sub>xh</sub>, "
                               "∂L/∂b<sub>h</sub>"),
                       196, 250, "nw", colour=GRAD_INK)


def _generic_items(lt: LayerTrace, ti: int, k: int, back: bool) -> list[tuple[str, str, float]]:
    """(key, label, value) of every gate and state of a registered cell at one step."""
    info = registry.info(lt.cell)
    if back:
        items = [("dh", "δh<sub>t</sub>", float(lt.dh[ti, k]))]
        items += [(f"da_{g}", f"δa<sup>{g}</sup>", float(lt.da[g][ti, k]))
                  for g in info.gate_names if g in lt.da]
        return items
    items = [("h_prev", "h<sub>t−1</sub>", float(lt.h_prev[ti, k]))]
    items += [(q, f"{q}<sub>t</sub>", float(lt.values[q][ti, k]))
              for q in (*info.gate_names, *info.state_names) if q in lt.values]
    return items


def unit_choices(trace: ProbeTrace, layer: int) -> int:
    return int(np.asarray(trace.layers[layer].values["h"]).shape[1])
