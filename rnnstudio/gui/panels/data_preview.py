"""A preview of a data file of your own, under the Data file field of the Task panel.

Any task: a line naming the file's shape (rows, columns, delimiter, the date column) and
its first rows as a small table, or the reader's message in red when the file cannot be
used. A task that forecasts one column also gets a small plot of that column over time
(in the file's units) with the boundary between the training part and the held-out part
marked by a dashed line. The file is read by the engine's one reader
(:mod:`engine.tabular`), which caches it while it is unchanged. Classification reads its
file (or folder, or the bundled example) with its own reader, so the preview shows the
labelled sequences exactly as training sees them, with the count of each class.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import tabular
from ...engine.config import Config, ConfigError
from ...engine.tasks import classify
from ..i18n import Retranslatable, engine_text
from ..plots import common as c

PREVIEW_ROWS = 5
DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("DataPreview", "comma"),
                   "\t": QT_TRANSLATE_NOOP("DataPreview", "tab"),
                   ";": QT_TRANSLATE_NOOP("DataPreview", "semicolon")}


class FilePreview(Retranslatable, QWidget):
    """What a config's file holds, shown under its field; drawn again (not read again)
    when the language changes. `_key` says what is shown, so an unchanged file and
    config are not redrawn."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._key: tuple | None = None
        self._config: Config | None = None

    def retranslate(self) -> None:
        if self._config is not None:
            self._key = None
            self.show_config(self._config)

    def show_config(self, config: Config) -> None:
        raise NotImplementedError


class DataPreview(FilePreview):
    """Shows the file a ``data`` setting names; hidden while the setting is empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.setSpacing(3)
        self.summary = QLabel(self)
        self.summary.setObjectName("data_summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(self)
        self.table.setObjectName("data_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lay.addWidget(self.table)
        self.canvas = c.layout_widget()
        self.canvas.setObjectName("data_plot")
        self.canvas.setFixedHeight(180)
        self.plot = self.canvas.addPlot()
        c.style_plot(self.plot, "", "")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.train_curve = self.plot.plot(pen=c.pen(c.BLUE, 1.5))
        self.held_curve = self.plot.plot(pen=c.pen(c.ORANGE, 1.5))
        self.boundary = pg.InfiniteLine(angle=90, movable=False,
                                        pen=c.pen(c.FOREGROUND, 1.2, dash=True))
        self.plot.addItem(self.boundary)
        lay.addWidget(self.canvas)
        self.split_note = QLabel(self)  # which colour is which part (instead of a legend)
        self.split_note.setObjectName("data_split")
        self.split_note.setWordWrap(True)
        lay.addWidget(self.split_note)
        self.hide()

    # ------------------------------------------------------------------ showing
    def show_config(self, config: Config) -> None:
        """Preview `config.data` (with the forecast column and its split for a
        forecasting task)."""
        self._config = config
        forecast = config.task == "forecast"
        labelled = config.task == "classify"  # "" is the bundled example: shown too
        key = (config.data, config.task, config.column if forecast else None,
               config.seq_len if forecast else None, _stamp(config.data))
        wanted = labelled or bool(config.data.strip())
        if key == self._key:
            self.setVisible(wanted)
            return
        self._key = key
        if not wanted:
            self.hide()
            return
        self.show()
        read = classify.load if labelled else tabular.read_table  # as training reads it
        try:
            table = read(config.data)
        except ConfigError as exc:
            self._failed(exc)
            return
        (self._show_sequences if labelled else self._show_table)(table)
        if forecast:
            self._show_series(table, config)
        else:
            self.canvas.hide()
            self.split_note.hide()

    def _failed(self, exc: ConfigError) -> None:
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setText(engine_text(exc.reason))
        self.table.hide()
        self.canvas.hide()
        self.split_note.hide()

    def _show_table(self, table: tabular.Table) -> None:
        self.summary.setStyleSheet("")
        kinds = {"date": QCoreApplication.translate("DataPreview", "time"),
                 "number": QCoreApplication.translate("DataPreview", "number"),
                 "text": QCoreApplication.translate("DataPreview", "text")}
        delim = QCoreApplication.translate("DataPreview",
                                           DELIMITER_NAMES.get(table.delimiter, "comma"))
        self.summary.setText(QCoreApplication.translate(
            "DataPreview", "{0}: {1} rows, {2} columns ({3} separated)").format(
            table.path.name, len(table.rows), table.width, delim))
        rows = tabular.preview_rows(table, PREVIEW_ROWS)
        self.table.clear()
        self.table.setColumnCount(table.width)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [f"{table.name(j)} ({kinds[k]})" for j, k in enumerate(table.kinds)])
        self.table.setVerticalHeaderLabels([str(n) for n in table.lines[:len(rows)]])
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                if table.kinds[j] == "number":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self._fit_table()

    def _show_sequences(self, data: classify.Dataset) -> None:
        self.summary.setStyleSheet("")
        counts = np.bincount(data.labels, minlength=len(data.classes))
        per_class = ", ".join(f"{name} {n}" for name, n in zip(data.classes, counts,
                                                                  strict=True))
        self.summary.setText(QCoreApplication.translate(
            "DataPreview", "{0}: {1} sequences in {2} classes ({3}); {4} held out").format(
            data.name, len(data.seqs), len(data.classes), per_class, len(data.held)))
        shown = min(PREVIEW_ROWS, len(data.seqs))
        self.table.clear()
        self.table.setColumnCount(2)
        self.table.setRowCount(shown)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("DataPreview", "label"),
            QCoreApplication.translate("DataPreview", "sequence")])
        self.table.setVerticalHeaderLabels([str(i + 1) for i in range(shown)])
        for i in range(shown):
            self.table.setItem(i, 0, QTableWidgetItem(data.classes[data.labels[i]]))
            self.table.setItem(i, 1, QTableWidgetItem(" ".join(data.seqs[i])))
        self._fit_table()

    def _fit_table(self) -> None:
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + self.table.verticalHeader().length()
                                  + 2 * self.table.frameWidth() + 2)
        self.table.show()

    def _show_series(self, table: tabular.Table, config: Config) -> None:
        from ...engine.tasks.forecast import load_series

        try:
            series = load_series(config.data, config.column, config.seq_len)
        except ConfigError as exc:
            self.canvas.hide()
            self.split_note.hide()
            self.summary.setStyleSheet("color: #c62828;")
            self.summary.setText(self.summary.text() + "\n" + engine_text(exc))
            return
        t = _time_axis(table)
        s = series.split
        self.train_curve.setData(t[:s], series.values[:s])
        self.held_curve.setData(t[s - 1:], series.values[s - 1:])  # joined at the boundary
        self.boundary.setValue(float(t[s]) - 0.5 * float(t[s] - t[s - 1]))
        n = len(series.values)
        when = [_label(table, k) for k in (0, s - 1, s, n - 1)]
        self.split_note.setText(
            f"<span style='color:{c.BLUE}'>■</span> " + html.escape(QCoreApplication.translate(
                "DataPreview", "training: {0} to {1} ({2} values)").format(when[0], when[1], s))
            + f"<br><span style='color:{c.ORANGE}'>■</span> " + html.escape(
                QCoreApplication.translate("DataPreview", "held out: {0} to {1} ({2} values), "
                                           "never trained on").format(when[2], when[3], n - s)))
        self.split_note.show()
        d = table.date_column
        c.set_axis_label(self.plot, "bottom",
                         table.name(d) if d is not None
                         else QCoreApplication.translate("DataPreview", "row"))
        c.set_axis_label(self.plot, "left", series.name)
        self.plot.enableAutoRange()
        self.canvas.show()


def _label(table: tabular.Table, k: int) -> str:
    """Row k's date (or its row number)."""
    d = table.date_column
    return table.rows[k][d] if d is not None else str(k + 1)


def _time_axis(table: tabular.Table) -> np.ndarray:
    """A numeric date column's values (years), else row numbers from 1."""
    d = table.date_column
    if d is not None:
        values = [tabular.number(r[d], table.delimiter) for r in table.rows]
        if all(v is not None for v in values):
            return np.asarray(values, dtype=np.float64)
    return np.arange(1, len(table.rows) + 1, dtype=np.float64)


def _stamp(setting: str) -> Any:
    """Changes when the file changes (so a re-saved file is previewed again)."""
    if not setting.strip():
        return None
    try:
        st = tabular.data_path(setting).stat()
        return (st.st_mtime_ns, st.st_size)
    except (OSError, ValueError, ConfigError):
        return None
