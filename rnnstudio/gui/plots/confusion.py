"""The confusion matrix of a classification task, from its held-out metrics.

Rows are the true classes, columns the network's answers (its class of highest
probability after the last step). Each cell is coloured by the share of its row (fixed
levels 0..1, so colours mean the same all run long) and labelled with its count; the
diagonal holds the right answers. Hovering a cell says what it counts. The counts come
from the task's metrics ``n_i_j`` (held-out sequences of class i classified as j), so the
matrix is redrawn at every evaluation; the image and texts are updated in place.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from ...engine.config import Config
from ..i18n import engine_text
from . import common as c


def class_names(config: Config) -> list[str]:
    """The class names of the config's data, [] if it cannot be read."""
    try:
        from ...engine.tasks import make_task

        return [str(n) for n in getattr(make_task(config), "classes", ())]
    except Exception:  # a bad data file: the Task panel shows the error
        return []


def counts_of(metrics: dict, k: int) -> np.ndarray | None:
    """(k, k) confusion counts (row true, column predicted) from metrics, or None."""
    try:
        return np.array([[float(metrics[f"n_{i}_{j}"]) for j in range(k)] for i in range(k)])
    except KeyError:
        return None


class ConfusionView:
    """Page of the prediction panel for classification tasks."""

    def __init__(self) -> None:
        self.page = QtWidgets.QWidget()
        self.canvas = c.layout_widget()
        self.reading = QtWidgets.QLabel("")
        self.reading.setWordWrap(True)
        self.reading.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QtWidgets.QVBoxLayout(self.page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.reading)
        self.plot: pg.PlotItem = self.canvas.addPlot()
        c.style_plot(self.plot, "", "", "")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.bar = c.color_bar(self.image, self.plot, (0.0, 1.0), c.GATE_MAP, "")
        self.hover = c.HoverReadout(self.plot, self.image, self._describe)
        self.names: list[str] = []
        self.counts = np.zeros((0, 0))
        self.texts: list[pg.TextItem] = []
        self.step: int | None = None
        self.retitle()

    def retitle(self) -> None:
        """The titles in the interface language (reset and show redo the rest)."""
        c.set_axis_label(self.plot, "bottom",
            QCoreApplication.translate("ConfusionView", "network's answer"))
        c.set_axis_label(self.plot, "left",
            QCoreApplication.translate("ConfusionView", "true class"))
        c.set_title(self.plot,
            QCoreApplication.translate("ConfusionView", "Confusion matrix (held-out)"))
        c.label_axis(self.bar.axis,
            QCoreApplication.translate("ConfusionView", "share of the true class"))

    # ------------------------------------------------------------------ drawing
    def reset(self, config: Config) -> None:
        self.names = class_names(config)
        k = len(self.names)
        for t in self.texts:
            self.plot.removeItem(t)
        font = QtGui.QFont()
        font.setPointSize(c.LABEL_PT)
        font.setBold(True)
        self.texts = []
        for i in range(k):  # row: true class
            for j in range(k):  # column: answer
                t = pg.TextItem("", anchor=(0.5, 0.5))
                t.setFont(font)
                t.setPos(j, i)
                self.plot.addItem(t)
                self.texts.append(t)
        ticks = [list(enumerate(self.names))]
        self.plot.getAxis("bottom").setTicks(ticks)
        self.plot.getAxis("left").setTicks(ticks)
        self.counts = np.zeros((k, k))
        self.step = None
        self.image.setImage(np.zeros((max(k, 1), max(k, 1))), autoLevels=False,
                            levels=(0.0, 1.0))
        self.image.setRect(QtCore.QRectF(-0.5, -0.5, max(k, 1), max(k, 1)))
        self.plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        self.reading.setText(QCoreApplication.translate(
            "ConfusionView", "Train to see which classes the network tells apart "
                                "and which it mixes up.") if k else "")

    def show(self, step: int, metrics: dict, sample: str | None = None) -> None:
        k = len(self.names)
        counts = counts_of(metrics, k) if k else None
        if counts is None:
            return
        self.counts, self.step = counts, step
        rows = counts.sum(axis=1, keepdims=True)
        share = np.divide(counts, rows, out=np.zeros_like(counts), where=rows > 0)
        self.image.setImage(share.T, autoLevels=False, levels=(0.0, 1.0))  # (answer, true)
        for i in range(k):
            for j in range(k):
                t = self.texts[i * k + j]
                t.setText(f"{int(counts[i, j])}")
                t.setColor(QtGui.QColor("#ffffff" if share[i, j] < 0.6 else c.FOREGROUND))
        total = int(counts.sum())
        right = int(np.trace(counts))
        text = QCoreApplication.translate(
            "ConfusionView",
            "update {0}: {1} of {2} held-out sequences classified right ({3})").format(
            f"{step:,}", right, total, f"{right / max(total, 1):.1%}")
        if sample:
            text += "<br><span style='font-family:monospace'>" + \
                engine_text(sample).replace("&", "&amp;").replace("<", "&lt;") \
                .replace("\n", "<br>") + "</span>"
        self.reading.setText(text)

    def _describe(self, col: int, row: int) -> str | None:
        k = len(self.names)
        if self.step is None or not (0 <= row < k and 0 <= col < k):
            return None
        n = int(self.counts[row, col])
        of = int(self.counts[row].sum())
        return QCoreApplication.translate(
            "ConfusionView", "true {0}, answered {1}: {2} of {3}").format(
            self.names[row], self.names[col], n, of)
