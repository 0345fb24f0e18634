"""Predicted vs true, drawn the way each task is read by a person.

- addition: a bit grid (rows a, b, true a + b, the network's sum; most significant bit
  on the left) with wrong bits in vermillion, and the decimal reading
  ``a + b = predicted (true)``;
- detection: the letter stream along the time axis, the true word ends as bars and the
  network's flag probability as a curve;
- charlm: the newest generated sample (at the config's temperature) in a text box;
- classify: the confusion matrix of the held-out sequences (plots/confusion.py), from
  the evaluation's counts, with the probe sequence's reading below it;
- recall, adding, forecast and any other task: true and predicted values (or symbols)
  over time steps, with the input in grey.

Everything is drawn from the probe sequence (``Progress.probe``) and ``Progress.sample``;
items are created on reset and updated in place.
"""

from __future__ import annotations

import html
import sys
from collections import deque

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.config import Config
from ..i18n import engine_text
from ..messages import Progress
from . import common as c
from .confusion import ConfusionView

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
BLANK_MARK = "·"


def _rgb(hex_colour: str) -> np.ndarray:
    q = QtGui.QColor(hex_colour)
    return np.array([q.red(), q.green(), q.blue()], dtype=np.float64)


ONE_RGB = _rgb(c.BLUE)
ZERO_RGB = _rgb("#eeeeee")
WRONG_RGB = _rgb(c.VERMILLION)


def task_symbols(config: Config) -> list[str] | None:
    """Readable names of a one-hot task's input symbols, if the task declares them."""
    try:
        from ...engine.tasks import make_task

        task = make_task(config)
    except Exception:
        return None
    for attr in ("symbols", "alphabet", "vocab"):
        v = getattr(task, attr, None)
        if isinstance(v, (str, list, tuple)) and len(v):
            return [str(s) for s in v]
    mod = sys.modules.get(type(task).__module__)
    for attr in ("SYMBOLS", "ALPHABET"):
        v = getattr(mod, attr, None)
        if isinstance(v, str) and v:
            return list(v)
    return None


def _canvas_page() -> tuple[QtWidgets.QWidget, pg.GraphicsLayoutWidget, QtWidgets.QLabel]:
    page = QtWidgets.QWidget()
    canvas = c.layout_widget()
    label = QtWidgets.QLabel("")
    label.setWordWrap(True)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    lay = QtWidgets.QVBoxLayout(page)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(canvas, 1)
    lay.addWidget(label)
    return page, canvas, label


# ---------------------------------------------------------------- addition
def key_text() -> str:
    return (f"<br><span style='font-size:{c.TICK_PT}pt; color:{c.GREY}'>"
            + QtCore.QCoreApplication.translate(
                "PredictionView",
                "network row: the darker, the surer the bit is 1; {0} wrong bit").format(
                f"<span style='color:{c.VERMILLION}'>■</span>") + "</span>")


class BitGrid:
    """Rows a, b, true sum, network sum; columns bits, most significant on the left."""

    ROWS = ("a", "b", QtCore.QT_TRANSLATE_NOOP("PredictionView", "a + b (true)"),
            QtCore.QT_TRANSLATE_NOOP("PredictionView", "network"))

    def __init__(self) -> None:
        self.page, self.canvas, self.reading = _canvas_page()
        font = self.reading.font()
        font.setPointSize(c.TITLE_PT + 2)
        self.reading.setFont(font)
        self.reading.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        c.style_plot(self.plot, "", "", "")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.hover = c.HoverReadout(self.plot, self.image, self._describe)
        self.prob = np.zeros(0)  # (column,): the network's P(bit = 1)
        self.grid_lines = pg.PlotCurveItem(pen=pg.mkPen("w", width=3), connect="pairs")
        self.plot.addItem(self.grid_lines)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setPen(pg.mkPen(None))
            self.plot.getAxis(side).setTextPen(pg.mkPen(c.FOREGROUND))
        self.retitle()
        self.texts: list[list[pg.TextItem]] = []
        self.n = 0
        self.rgb = np.zeros((0, 4, 3), dtype=np.ubyte)
        self.bits = np.zeros((0, 4), dtype=np.int64)  # (column, row): what is drawn
        self.wrong = np.zeros(0, dtype=bool)  # (column,): network bit differs from truth
        self.values: tuple[int, int, int, int] | None = None  # a, b, true, predicted

    def retitle(self) -> None:
        """The titles and row names in the interface language."""
        c.set_axis_label(self.plot, "bottom", QtCore.QCoreApplication.translate(
            "PredictionView", "bit (the network reads right to left: least significant first)"))
        c.set_title(self.plot,
            QtCore.QCoreApplication.translate("PredictionView", "Binary addition: the probe pair"))
        rows = [QtCore.QCoreApplication.translate("PredictionView", name) for name in self.ROWS]
        left = self.plot.getAxis("left")
        left.setTicks([list(enumerate(rows))])
        # Wide enough for the longest row name in this language (pyqtgraph drops tick
        # labels that do not fit).
        metrics = QtGui.QFontMetrics(left.style.get("tickFont") or QtGui.QFont())
        left.setWidth(max(metrics.horizontalAdvance(r) for r in rows) + 24)

    def reset(self, config: Config) -> None:
        self._build(int(config.bits))

    def _build(self, n: int) -> None:
        if n != self.n:
            for row in self.texts:
                for t in row:
                    self.plot.removeItem(t)
            font = QtGui.QFont()
            font.setPointSize(c.LABEL_PT)
            font.setBold(True)
            self.texts = []
            for col in range(n):
                row_items = []
                for r in range(4):
                    t = pg.TextItem("", anchor=(0.5, 0.5))
                    t.setFont(font)
                    t.setPos(col, r)
                    self.plot.addItem(t)
                    row_items.append(t)
                self.texts.append(row_items)
            self.n = n
            xs = [(v, v, -0.5, 3.5) for v in np.arange(n + 1) - 0.5]
            ys = [(-0.5, n - 0.5, v, v) for v in np.arange(5) - 0.5]
            seg = np.array(xs + ys, dtype=np.float64)  # (x0, x1, y0, y1) per line
            self.grid_lines.setData(seg[:, :2].ravel(), seg[:, 2:].ravel())
            self.plot.getAxis("bottom").setTicks(
                [[(col, "2" + str(n - 1 - col).translate(SUPERSCRIPT)) for col in range(n)]])
        self.rgb = np.full((n, 4, 3), 250, dtype=np.ubyte)
        self.bits = np.zeros((n, 4), dtype=np.int64)
        self.wrong = np.zeros(n, dtype=bool)
        self.values = None
        for row in self.texts:
            for t in row:
                t.setText("")
        self.image.setImage(self.rgb, autoLevels=False, levels=(0, 255))
        self.image.setRect(QtCore.QRectF(-0.5, -0.5, n, 4))
        self.plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, 3.5), padding=0.02)
        self.reading.setText(QtCore.QCoreApplication.translate(
            "PredictionView", "Train to see the network add the probe pair.") + key_text())

    def _describe(self, col: int, row: int) -> str | None:
        if self.values is None or col >= len(self.bits):
            return None
        name = QtCore.QCoreApplication.translate("PredictionView", self.ROWS[row])
        power = "2" + str(self.n - 1 - col).translate(SUPERSCRIPT)
        text = QtCore.QCoreApplication.translate("PredictionView", "{0}, bit {1}: {2}").format(
            name, power, int(self.bits[col, row]))
        if row == 3:
            text += f", P(1) = {self.prob[col]:.2f}"
        return text

    def show(self, probe: dict) -> None:
        x = np.asarray(probe["x"])[:, 0, :]  # (T, 2): a and b bits, least significant first
        y = np.asarray(probe["y"]).reshape(x.shape[0], -1)[:, 0]
        p = np.asarray(probe["output"]).reshape(x.shape[0], -1)[:, 0]  # P(bit = 1)
        T = x.shape[0]
        if self.n != T:  # a probe of another width: rebuild the grid
            self._build(T)
        lsb_first = np.stack([x[:, 0] > 0.5, x[:, 1] > 0.5, y > 0.5, p > 0.5], axis=1)
        bits = lsb_first[::-1].astype(np.int64)  # (column, row), MSB in column 0
        prob = np.nan_to_num(p[::-1].astype(np.float64), nan=0.5)  # a diverged net: grey
        wrong = bits[:, 3] != bits[:, 2]
        rgb = np.where(bits[:, :, None] == 1, ONE_RGB, ZERO_RGB)
        # the network row: shade by its probability of a 1 (confidence), wrong bits vermillion
        rgb[:, 3] = ZERO_RGB + prob[:, None] * (ONE_RGB - ZERO_RGB)
        rgb[wrong, 3] = WRONG_RGB
        self.rgb = rgb.astype(np.ubyte)
        self.image.setImage(self.rgb, autoLevels=False, levels=(0, 255))
        for col in range(self.n):
            for r in range(4):
                t = self.texts[col][r]
                b = int(bits[col, r])
                dark = (b == 1 and r < 3) or (r == 3 and (wrong[col] or prob[col] > 0.55))
                t.setText(str(b))
                t.setColor(QtGui.QColor("#ffffff" if dark else c.FOREGROUND))
        self.bits, self.wrong, self.prob = bits, wrong, prob
        weights = 1 << np.arange(T, dtype=object)  # exact for any width
        a, b, true, pred = (int(np.dot(lsb_first[:, k].astype(object), weights)) for k in range(4))
        self.values = (a, b, true, pred)
        ok = pred == true
        n_wrong = int(wrong.sum())
        wrong_text = (
            QtCore.QCoreApplication.translate("PredictionView", "1 wrong bit") if n_wrong == 1
            else QtCore.QCoreApplication.translate("PredictionView", "{0} wrong bits")
            .format(n_wrong))
        mark = "✓" if ok else f"✗ ({wrong_text})"
        colour = c.GREEN if ok else c.VERMILLION
        self.reading.setText(QtCore.QCoreApplication.translate(
            "PredictionView", "{0} + {1} = <b>{2}</b> (true {3})").format(a, b, pred, true)
            + f" <span style='color:{colour}'>{mark}</span>{key_text()}")


# --------------------------------------------------------------- detection
class Stream:
    """The letter stream with the true word ends (bars) and the flag probability."""

    def __init__(self) -> None:
        self.page, self.canvas, self.reading = _canvas_page()
        self.plot: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        c.style_plot(self.plot, "", "", "")
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMouseEnabled(y=False)
        self.legend = c.legend_row(self.canvas, row=1, columns=3)
        self.truth = pg.BarGraphItem(x=[], height=[], width=0.85, brush=pg.mkBrush(0, 158, 115, 90),
                                     pen=pg.mkPen(None))
        self.plot.addItem(self.truth)
        self.prob = self.plot.plot(pen=c.pen(c.BLUE, 2), symbol="o", symbolSize=5,
                                   symbolBrush=c.BLUE, symbolPen=None)
        self.flags = self.plot.plot(pen=None, symbol="t1", symbolSize=11,
                                    symbolBrush=c.ORANGE, symbolPen=pg.mkPen(c.FOREGROUND))
        self.threshold = pg.InfiniteLine(pos=0.5, angle=0, movable=False,
                                         pen=c.pen(c.GREY, 1, dash=True))
        self.plot.addItem(self.threshold)
        self.plot.setYRange(-0.05, 1.15, padding=0)
        self.letters: list[str] = []
        self.word = ""
        self.retitle()

    def retitle(self) -> None:
        c.set_axis_label(self.plot, "bottom", QtCore.QCoreApplication.translate("PredictionView",
                                                 "input letter at each time step"))
        c.set_axis_label(self.plot, "left",
            QtCore.QCoreApplication.translate("PredictionView", "P(flag)"))
        c.set_title(self.plot,
            QtCore.QCoreApplication.translate("PredictionView", "Flags along the probe stream"))
        self.legend.clear()
        self.legend.addItem(self.truth,
            QtCore.QCoreApplication.translate("PredictionView", "word ends here (truth)"))
        self.legend.addItem(self.prob,
            QtCore.QCoreApplication.translate("PredictionView", "network P(flag)"))
        self.legend.addItem(self.flags,
            QtCore.QCoreApplication.translate("PredictionView", "flag raised (P > 0.5)"))

    def reset(self, config: Config) -> None:
        self.letters = task_symbols(config) or [chr(ord("a") + i) for i in range(26)]
        self.word = config.word
        self.truth.setOpts(x=[], height=[])
        self.prob.setData([], [])
        self.flags.setData([], [])
        self.plot.getAxis("bottom").setTicks([[]])
        c.set_title(self.plot, QtCore.QCoreApplication.translate(
            "PredictionView", "Flags along the probe stream: where does “{0}” end?")
            .format(self.word))
        self.reading.setText("")

    def _describe(self, col: int, row: int) -> str | None:
        if self.values is None or col >= len(self.bits):
            return None
        name = QtCore.QCoreApplication.translate("PredictionView", self.ROWS[row])
        power = "2" + str(self.n - 1 - col).translate(SUPERSCRIPT)
        text = QtCore.QCoreApplication.translate("PredictionView", "{0}, bit {1}: {2}").format(
            name, power, int(self.bits[col, row]))
        if row == 3:
            text += f", P(1) = {self.prob[col]:.2f}"
        return text

    def show(self, probe: dict) -> None:
        x = np.asarray(probe["x"])[:, 0, :]
        T = x.shape[0]
        y = np.asarray(probe["y"]).reshape(T, -1)[:, 0]
        p = np.asarray(probe["output"]).reshape(T, -1)[:, 0].astype(np.float64)
        t = np.arange(T)
        idx = x.argmax(axis=1)
        names = [self.letters[i] if i < len(self.letters) else "?" for i in idx]
        self.plot.getAxis("bottom").setTicks([[(i, s) for i, s in enumerate(names)]])
        hits = t[y > 0.5]
        self.truth.setOpts(x=hits, height=np.ones(hits.size), width=0.85)
        self.prob.setData(t, p)
        raised = t[p > 0.5]
        self.flags.setData(raised, np.full(raised.size, 1.07))
        self.plot.setXRange(-0.7, T - 0.3, padding=0)
        caught = int(np.sum((p > 0.5) & (y > 0.5)))
        false = int(np.sum((p > 0.5) & (y <= 0.5)))
        alarms = (QtCore.QCoreApplication.translate("PredictionView", "1 false alarm")
                  if false == 1 else QtCore.QCoreApplication.translate(
                      "PredictionView", "{0} false alarms").format(false))
        self.reading.setText(QtCore.QCoreApplication.translate(
            "PredictionView", "caught {0} of {1} “{2}”, {3}").format(
            caught, hits.size, self.word, alarms))


# ------------------------------------------------------------------ charlm
class Sample:
    """The newest generated text on top, a few earlier ones greyed below it, so the way
    from noise to words stays in sight. Read-only, monospace."""

    KEEP = 5

    def __init__(self) -> None:
        self.page = QtWidgets.QWidget()
        self.header = QtWidgets.QLabel("")
        self.text = QtWidgets.QTextEdit()
        self.text.setObjectName("generated_text")  # the network's own words
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        self.text.setFont(c.mono_font(c.LABEL_PT + 1))
        self.text.setLineWrapMode(QtWidgets.QTextEdit.LineWrapMode.WidgetWidth)
        lay = QtWidgets.QVBoxLayout(self.page)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.text, 1)
        self.temperature = 1.0
        self.history: deque[tuple[int, str]] = deque(maxlen=self.KEEP)
        self.retitle()

    def retitle(self) -> None:
        self.text.setPlaceholderText(QtCore.QCoreApplication.translate(
            "PredictionView", "Samples appear here at every evaluation while training."))

    def reset(self, config: Config) -> None:
        self.temperature = float(config.temperature)
        self.history.clear()
        self.text.clear()
        self.header.setText(QtCore.QCoreApplication.translate(
            "PredictionView", "Text the network writes at temperature {0}").format(
            f"{self.temperature:.2f}"))

    def show_sample(self, sample: str, step: int) -> None:
        self.header.setText(QtCore.QCoreApplication.translate(
            "PredictionView", "Text the network writes at temperature {0} (after update {1}; "
            "earlier samples greyed below)").format(f"{self.temperature:.2f}", step))
        self.history.appendleft((step, sample))
        parts = []
        for k, (when, text) in enumerate(self.history):
            colour = c.FOREGROUND if k == 0 else c.GREY
            if k:
                after = QtCore.QCoreApplication.translate("PredictionView",
                                                          "after update {0}").format(when)
                parts.append(f"<p style='color:{c.GREY}'>── {after} ──</p>")
            parts.append(f"<pre style='color:{colour}; white-space: pre-wrap'>"
                         f"{html.escape(text)}</pre>")
        self.text.setHtml("".join(parts))

    @property
    def latest(self) -> str:
        return self.history[0][1] if self.history else ""


# ------------------------------------------------------ recall, adding, ...
def task_units(config: Config) -> tuple[object, str] | None:
    """For a task trained on standardised values of a data file (forecasting a column of
    your own): the function that turns them back into the file's units, and the column's
    name. None for every other task."""
    try:
        from ...engine.tasks import make_task

        task = make_task(config)
    except Exception:
        return None
    data = getattr(task, "data", None)
    if data is None or not callable(getattr(task, "original", None)):
        return None
    return task.original, str(getattr(data, "name", ""))


class Values:
    """True and predicted values (or symbols) over the probe's time steps (a data file's
    values in the file's own units)."""

    def __init__(self) -> None:
        self.page, self.canvas, self.reading = _canvas_page()
        self.reading.setFont(c.mono_font(c.TICK_PT + 1))
        self.plot: pg.PlotItem = self.canvas.addPlot(row=0, col=0)
        c.style_plot(self.plot, "", "", "")
        self.legend = c.legend_row(self.canvas, row=1, columns=4)
        self.input = self.plot.plot(pen=c.pen(c.GREY, 1.2), symbol="s", symbolSize=5,
                                    symbolBrush=c.GREY, symbolPen=None, connect="finite")
        self.marked = self.plot.plot(pen=None, symbol="d", symbolSize=13, symbolBrush=None,
                                     symbolPen=pg.mkPen(c.FOREGROUND, width=1.5))
        self.true = self.plot.plot(pen=c.pen(c.FOREGROUND, 1.5), symbol="o", symbolSize=10,
                                   symbolBrush=None, symbolPen=pg.mkPen(c.FOREGROUND, width=2),
                                   connect="finite")
        self.pred = self.plot.plot(pen=c.pen(c.ORANGE, 2), symbol="x", symbolSize=9,
                                   symbolBrush=c.ORANGE, symbolPen=pg.mkPen(c.ORANGE, width=2),
                                   connect="finite")
        self.symbols: list[str] | None = None
        self.units: tuple[object, str] | None = None
        self.retitle()

    def retitle(self) -> None:
        c.set_axis_label(self.plot, "bottom",
            QtCore.QCoreApplication.translate("PredictionView", "time step t"))
        c.set_axis_label(self.plot, "left",
            QtCore.QCoreApplication.translate("PredictionView", "value"))
        c.set_title(self.plot,
            QtCore.QCoreApplication.translate("PredictionView", "Predicted vs true"))

    def reset(self, config: Config) -> None:
        self.symbols = task_symbols(config)
        self.units = task_units(config)
        for item in (self.input, self.marked, self.true, self.pred):
            item.setData([], [])
        self.marked.setVisible(config.task == "adding")
        self.legend.clear()
        self.legend.addItem(self.input, QtCore.QCoreApplication.translate("PredictionView",
                                                                          "input"))
        if self.marked.isVisible():
            self.legend.addItem(self.marked, QtCore.QCoreApplication.translate(
                "PredictionView", "marked inputs"))
        self.legend.addItem(self.true, QtCore.QCoreApplication.translate("PredictionView",
                                                                         "true"))
        self.legend.addItem(self.pred, QtCore.QCoreApplication.translate("PredictionView",
                                                                         "network"))
        titles = {
            "recall": QtCore.QCoreApplication.translate(
                "PredictionView", "Delayed recall: say the symbol back after {0} steps")
            .format(config.delay),
            "adding": QtCore.QCoreApplication.translate(
                "PredictionView", "Adding problem: the sum of the two marked inputs"),
            "forecast": QtCore.QCoreApplication.translate(
                "PredictionView", "Forecast: the next value of the series")}
        c.set_title(self.plot, titles.get(config.task) or QtCore.QCoreApplication.translate(
            "PredictionView", "Predicted vs true"))
        self.plot.getAxis("left").setTicks(None)
        c.set_axis_label(self.plot, "left", self.units[1] if self.units and self.units[1] else
                         QtCore.QCoreApplication.translate("PredictionView", "value"))
        self.plot.enableAutoRange()
        self.reading.setText("")

    def show(self, probe: dict, sample: str | None) -> None:
        x = np.asarray(probe["x"])[:, 0, :].astype(np.float64)
        T = x.shape[0]
        t = np.arange(T, dtype=np.float64)
        y = np.asarray(probe["y"])
        out = np.asarray(probe["output"])[:, 0, :].astype(np.float64)
        mask = np.asarray(probe["mask"]).reshape(T, -1)[:, 0] > 0
        classes = y.ndim == 2  # softmax head: class indices
        symbolic = classes and x.shape[1] == out.shape[1]  # inputs are the same symbols
        if classes:
            true = y[:, 0].astype(np.float64)
            pred = out.argmax(axis=1).astype(np.float64)
            n = out.shape[1]
            names = self.symbols or [str(i) for i in range(n)]
            names = names + [BLANK_MARK] * (n - len(names))
            self.plot.getAxis("left").setTicks([[(i, names[i]) for i in range(n)]])
            c.set_axis_label(self.plot, "left",
                             QtCore.QCoreApplication.translate("PredictionView", "symbol"))
            self.plot.setYRange(-0.5, n - 0.5, padding=0.05)
        else:
            true = y[:, 0, 0].astype(np.float64)
            pred = out[:, 0]
        true = np.where(mask, true, np.nan)
        pred = np.where(mask, pred, np.nan)
        if symbolic:
            inp = x.argmax(axis=1).astype(np.float64)
            k = len(self.symbols) if self.symbols else x.shape[1]
            if k < x.shape[1]:  # blank / padding channels (set, or winning) are not drawn
                blank = (x[:, k:] > 0.5).any(axis=1) | (inp >= k)
                inp[blank] = np.nan
        else:
            inp = x[:, 0]
        if self.units is not None and not classes:  # back to the data file's units
            original = self.units[0]
            inp, true, pred = original(inp), original(true), original(pred)
        self.input.setData(t, inp)
        if self.marked.isVisible() and x.shape[1] >= 2:
            m = x[:, 1] > 0.5
            self.marked.setData(t[m], x[m, 0])
        self.true.setData(t, true)
        self.pred.setData(t, pred)
        self.reading.setText(engine_text(sample) if sample else "")


# ------------------------------------------------------------------- panel
class PredictionView(c.Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.bits = BitGrid()
        self.stream = Stream()
        self.sample = Sample()
        self.values = Values()
        self.confusion = ConfusionView()
        self.stack = QtWidgets.QStackedWidget()
        for page in (self.bits.page, self.stream.page, self.sample.page, self.values.page,
                     self.confusion.page):
            self.stack.addWidget(page)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.task = "addition"
        self._config: Config | None = None
        self._shown: list[tuple[str, tuple]] = []  # what the view shows, to draw again

    def retranslate(self) -> None:
        """Titles in the interface language, then the shown probe, sample or
        confusion matrix drawn again in it."""
        for view in (self.bits, self.stream, self.sample, self.values, self.confusion):
            view.retitle()
        if self._config is None:
            return
        shown = self._shown
        self.reset(self._config)
        for kind, args in shown:
            self._show(kind, args)

    @property
    def view(self) -> BitGrid | Stream | Sample | Values | ConfusionView:
        """The page shown for the current task."""
        return {"addition": self.bits, "detection": self.stream,
                "charlm": self.sample, "classify": self.confusion}.get(self.task, self.values)

    def reset(self, config: Config) -> None:
        self.task = config.task
        self._config = config
        self._shown = []
        view = self.view
        view.reset(config)
        self.stack.setCurrentWidget(view.page)

    def update_progress(self, progress: Progress) -> None:
        view = self.view
        if view is self.sample:
            if progress.sample is not None:
                self._show("sample", (progress.sample, progress.latest.step))
            return
        if view is self.confusion:
            for step, metrics in progress.evals:
                self._show("confusion", (step, dict(metrics), progress.sample))
            return
        probe = progress.probe
        if probe is None or "x" not in probe or "output" not in probe:
            return
        self._show("probe", (probe, progress.sample))

    def _show(self, kind: str, args: tuple) -> None:
        view = self.view
        if kind == "sample":
            self.sample.show_sample(*args)
            self._shown = [*self._shown, (kind, args)][-Sample.KEEP:]  # its history
        elif kind == "confusion":
            self.confusion.show(*args)
            self._shown = [(kind, args)]
        else:
            if view is self.values:
                self.values.show(*args)
            else:
                view.show(args[0])
            self._shown = [(kind, args)]

    def export_target(self):
        view = self.view
        return None if view is self.sample else view.canvas.scene()
