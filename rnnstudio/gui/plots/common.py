"""Shared pieces of the teaching panels: palette, axis styling, bounded buffers, export.

Colours are the Okabe–Ito palette (distinguishable with the common colour-vision
deficiencies); colour maps are perceptually uniform (inferno, viridis) or the
colour-blind-safe diverging CET-CBD1.
"""

from __future__ import annotations

import contextlib
import importlib
import math
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.config import Config
from ..i18n import Retranslatable
from ..messages import Progress

# Okabe–Ito
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#777777"
SERIES_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION)  # one per layer / series

BACKGROUND = "w"
BACKGROUND_RGB = "#ffffff"
FOREGROUND = "#222222"
TICK_PT = 9
LABEL_PT = 10
TITLE_PT = 11
GRID = False  # full grids double a plot's paint time; panels turn on what helps

GRADIENT_MAP = "inferno"  # log10 gradient norms: dark = vanished, bright = large
GATE_MAP = "viridis"  # values in [0, 1]
SIGNED_MAP = "CET-CBD1"  # values around 0 (tanh states, cell state)


LABEL_GAP = 1.6  # room per tick label along its axis, in label sizes (never touching)
MINOR_PX = 3.0  # log axes draw their minor marks only when the closest are this far apart


def _tick_metrics(axis: pg.AxisItem) -> QtGui.QFontMetricsF:
    return QtGui.QFontMetricsF(axis.style.get("tickFont") or axis.font())


def _axis_length(axis: pg.AxisItem) -> float:
    """The axis's length in pixels (0 before its first layout)."""
    size = axis.geometry()
    return float(size.height() if axis.orientation in ("left", "right") else size.width())


def nice_integer(at_least: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is >= at_least."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if step * m >= at_least:
                return step * m
        step *= 10


class StepAxis(pg.AxisItem):
    """Integer ticks (time steps, units, updates) spaced from the axis's pixel length so
    that labels never overlap, however narrow the plot."""

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def label_room(self, lo: float, hi: float) -> float:
        """Pixels one tick label needs along this axis."""
        fm = _tick_metrics(self)
        if self.orientation in ("left", "right"):
            return LABEL_GAP * fm.height()
        widest = max((f"{int(round(v)):d}" for v in (lo, hi)), key=len)
        return fm.horizontalAdvance(widest) + fm.height()  # a gap of about an em

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (Qt-style override)
        if self._tickSpacing is not None or size <= 0 or maxVal <= minVal:
            return super().tickSpacing(minVal, maxVal, size)
        per_px = (maxVal - minVal) / size
        step = nice_integer(self.label_room(minVal, maxVal) * per_px)
        return [(float(step), 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (Qt-style override)
        return [f"{int(round(v * scale)):d}" for v in values]


def nice_step(at_least: float) -> float:
    """The smallest of ..., 0.1, 0.2, 0.5, 1, 2, 5, 10, ... that is >= at_least (> 0)."""
    e = math.floor(math.log10(at_least))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * 10.0 ** e >= at_least * (1 - 1e-12):
            return m * 10.0 ** e
    return 10.0 ** (e + 1)


class ValueAxis(pg.AxisItem):
    """A linear axis with one level of ticks at 1, 2 or 5 times a power of ten, spaced
    from the axis's pixel length so that labels never overlap (pyqtgraph's default
    crowds "0 0.2 0.4 ... 1.0" into a plot a few lines high)."""

    def __init__(self, orientation: str = "left", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (Qt-style override)
        return spaced_ticks(self, minVal, maxVal, size) or super().tickSpacing(minVal, maxVal,
                                                                               size)


def spaced_ticks(axis: pg.AxisItem, lo: float, hi: float, size: float) -> list | None:
    """One level of ticks at 1, 2 or 5 times a power of ten whose labels fit apart on
    `axis`, `size` pixels long (ValueAxis and the colour bars); None when the axis has a
    fixed spacing or no range."""
    span = hi - lo
    if axis._tickSpacing is not None or size <= 0 or not (math.isfinite(span) and span > 0):
        return None
    fm = _tick_metrics(axis)
    if axis.orientation in ("left", "right"):
        room, least = LABEL_GAP * fm.height(), 1.1 * fm.height()
    else:
        widest = max(f"{lo:.3g}", f"{hi:.3g}", key=len)
        room = least = fm.horizontalAdvance(widest) + fm.height()
    step = nice_step(room * span / size)
    if math.floor(hi / step) - math.ceil(lo / step) < 2:  # labels at the very ends are
        step = nice_step(least * span / size)  # dropped: closer, still apart
    return [(step, 0.0)]


class LogAxis(pg.AxisItem):
    """An axis whose log-mode labels stay sparse: 1, 2 and 5 per decade over a short
    range, only the powers of ten over a long one (pyqtgraph labels every minor tick),
    and fewer still when the axis has too few pixels for them not to overlap."""

    def __init__(self, orientation: str = "left", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)  # "(x1e-06)" next to a log axis only confuses

    def _density(self, span: float) -> tuple[tuple[int, ...], int]:
        """(mantissas labelled, label every k-th decade) for a range of `span` decades."""
        keep = (1,) if span > 2.5 else (1, 2, 5) if span > 0.9 else tuple(range(1, 10))
        length = _axis_length(self)
        if length <= 0 or span <= 0:
            return keep, 1
        fm = _tick_metrics(self)
        room = LABEL_GAP * (fm.height() if self.orientation in ("left", "right")
                            else fm.horizontalAdvance("0.005"))
        per_decade = length / span
        # the closest labels: 9 and 10 (0.046 decades), 5 and 10 (0.3), 10 and 100 (1)
        if len(keep) == 9 and per_decade * 0.046 < room:
            keep = (1, 2, 5)
        if len(keep) == 3 and per_decade * 0.3 < room:
            keep = (1,)
        return keep, max(1, int(np.ceil(room / per_decade)))

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803
        """pyqtgraph's levels, without the minor marks (2...9 per decade) when they would
        stand closer than MINOR_PX: a short plot then shows a comb, not a scale. A range
        too short to hold two labelled levels (0.0226 to 0.0246, say) gets evenly spaced
        values instead, 0.023 and 0.024, so the axis is never without numbers."""
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        span = maxVal - minVal
        self._fine = None
        fine = self._fine_ticks(minVal, maxVal, size, ticks)
        if fine is not None:
            return fine
        if size <= 0 or span <= 0 or size / span * math.log10(10 / 9) >= MINOR_PX:
            return ticks
        keep, _ = self._density(span)
        out = []
        for spacing, values in ticks:
            if spacing is None:  # the minor level
                values = [v for v in values
                          if round(10.0 ** (v - math.floor(v + 1e-9))) in keep]
            out.append((spacing, values))
        return out

    def _fine_ticks(self, lo: float, hi: float, size: float, ticks: list) -> list | None:
        """Evenly spaced values (as log10) when fewer than two labelled levels fall in
        [lo, hi]; sets self._fine to their spacing. None when the usual labels will do."""
        if size <= 0 or not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
            return None
        keep, every = self._density(hi - lo)
        labelled = 0
        for _, values in ticks:
            for v in values:
                if lo <= v <= hi:
                    e = math.floor(v + 1e-9)
                    labelled += (round(10.0 ** (v - e)) in keep and e % every == 0)
        if labelled >= 2:
            return None
        a, b = 10.0 ** lo, 10.0 ** hi
        fm = _tick_metrics(self)
        room = LABEL_GAP * (fm.height() if self.orientation in ("left", "right")
                            else fm.horizontalAdvance("0.0005"))
        step = nice_step((b - a) / max(2.0, size / room))
        values = [math.log10(k * step) for k in range(math.ceil(a / step),
                                                      math.floor(b / step) + 1) if k > 0]
        if not values:
            return None
        self._fine = step
        return [(None, values)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (Qt-style override)
        step = getattr(self, "_fine", None)
        if step is not None:  # evenly spaced values: as many decimals as the step has
            digits = max(0, -math.floor(math.log10(step) + 1e-9))
            form = f".{digits}f" if digits <= 4 and step < 1e5 else ".3g"
            return [f"{10.0 ** float(v) * scale:{form}}" for v in values]
        lo, hi = (min(self.range), max(self.range)) if self.range else (0.0, 1.0)
        keep, every = self._density(hi - lo)
        out = []
        for v in values:
            x = 10.0 ** float(v) * scale
            if not np.isfinite(x) or x <= 0:
                out.append("")
                continue
            e = int(np.floor(np.log10(x) + 1e-9))
            m = x / 10.0 ** e
            mant = int(round(m))
            if abs(m - mant) > 1e-6 * max(m, 1) or mant not in keep or e % every:
                out.append("")
            else:
                out.append(f"{x:.{max(0, -e)}f}" if -4 <= e <= 4 else f"{x:.0e}")
        return out


def log_floor(*series: np.ndarray) -> tuple[np.ndarray, ...]:
    """The series with every value <= 0 raised to a tenth of the smallest positive value
    among them (1 if there is none), so a loss or gradient norm of exactly 0 sits at the
    log plot's floor instead of breaking the curve (log10(0) is -inf)."""
    every = np.concatenate([np.ravel(s) for s in series])
    pos = every[np.isfinite(every) & (every > 0)]
    floor = float(pos.min()) / 10 if pos.size else 1.0
    return tuple(np.where(np.isfinite(s) & (s <= 0), floor, s) for s in series)


def colormap(name: str) -> pg.ColorMap:
    return pg.colormap.get(name)


def pen(colour: str, width: float = 2.0, dash: bool = False) -> QtGui.QPen:
    p = pg.mkPen(colour, width=width)
    if dash:
        p.setStyle(QtCore.Qt.PenStyle.DashLine)
    p.setCosmetic(True)
    return p


def steady_bounds(data: list[float] | None, shown: list[float] | None,
                  grow: float = 0.25, fill: float = 0.5, slack: float = 0.01
                  ) -> list[float] | None:
    """The range an automatic axis shows for data spanning `data`, given what it shows
    now (`shown`): unchanged while the data stay inside (give or take `slack` of its width:
    pyqtgraph widens the data by the pen's pixels, and its own padding covers that) and
    fill at least `fill` of it; when the data leave it on a side, that side moves out with
    `grow` of the data's span as headroom; when they fill too little, it fits them again."""
    if data is None:
        return None
    lo, hi = float(data[0]), float(data[1])
    if shown is None or not (math.isfinite(lo) and math.isfinite(hi)):
        return [lo, hi]
    a, b = shown
    span = hi - lo
    tol = slack * max(b - a, span)
    if span < fill * (b - a):
        return [lo, hi]
    pad = grow * span
    return [lo - pad if lo < a - tol else a, hi + pad if hi > b + tol else b]


class SteadyViewBox(pg.ViewBox):
    """A view box whose automatic range moves in steps (`steady_bounds`), not on every
    redraw: a curve growing over updates keeps its axes, their ticks and grid for many
    redraws (a moving range redraws them all: about half of what a panel costs to paint)
    and the curve no longer crawls under the reader's eye. Zooming, panning and the
    "A" button behave as in any pyqtgraph plot."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._steady: list[list[float] | None] = [None, None]

    def forget_range(self) -> None:
        """Fit the data afresh at the next auto range (new data, or a log axis switched)."""
        self._steady = [None, None]

    def childrenBounds(self, frac=None, orthoRange=(None, None), items=None):  # noqa: N802
        bounds = super().childrenBounds(frac=frac, orthoRange=orthoRange, items=items)
        if items is not None:
            return bounds
        out = list(bounds)
        for ax in (0, 1):
            self._steady[ax] = steady_bounds(bounds[ax], self._steady[ax])
            out[ax] = None if self._steady[ax] is None else list(self._steady[ax])
        return out  # copies: pyqtgraph pads them in place


def steady_plot(canvas: pg.GraphicsLayoutWidget, **kwargs) -> pg.PlotItem:
    """canvas.addPlot(...) with a SteadyViewBox."""
    return canvas.addPlot(viewBox=SteadyViewBox(), **kwargs)


def layout_widget() -> pg.GraphicsLayoutWidget:
    """A white plotting canvas (our own, so the app's global pyqtgraph options stay untouched)."""
    w = pg.GraphicsLayoutWidget()
    w.setBackground(BACKGROUND)
    w.ci.setContentsMargins(4, 4, 4, 4)
    return w


def style_plot(plot: pg.PlotItem, x_label: str, y_label: str, title: str | None = None,
               short_title: str | None = None) -> None:
    """Dark axes, readable fonts, axis labels; the same look on every panel."""
    font = QtGui.QFont()
    font.setPointSize(TICK_PT)
    for side in ("left", "bottom", "right", "top"):
        ax = plot.getAxis(side)
        ax.setPen(pg.mkPen(FOREGROUND))
        ax.setTextPen(pg.mkPen(FOREGROUND))
        ax.setStyle(tickFont=font)
        ax.enableAutoSIPrefix(False)  # "(x0.001)" beside the label makes 0.6 read as 600
        ax.labelStyle = {"color": FOREGROUND, "font-size": f"{LABEL_PT}pt"}
    set_axis_label(plot, "bottom", x_label)
    set_axis_label(plot, "left", y_label)
    if title is not None:
        set_title(plot, title, short_title)
    plot.showGrid(x=GRID, y=GRID, alpha=0.15)


def retitle(plot: pg.PlotItem, x_label: str, y_label: str, title: str | None = None,
            short_title: str | None = None) -> None:
    """New axis labels and title for a styled plot, keeping their sizes (a language
    change)."""
    set_axis_label(plot, "bottom", x_label)
    set_axis_label(plot, "left", y_label)
    if title is not None:
        set_title(plot, title, short_title)


# ---------------------------------------------------------------- fitting text
# A title or axis label wider than its room shows its short form, else its text cut
# with "…"; the full text is the tooltip. Refitted whenever the item's size changes.
ELLIPSIS = "…"


def plain(html: str) -> str:
    doc = QtGui.QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText().replace("\n", " ").replace("\u2029", " ").strip()


def _fit(candidates: list[str], fits) -> str:
    """The first candidate that fits; else the last one's plain text cut to fit."""
    for text in candidates:
        if fits(text):
            return text
    words = plain(candidates[-1])
    lo, hi = 0, len(words)  # the longest prefix + "…" that fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(words[:mid].rstrip() + ELLIPSIS):
            lo = mid
        else:
            hi = mid - 1
    return words[:lo].rstrip() + ELLIPSIS if lo < len(words) else words


def _free_width(label: pg.LabelItem) -> None:
    """A title no longer forces its plot wider than the window (pyqtgraph makes the
    text's width the label's minimum): only its height is kept; fit_title does the rest."""
    def update_min() -> None:
        h = label.itemRect().height()
        label.setMinimumWidth(0)
        label.setMinimumHeight(h)
        hint = QtCore.Qt.SizeHint
        label._sizeHint = {hint.MinimumSize: (0, h), hint.PreferredSize: (0, h),
                           hint.MaximumSize: (-1, -1), hint.MinimumDescent: (0, 0)}
        label.updateGeometry()

    label.updateMin = update_min
    label.geometryChanged.connect(lambda: _alive(label) and fit_title(label))
    if label.parentWidget() is not None:
        label.parentWidget().geometryChanged.connect(
            lambda: _alive(label) and fit_title(label))
    label._fitting = False


def _alive(item: object) -> bool:
    """False once Qt has deleted the item (a closing window's last resize)."""
    return shiboken6.isValid(item)


def _room(item: QtWidgets.QGraphicsWidget, vertical: bool) -> float:
    """Pixels a text centred on `item` may take: its length, and as far into the plot's
    margins on both sides (the empty corners beside a title or axis) as it may go."""
    g = item.geometry()
    parent = item.parentWidget()
    if parent is None:
        return g.height() if vertical else g.width()
    outer = parent.rect()
    if vertical:
        return g.height() + 2 * max(0.0, min(g.top() - outer.top(), outer.bottom() - g.bottom()))
    return g.width() + 2 * max(0.0, min(g.left() - outer.left(), outer.right() - g.right()))


def fit_title(label: pg.LabelItem) -> None:
    texts = getattr(label, "_fit_texts", None)
    room = _room(label, vertical=False)
    if not texts or label._fitting or room <= 1:
        return
    label._fitting = True
    try:
        def fits(text: str) -> bool:
            pg.LabelItem.setText(label, text)
            return label.item.boundingRect().width() <= room

        best = _fit(texts, fits)
        if label.text != best:
            pg.LabelItem.setText(label, best)
    finally:
        label._fitting = False


def set_title(plot: pg.PlotItem, title: str, short: str | None = None) -> None:
    """The plot's title; `short` (and then the text cut with "…") where it does not fit."""
    label = plot.titleLabel
    if not hasattr(label, "_fitting"):
        _free_width(label)
    label._fit_texts = [title] + ([short] if short else [])
    label.setToolTip(plain(title))
    # a new text keeps the title's size (presentation mode may have enlarged it)
    size = label.opts.get("size") if label.text else None
    plot.setTitle(title, color=FOREGROUND, size=size or f"{TITLE_PT}pt")
    fit_title(label)


def fit_axis_label(axis: pg.AxisItem) -> None:
    texts = getattr(axis, "_fit_texts", None)
    room = _room(axis, vertical=axis.orientation in ("left", "right"))
    if not texts or room <= 1 or axis.label is None or getattr(axis, "_fitting", False):
        return
    axis._fitting = True
    try:
        def fits(text: str) -> bool:
            axis.labelText = text
            axis.label.setHtml(axis.labelString())
            return axis.label.boundingRect().width() <= room

        best = _fit(texts, fits)
        axis.labelText = best
        axis._updateLabel()
        axis.resizeEvent()  # centre the new text along the axis
    finally:
        axis._fitting = False


def set_axis_label(plot: pg.PlotItem, side: str, text: str, short: str | None = None) -> None:
    """Change an axis label, keeping its size (presentation mode may have enlarged it);
    `short` (and then the text cut with "…") where it does not fit along the axis."""
    label_axis(plot.getAxis(side), text, short)


def label_axis(axis: pg.AxisItem, text: str, short: str | None = None) -> None:
    """set_axis_label for any axis (a colour bar's too)."""
    size = axis.labelStyle.get("font-size", f"{LABEL_PT}pt")
    if not hasattr(axis, "_fit_texts"):  # refit when the axis or its plot (its room) resizes
        axis.geometryChanged.connect(lambda: _alive(axis) and fit_axis_label(axis))
        if axis.parentWidget() is not None:
            axis.parentWidget().geometryChanged.connect(
                lambda: _alive(axis) and fit_axis_label(axis))
    axis._fit_texts = [text] + ([short] if short else [])
    axis.setLabel(text, color=FOREGROUND, **{"font-size": size})
    axis.label.setToolTip(plain(text))
    fit_axis_label(axis)


def full_text(item: pg.LabelItem | pg.AxisItem) -> str:
    """A title's or axis label's whole text, however it is shown."""
    texts = getattr(item, "_fit_texts", None)
    return texts[0] if texts else (item.text if isinstance(item, pg.LabelItem)
                                   else item.labelText)


def color_bar(image: pg.ImageItem, plot: pg.PlotItem, levels: tuple[float, float], cmap: str,
              label: str) -> pg.ColorBarItem:
    bar = pg.ColorBarItem(values=levels, colorMap=colormap(cmap), interactive=False, width=14)
    bar.setImageItem(image, insert_in=plot)
    font = QtGui.QFont()
    font.setPointSize(TICK_PT)
    ax = bar.axis
    ax.setPen(pg.mkPen(FOREGROUND))
    ax.setTextPen(pg.mkPen(FOREGROUND))
    ax.setStyle(tickFont=font)
    ax.enableAutoSIPrefix(False)
    default = ax.tickSpacing  # labels kept apart on a short bar, as on ValueAxis
    ax.tickSpacing = lambda lo, hi, size: spaced_ticks(ax, lo, hi, size) or default(lo, hi, size)
    ax.labelStyle = {"color": FOREGROUND, "font-size": f"{LABEL_PT}pt"}
    label_axis(ax, label)
    return bar


class HoverReadout:
    """The value under the cursor on a heat map or grid, in a small box beside it: the
    one helper every image in the plots uses. `describe(column, row)` gives the text of
    the image's cell (column along x, row along y), or None for nothing to say."""

    def __init__(self, plot: pg.PlotItem, image: pg.ImageItem,
                 describe: Callable[[int, int], str | None]) -> None:
        self.plot, self.image, self.describe = plot, image, describe
        self.text = pg.TextItem("", color=FOREGROUND, anchor=(0, 1),
                                fill=pg.mkBrush(255, 255, 255, 225),
                                border=pg.mkPen("#999999"))
        font = QtGui.QFont()
        font.setPointSize(TICK_PT)
        self.text.setFont(font)
        self.text.setZValue(1000)
        self.text.hide()
        plot.scene().addItem(self.text)  # on top of the canvas: not clipped by the plot
        plot.scene().sigMouseMoved.connect(self.hover)

    def cell(self, scene_pos: QtCore.QPointF) -> tuple[int, int] | None:
        """(column, row) of the image under a scene position, None off the image."""
        if self.image.image is None or not self.image.isVisible() \
                or not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.image.mapFromScene(scene_pos)
        i, j = int(np.floor(p.x())), int(np.floor(p.y()))
        if 0 <= i < self.image.width() and 0 <= j < self.image.height():
            return i, j
        return None

    def hover(self, scene_pos: QtCore.QPointF) -> str | None:
        """Show (and return) the text for the cell under `scene_pos`; hide it off the image."""
        where = self.cell(scene_pos)
        text = self.describe(*where) if where is not None else None
        if not text:
            self.text.hide()
            return None
        self.text.setText(text)
        views = self.plot.scene().views()
        canvas = (views[0].mapToScene(views[0].viewport().rect()).boundingRect() if views
                  else self.plot.scene().sceneRect())
        right = scene_pos.x() > canvas.center().x()  # the box goes towards the middle
        below = scene_pos.y() < canvas.top() + 40
        self.text.setAnchor((1.05 if right else -0.05, -0.3 if below else 1.2))
        self.text.setPos(scene_pos)
        self.text.show()
        return text


def readout_value(v: float) -> str:
    return f"{v:.3g}" if np.isfinite(v) else "–"


def legend(plot: pg.PlotItem) -> pg.LegendItem:
    return plot.addLegend(offset=(-5, 5), labelTextSize=f"{TICK_PT}pt",
                          labelTextColor=FOREGROUND, brush=pg.mkBrush(255, 255, 255, 210),
                          pen=pg.mkPen("#cccccc"))


def legend_row(canvas: pg.GraphicsLayoutWidget, row: int, col: int = 0, colspan: int = 1,
               columns: int = 4) -> pg.LegendItem:
    """A legend in its own layout row (above or below a plot), so it never hides data.
    Fill it with ``legend.addItem(curve, name)``."""
    leg = pg.LegendItem(colCount=columns, labelTextSize=f"{TICK_PT}pt",
                        labelTextColor=FOREGROUND, horSpacing=18)
    canvas.addItem(leg, row=row, col=col, colspan=colspan)
    leg.layout.setContentsMargins(4, 0, 4, 0)
    return leg


MONO_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Menlo", "Consolas",
                 "Courier New", "monospace"]


def mono_font(point_size: int = LABEL_PT) -> QtGui.QFont:
    """A fixed-pitch font, whatever the platform plugin calls its monospace family."""
    font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    if not QtGui.QFontInfo(font).fixedPitch():
        font = QtGui.QFont()
        font.setFamilies(MONO_FAMILIES)
        font.setStyleHint(QtGui.QFont.StyleHint.TypeWriter)
        font.setFixedPitch(True)
    font.setPointSize(point_size)
    return font


def hint_label(text: str = "") -> QtWidgets.QLabel:
    """A wrapped one-line explanation above or below a plot."""
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    lab.setTextFormat(QtCore.Qt.TextFormat.RichText)
    lab.setContentsMargins(4, 0, 4, 0)
    return lab


class DecimatingSeries:
    """A bounded (x, y) series for long runs: memory stays flat however long training goes.

    Points are buckets of ``stride`` consecutive samples (mean x, mean y, min y, max y).
    When ``cap`` buckets are full, neighbouring pairs merge and the stride doubles, so
    the series always spans the whole run with at most ``cap`` (+1 partial) points.
    Non-finite y values (a diverged step) are skipped.
    """

    def __init__(self, cap: int = 2000):
        if cap < 4:
            raise ValueError("cap: must be at least 4")
        self.cap = cap + cap % 2  # even, so a full buffer halves exactly
        self._x = np.empty(self.cap + 1)
        self._y = np.empty(self.cap + 1)
        self._lo = np.empty(self.cap + 1)
        self._hi = np.empty(self.cap + 1)
        self.clear()

    def clear(self) -> None:
        self.n = 0  # complete buckets
        self.stride = 1
        self.total = 0  # samples seen
        self._count = 0  # samples in the partial bucket
        self._sx = self._sy = 0.0
        self._lo_p, self._hi_p = np.inf, -np.inf

    def __len__(self) -> int:
        return self.n + (1 if self._count else 0)

    def extend(self, xs: np.ndarray, ys: np.ndarray) -> None:
        xs = np.asarray(xs, dtype=np.float64).ravel()
        ys = np.asarray(ys, dtype=np.float64).ravel()
        ok = np.isfinite(ys) & np.isfinite(xs)
        if not ok.all():
            xs, ys = xs[ok], ys[ok]
        self.total += xs.size
        i, m = 0, xs.size
        while i < m:
            if self.n == self.cap and not self._count:
                self._halve()  # before a new bucket starts, so every bucket has one stride
            s = self.stride
            if self._count or m - i < s:  # top up the partial bucket
                take = min(s - self._count, m - i)
                seg_x, seg_y = xs[i:i + take], ys[i:i + take]
                self._sx += float(seg_x.sum())
                self._sy += float(seg_y.sum())
                self._lo_p = min(self._lo_p, float(seg_y.min()))
                self._hi_p = max(self._hi_p, float(seg_y.max()))
                self._count += take
                i += take
                if self._count == s:
                    self._push(self._sx / s, self._sy / s, self._lo_p, self._hi_p)
                    self._count = 0
                    self._sx = self._sy = 0.0
                    self._lo_p, self._hi_p = np.inf, -np.inf
                continue
            k = min((m - i) // s, self.cap - self.n)  # whole buckets at once
            bx = xs[i:i + k * s].reshape(k, s)
            by = ys[i:i + k * s].reshape(k, s)
            sl = slice(self.n, self.n + k)
            self._x[sl] = bx.mean(axis=1)
            self._y[sl] = by.mean(axis=1)
            self._lo[sl] = by.min(axis=1)
            self._hi[sl] = by.max(axis=1)
            self.n += k
            i += k * s

    def append(self, x: float, y: float) -> None:
        self.extend(np.array([x]), np.array([y]))

    def _push(self, x: float, y: float, lo: float, hi: float) -> None:
        j = self.n
        self._x[j], self._y[j], self._lo[j], self._hi[j] = x, y, lo, hi
        self.n += 1

    def _halve(self) -> None:
        """Merge neighbouring buckets (called when full: n == cap, which is even)."""
        h = self.n // 2
        for a, how in ((self._x, "mean"), (self._y, "mean"), (self._lo, "min"),
                       (self._hi, "max")):
            even, odd = a[0:2 * h:2], a[1:2 * h:2]
            if how == "mean":
                merged = 0.5 * (even + odd)
            elif how == "min":
                merged = np.minimum(even, odd)
            else:
                merged = np.maximum(even, odd)
            a[:h] = merged
        self.stride *= 2
        self.n = h

    def data(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Copies of (x, mean y, min y, max y), the partial bucket last."""
        k = self.n
        if self._count:
            c = self._count
            self._x[k], self._y[k] = self._sx / c, self._sy / c
            self._lo[k], self._hi[k] = self._lo_p, self._hi_p
            k += 1
        return self._x[:k].copy(), self._y[:k].copy(), self._lo[:k].copy(), self._hi[:k].copy()

    def last(self) -> float | None:
        if self._count:
            return self._sy / self._count
        return float(self._y[self.n - 1]) if self.n else None


def settle(widget: QtWidgets.QWidget) -> None:
    """Settle every visible canvas in `widget` now (auto ranges, clipped curves), so each
    paints once, in the next event-loop turn. Left to the paint itself, a range that moves
    re-clips the curves and the canvas paints a second time."""
    for view in widget.findChildren(pg.GraphicsView):
        if view.isVisible():
            view.scene().prepareForPaint()


class Panel(Retranslatable, QtWidgets.QWidget):
    """Base of the four panels: reset / update_progress / export, and retranslate (its
    titles and texts in the interface language, the data kept)."""

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def reset(self, config: Config) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def update_progress(self, progress: Progress) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def redraw(self, progress: Progress) -> Iterator[None] | None:
        """What a redraw cycle calls: update_progress, then `settle`. A panel may split
        it into parts (a generator: each `yield` ends a part, painted in its own
        event-loop turn, so no single turn holds the window long)."""
        self.update_progress(progress)
        settle(self)
        return None

    def export_target(self) -> QtWidgets.QGraphicsScene | pg.GraphicsItem | None:
        """What export() writes: a pyqtgraph scene or item (None: the widget itself)."""
        return None

    def export(self, path: str) -> None:
        """Write the panel's plot(s) to `path`: PNG or SVG, chosen by the suffix."""
        from pyqtgraph import exporters

        path = str(path)
        suffix = Path(path).suffix.lower()
        if suffix not in (".png", ".svg"):
            raise ValueError(f"export: {path!r}; expected a file name ending in .png or .svg")
        target = self.export_target()
        if target is None:
            self._export_widget(path, suffix)
            return
        if suffix == ".svg":
            with _closed_paths_tolerated():
                exporters.SVGExporter(target).export(path)
        else:
            ex = exporters.ImageExporter(target)
            ex.parameters()["antialias"] = True
            ex.export(path)

    def _export_widget(self, path: str, suffix: str) -> None:
        """Panels without a plot (e.g. a text box) render the widget itself."""
        if suffix == ".png":
            if not self.grab().save(path, "PNG"):
                raise OSError(f"export: could not write {path}")
            return
        self._export_svg(path)

    def _export_svg(self, path: str) -> None:
        """Draw this widget into an SVG file with Qt's generator."""
        from PySide6 import QtSvg

        size = self.size()
        gen = QtSvg.QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(size)
        gen.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), size))
        gen.setTitle("RNN Studio")
        painter = QtGui.QPainter(gen)
        try:
            self.render(painter, QtCore.QPoint())
        finally:
            painter.end()
        if not Path(path).exists():
            raise OSError(f"export: could not write {path}")


@contextlib.contextmanager
def _closed_paths_tolerated():
    """pyqtgraph 0.14's SVG exporter splits path data on spaces and expects "x,y" in every
    token, so the close-path command ("... Z") that Qt >= 6.9 writes (every ViewBox has
    one) raises ValueError. For the duration of one export, hide the "Z"s from its
    coordinate fix-up and put them back afterwards."""
    mod = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = mod.correctCoordinates

    def tolerant(node, defs, item, options):
        closed = []
        for el in node.getElementsByTagName("path"):
            d = el.getAttribute("d")
            if "Z" in d or "z" in d:
                closed.append(el)
                el.setAttribute("d", d.replace("Z", " ").replace("z", " ").strip())
        try:
            return original(node, defs, item, options)
        finally:
            for el in closed:
                el.setAttribute("d", el.getAttribute("d").strip() + " Z")

    mod.correctCoordinates = tolerant
    try:
        yield
    finally:
        mod.correctCoordinates = original
