"""The runs list: every training run of the session, side by side.

Each run (a fresh network after Reset or a settings change, or an opened experiment)
gets a row with its configuration and final figures. Ticked runs have their loss and
held-out metric curves overlaid in the plot below the table; the table exports to CSV.

The window only calls ``runs.add_or_update(run_id, config, progress)`` for every
progress message (and ``history=`` for a run opened from a file); rows appear once a
run has made an update.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import Config, atomic_write_text
from ..engine.experiment import History
from .i18n import setting_text
from .messages import Progress
from .plots import common as c
from .plots.loss import task_facts

LOSS_CAP = 1000
METRIC_CAP = 500
PALETTE = (c.BLUE, c.ORANGE, c.GREEN, c.PURPLE, c.VERMILLION, c.SKY, "#444444", "#8B6D00")
COLUMNS = ("run", "task", "cell", "hidden", "layers", "optimizer", "lr", "seed", "updates",
           "loss", "metric", "value", "status")



COLUMN_TITLES = (
    "",
    QT_TRANSLATE_NOOP("RunsPanel", "Run"),
    QT_TRANSLATE_NOOP("RunsPanel", "Task"),
    QT_TRANSLATE_NOOP("RunsPanel", "Cell"),
    QT_TRANSLATE_NOOP("RunsPanel", "Hidden"),
    QT_TRANSLATE_NOOP("RunsPanel", "Layers"),
    QT_TRANSLATE_NOOP("RunsPanel", "Optimizer"),
    QT_TRANSLATE_NOOP("RunsPanel", "Learning rate"),
    QT_TRANSLATE_NOOP("RunsPanel", "Seed"),
    QT_TRANSLATE_NOOP("RunsPanel", "Updates"),
    QT_TRANSLATE_NOOP("RunsPanel", "Final loss"),
    QT_TRANSLATE_NOOP("RunsPanel", "Metric"),
    QT_TRANSLATE_NOOP("RunsPanel", "Value"),
    QT_TRANSLATE_NOOP("RunsPanel", "Status"),
)
STATUS = {
    "ready": QT_TRANSLATE_NOOP("RunsPanel", "ready"),
    "running": QT_TRANSLATE_NOOP("RunsPanel", "running"),
    "done": QT_TRANSLATE_NOOP("RunsPanel", "budget done"),
    "goal": QT_TRANSLATE_NOOP("RunsPanel", "goal reached"),
    "stopped": QT_TRANSLATE_NOOP("RunsPanel", "stopped"),
    "diverged": QT_TRANSLATE_NOOP("RunsPanel", "diverged"),
    "opened": QT_TRANSLATE_NOOP("RunsPanel", "opened"),
}


def column_titles() -> list[str]:
    return [QCoreApplication.translate("RunsPanel", t) if t else "" for t in COLUMN_TITLES]


def status_text(status: str) -> str:
    return QCoreApplication.translate("RunsPanel", STATUS[status]) if status in STATUS \
        else status


@dataclass
class RunRecord:
    run_id: int
    number: int
    config: Config
    metric_name: str
    metric_source: str  # its label, untranslated

    @property
    def metric_label(self) -> str:
        return setting_text(self.metric_source)
    loss: c.DecimatingSeries = field(default_factory=lambda: c.DecimatingSeries(LOSS_CAP))
    metric: c.DecimatingSeries = field(default_factory=lambda: c.DecimatingSeries(METRIC_CAP))
    step: int = 0
    last_loss: float | None = None
    last_metric: float | None = None
    status: str = "running"
    tooltip_of: Config | None = field(default=None, repr=False, compare=False)  # shown

    def row(self) -> dict[str, Any]:
        cfg = self.config
        return {"run": self.number, "task": cfg.task, "cell": cfg.cell, "hidden": cfg.hidden,
                "layers": cfg.layers, "optimizer": cfg.optimizer, "lr": cfg.lr,
                "seed": cfg.seed, "updates": self.step, "loss": self.last_loss,
                "metric": self.metric_name, "value": self.last_metric, "status": self.status}


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.4g}" if math.isfinite(v) else "–"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


PLOTS_MIN_HEIGHT = 170  # pixels: two plots with readable axes


class RunsPanel(c.Panel):
    """Table of runs above an overlay plot of the ticked runs' curves."""

    ticked_changed = Signal()
    reopen_requested = Signal(int)  # run id: the user asked for that run's network back

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runs_panel")
        self.runs: dict[int, RunRecord] = {}
        self.ticked: set[int] = set()
        self._auto: set[int] = set()  # ticked by the panel (the newest run), not the user
        self._curves: dict[int, tuple[pg.PlotDataItem, pg.PlotDataItem]] = {}
        self._dirty = False
        self._filling = False
        self.reopenable: set[int] = set()  # runs whose network can come back (see parked)
        self.current = -1  # the run the window trains now
        self.last_dir = str(Path.home())

        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setObjectName("runs_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_reopen)
        self.table.itemDoubleClicked.connect(lambda _item: self.reopen_selected())
        # room for a header and four runs, however the splitter below is dragged
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + 4 * rows + 2
                                    * self.table.frameWidth() + 2
                                    + self.table.horizontalScrollBar().sizeHint().height())

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("runs_export")
        self.export_button.clicked.connect(self.ask_export_csv)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("runs_clear")
        self.clear_button.clicked.connect(self.clear_finished)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("runs_reopen")
        self.reopen_button.clicked.connect(self.reopen_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.export_button)

        self.canvas = c.layout_widget()
        self.loss_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=0, col=0, axisItems={"left": c.LogAxis("left")})
        self.metric_plot: pg.PlotItem = c.steady_plot(self.canvas,
            row=0, col=1, axisItems={"left": c.ValueAxis("left")})
        self.loss_plot.setLogMode(y=True)
        self.loss_plot.setDownsampling(auto=True, mode="peak")
        self.loss_plot.setClipToView(True)
        self.legend = c.legend_row(self.canvas, row=1, col=0, colspan=2, columns=4)
        self.canvas.setMinimumHeight(PLOTS_MIN_HEIGHT)  # the splitter never squashes them

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.canvas)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._redraw_if_dirty)
        self._timer.start()
        for plot in (self.loss_plot, self.metric_plot):
            c.style_plot(plot, "", "", "")
        self.retranslate()

    # ------------------------------------------------------------------ API
    def add_or_update(self, run_id: int, config: Config, progress: Progress | None = None,
                      history: History | None = None, status: str | None = None) -> None:
        """Record what a run did. `progress` is one message of the training thread;
        `history` seeds a run opened from a file. Runs appear once they have updates."""
        rec = self.runs.get(run_id)
        has_updates = (progress is not None and len(progress.steps) > 0) or bool(history)
        if rec is None:
            if not has_updates:
                return
            name, label, _, _ = task_facts(config, translated=False)
            rec = RunRecord(run_id, len(self.runs) + 1, config, name, label)
            self.runs[run_id] = rec
            self._add_row(rec)
            for old in list(self._auto):  # the newest run replaces the last automatic tick
                self._set_ticked(old, False)
            self._set_ticked(run_id, True)
            self._auto.add(run_id)
        rec.config = config
        if history is not None:
            self._feed_history(rec, history)
        if progress is not None:
            if len(progress.steps):
                rec.loss.extend(progress.steps, progress.losses)
                finite = np.flatnonzero(np.isfinite(progress.losses))
                if finite.size:
                    rec.last_loss = float(progress.losses[finite[-1]])
            for step, metrics in progress.evals:
                if rec.metric_name in metrics:
                    rec.metric.append(float(step), float(metrics[rec.metric_name]))
                    rec.last_metric = float(metrics[rec.metric_name])
            rec.step = max(rec.step, int(progress.latest.step))
            rec.status = progress.latest.status
        if status is not None:
            rec.status = status
        self._update_row(rec)
        if run_id in self.ticked:
            self._dirty = True

    def _feed_history(self, rec: RunRecord, history: History) -> None:
        if history.steps:
            rec.loss.extend(history.steps, history.losses)
            rec.last_loss = history.losses[-1]
            rec.step = max(rec.step, history.steps[-1])
        xs, ys = history.metric_series(rec.metric_name)
        if xs:
            rec.metric.extend(xs, ys)
            rec.last_metric = ys[-1]
        rec.status = "opened"

    def rows(self) -> list[dict[str, Any]]:
        """The table's content (one dict per run, in order)."""
        return [r.row() for r in sorted(self.runs.values(), key=lambda r: r.number)]

    def csv_text(self) -> str:
        """The table as CSV: the figures, then every setting of each run."""
        fields = [f.name for f in dataclasses.fields(Config)]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["run", "status", "updates", "final_loss", "metric", "metric_value",
                    *fields])
        for r in self.runs.values():
            w.writerow([r.number, r.status, r.step,
                        "" if r.last_loss is None else repr(r.last_loss), r.metric_name,
                        "" if r.last_metric is None else repr(r.last_metric),
                        *["" if getattr(r.config, f) is None else getattr(r.config, f)
                          for f in fields]])
        return buf.getvalue()

    def export_csv(self, path: str) -> None:
        atomic_write_text(Path(path), self.csv_text())

    def ask_export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export runs table"),
                                              str(Path(self.last_dir) / "rnnstudio-runs.csv"),
                                              self.tr("CSV table (*.csv)"))
        if path:
            if not Path(path).suffix:
                path += ".csv"
            self.last_dir = str(Path(path).parent)
            try:
                self.export_csv(path)
            except OSError as exc:
                self.hint.setText(self.tr("Could not save {0}: {1}").format(
                    path, exc.strerror or exc))

    def set_reopenable(self, run_ids: set[int], current: int) -> None:
        """Which rows' networks can be reopened, and which run is the window's now."""
        self.reopenable, self.current = set(run_ids), current
        for rec in self.runs.values():
            self._update_row(rec)
        self._update_reopen()

    def selected_run(self) -> int | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_run(self, run_id: int) -> None:
        i = self._row_of(run_id)
        if i >= 0:
            self.table.selectRow(i)

    def reopen_selected(self) -> None:
        run_id = self.selected_run()
        if run_id is not None and run_id in self.reopenable:
            self.reopen_requested.emit(run_id)

    def continue_as(self, old: int, new: int) -> None:
        """A reopened run keeps its row (and number) under its new run id; its curves are
        fed again from its history."""
        rec = self.runs.pop(old, None)
        if rec is None:
            return
        rec.run_id = new
        rec.loss = c.DecimatingSeries(LOSS_CAP)
        rec.metric = c.DecimatingSeries(METRIC_CAP)
        self.runs[new] = rec
        i = self._row_of(old)
        if i >= 0:
            self.table.item(i, 0).setData(Qt.ItemDataRole.UserRole, new)
        for group in (self.ticked, self._auto):
            if old in group:
                group.discard(old)
                group.add(new)
        if old in self._curves:
            self._curves[new] = self._curves.pop(old)
        self._dirty = True

    def _update_reopen(self) -> None:
        run_id = self.selected_run()
        ok = run_id is not None and run_id in self.reopenable
        self.reopen_button.setEnabled(ok)

    def set_ticked(self, run_id: int, on: bool) -> None:
        """Tick or untick a run as the user would."""
        self._auto.discard(run_id)
        self._set_ticked(run_id, on)

    def clear_finished(self) -> None:
        """Forget every run but the newest one."""
        keep = self.current if self.current in self.runs else max(self.runs, default=None)
        for run_id in list(self.runs):
            if run_id != keep:
                self._set_ticked(run_id, False)
                del self.runs[run_id]
        self.table.setRowCount(0)
        for rec in self.runs.values():
            self._add_row(rec)
            self._update_row(rec)
        self._dirty = True

    def export_target(self):
        return self.canvas.scene()

    def reset(self, config: Config) -> None:  # a Panel's API: runs outlive resets
        pass

    def update_progress(self, progress: Progress) -> None:  # fed through add_or_update
        pass

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(column_titles())
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Save this table (figures and every setting of "
                                              "each run) as a CSV file"))
        self.reopen_button.setText(self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Make the selected run's network the window's "
                                              "again, as it was when it was replaced "
                                              "(double-click a row does the same)"))
        self.clear_button.setText(self.tr("Clear old runs"))
        self.clear_button.setToolTip(self.tr("Forget every run except the newest"))
        self.hint.setText(self.tr("Tick runs to overlay their curves."))
        c.retitle(self.loss_plot, self.tr("update"), self.tr("loss (log scale)"),
                  self.tr("Training loss"))  # (keeping presentation mode's sizes)
        c.retitle(self.metric_plot, self.tr("update"), self.tr("metric"),
                  self.tr("Held-out metric"))
        for rec in self.runs.values():
            self._update_row(rec)
        self._dirty = True

    # ----------------------------------------------------------------- table
    def _row_of(self, run_id: int) -> int:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == run_id:
                return i
        return -1

    def _add_row(self, rec: RunRecord) -> None:
        self._filling = True
        rec.tooltip_of = None  # new items: colour and tooltip to set
        i = self.table.rowCount()
        self.table.insertRow(i)
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        tick.setCheckState(Qt.CheckState.Checked if rec.run_id in self.ticked
                           else Qt.CheckState.Unchecked)
        tick.setData(Qt.ItemDataRole.UserRole, rec.run_id)
        tick.setToolTip(self.tr("Overlay this run's curves"))
        self.table.setItem(i, 0, tick)
        for j in range(1, len(COLUMNS) + 1):
            self.table.setItem(i, j, QTableWidgetItem())
        self._filling = False

    def _update_row(self, rec: RunRecord) -> None:
        i = self._row_of(rec.run_id)
        if i < 0:
            return
        self._filling = True
        row = rec.row()
        shown = dict(row)
        shown["run"] = self.tr("Run {0}").format(rec.number)
        shown["metric"] = rec.metric_label
        shown["status"] = status_text(rec.status)
        if rec.run_id == self.current:
            shown["status"] = self.tr("{0} · in the window").format(shown["status"])
        elif rec.run_id in self.reopenable:
            shown["status"] = self.tr("{0} · can reopen").format(shown["status"])
        shown["lr"] = f"{rec.config.lr:g}"
        for j, key in enumerate(COLUMNS, start=1):
            item = self.table.item(i, j)
            text = _fmt(shown[key])
            if item.text() != text:
                item.setText(text)
        if rec.tooltip_of is not rec.config:  # not on every progress message: to_json costs
            colour = PALETTE[(rec.number - 1) % len(PALETTE)]
            self.table.item(i, 1).setForeground(pg.mkColor(colour))
            self.table.item(i, 1).setToolTip(rec.config.to_json())
            rec.tooltip_of = rec.config
        self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        run_id = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        if (run_id in self.ticked) != on:
            self._auto.discard(run_id)
            self._set_ticked(run_id, on)

    def _set_ticked(self, run_id: int, on: bool) -> None:
        if on:
            self.ticked.add(run_id)
        else:
            self.ticked.discard(run_id)
            self._auto.discard(run_id)
        i = self._row_of(run_id)
        if i >= 0:
            item = self.table.item(i, 0)
            state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if item.checkState() != state:
                self._filling = True
                item.setCheckState(state)
                self._filling = False
        self._dirty = True
        self.ticked_changed.emit()

    # ------------------------------------------------------------------ plot
    def _redraw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        """Draw the ticked runs' curves now."""
        self._dirty = False
        for run_id in list(self._curves):
            if run_id not in self.ticked or run_id not in self.runs:
                lc, mc = self._curves.pop(run_id)
                self.loss_plot.removeItem(lc)
                self.metric_plot.removeItem(mc)
        self.legend.clear()
        for run_id in sorted(self.ticked):
            rec = self.runs.get(run_id)
            if rec is None:
                continue
            colour = PALETTE[(rec.number - 1) % len(PALETTE)]
            if run_id not in self._curves:
                lc = self.loss_plot.plot(pen=c.pen(colour, 1.5))
                mc = self.metric_plot.plot(pen=c.pen(colour, 2), symbol="o", symbolSize=4,
                                           symbolBrush=colour, symbolPen=None)
                self._curves[run_id] = (lc, mc)
            lc, mc = self._curves[run_id]
            x, y, _, _ = rec.loss.data()
            lc.setData(x, y)
            mx, my, _, _ = rec.metric.data()
            mc.setData(mx, my)
            self.legend.addItem(lc, self.tr("Run {0}: {1}").format(rec.number,
                                                                     rec.metric_label))

    def curve_data(self, run_id: int) -> tuple[Any, Any] | None:
        """(loss x, y) drawn for a run, or None if it is not drawn (for tests)."""
        if run_id not in self._curves:
            return None
        return self._curves[run_id][0].getData()
