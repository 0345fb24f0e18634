"""Learn → Memory horizon: held-out accuracy against the delay, one curve per cell, from
a sweep that trains every (cell, delay) with the same budget and batches
(``engine.sweep``).

The sweep runs in its own QThread (one at a time) with a progress bar and Cancel; the
curves are created once and filled in place as runs finish. Finished sweeps are cached per
settings, so running the same settings again shows the result at once. The plot exports
to PNG and SVG, the results to CSV (pyqtgraph's exporters).
"""

from __future__ import annotations

import math
import threading
import time
import traceback
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...engine.config import CELLS, ConfigError
from ...engine.sweep import DEFAULT_DELAYS, SweepResult, SweepSettings, parse_list, run_sweep
from ...engine.sweep import TASKS as SWEEP_TASKS
from .. import i18n
from ..jobs import stop_and_join
from ..panels.fields import CHOICE_LABELS
from ..plots.common import (
    GREY,
    SERIES_COLOURS,
    _closed_paths_tolerated,
    layout_widget,
    legend,
    pen,
    style_plot,
)

EMIT_EVERY = 1 / 30  # seconds between progress signals
CHANCE = {"recall": 0.25}  # guessing among four symbols


class SweepWorker(QtCore.QObject):
    progress = QtCore.Signal(int, object)  # run id, SweepProgress
    done = QtCore.Signal(int, str, object)  # run id, "done" | "cancelled" | "failed", last

    def __init__(self, settings: SweepSettings, stop: threading.Event, run_id: int) -> None:
        super().__init__()
        self.settings, self.stop, self.run_id = settings, stop, run_id

    @QtCore.Slot()
    def run(self) -> None:
        last, sent, results = None, 0.0, 0
        try:
            for last in run_sweep(self.settings, self.stop):
                now = time.perf_counter()
                if len(last.results) != results or now - sent >= EMIT_EVERY:
                    sent, results = now, len(last.results)
                    self.progress.emit(self.run_id, last)
            status = "cancelled" if last is None or last.stopped else "done"
            self.done.emit(self.run_id, status, last)
        except Exception as exc:  # a failing run must not kill the thread or the app
            traceback.print_exc(limit=6)
            self.done.emit(self.run_id, "failed", exc)


class HorizonView(i18n.Retranslatable, QtWidgets.QWidget):
    """Settings, Run / Cancel, progress, and the plot of accuracy vs delay per cell."""

    finished = QtCore.Signal(object)  # the results (tuple of SweepResult) of a full sweep

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache: dict[str, tuple[SweepResult, ...]] = {}
        self.results: tuple[SweepResult, ...] = ()
        self.settings: SweepSettings | None = None
        self._thread: QtCore.QThread | None = None
        self._worker: SweepWorker | None = None
        self._stop = threading.Event()
        self._run_id = 0
        self._ended: tuple[str, Any] | None = None  # how the last sweep ended

        self.task_box = QtWidgets.QComboBox()
        for task in SWEEP_TASKS:
            self.task_box.addItem("", task)
        self.task_box.currentIndexChanged.connect(lambda _i: self._axes())
        self.cell_boxes: dict[str, QtWidgets.QCheckBox] = {}
        cells_row = QtWidgets.QHBoxLayout()
        for cell in CELLS:
            box = QtWidgets.QCheckBox()
            box.setChecked(cell in SweepSettings().cells)
            self.cell_boxes[cell] = box
            cells_row.addWidget(box)
        self.delays_edit = QtWidgets.QLineEdit(", ".join(map(str, DEFAULT_DELAYS)))
        self.steps_box = QtWidgets.QSpinBox()
        self.steps_box.setRange(1, 100_000)
        self.steps_box.setSingleStep(50)
        self.steps_box.setValue(SweepSettings().steps)
        self.hidden_box = QtWidgets.QSpinBox()
        self.hidden_box.setRange(1, 1024)
        self.hidden_box.setValue(SweepSettings().hidden)

        self.run_button = QtWidgets.QPushButton()
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QtWidgets.QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QtWidgets.QPushButton()
        self.export_button.clicked.connect(self.ask_export)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555555;")

        form = QtWidgets.QFormLayout()
        self.form_labels = [QtWidgets.QLabel() for _ in range(5)]
        for label, field in zip(self.form_labels, (self.task_box, cells_row, self.delays_edit,
                                                   self.steps_box, self.hidden_box),
                                strict=True):
            form.addRow(label, field)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.bar, 1)
        buttons.addWidget(self.export_button)

        self.canvas = layout_widget()
        self.plot = self.canvas.addPlot(row=0, col=0)
        self.plot.setLogMode(x=True, y=False)
        self.plot.setYRange(0, 1.05, padding=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._legend = legend(self.plot)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for i, cell in enumerate(CELLS):
            colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
            curve = self.plot.plot([], [], pen=pen(colour, 2.5), symbol="o", symbolSize=8,
                                   symbolBrush=colour, symbolPen=None)
            self.curves[cell] = curve
        self.chance = pg.InfiniteLine(pos=CHANCE["recall"], angle=0, pen=pen(GREY, 1.5, True),
                                      label="",
                                      labelOpts={"position": 0.04, "color": GREY})
        self.plot.addItem(self.chance)
        self.canvas.setMinimumHeight(260)

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        lay.addWidget(self.canvas, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the interface language; the results drawn stay."""
        for i, label in enumerate((self.tr("Delayed recall"), self.tr("Adding problem"))):
            self.task_box.setItemText(i, label)
        self.task_box.setToolTip(self.tr("Recall: the delay is the number of steps between "
                                         "the symbol and its recall. Adding problem: the "
                                         "delay is the sequence length."))
        for cell, box in self.cell_boxes.items():
            box.setText(i18n.setting_text(CHOICE_LABELS["cell"].get(cell, cell)))
            self.curves[cell].opts["name"] = box.text()  # the CSV export's column
        self.delays_edit.setToolTip(self.tr("Delays to train at, separated by commas"))
        self.steps_box.setToolTip(self.tr("Updates for every cell at every delay: the same "
                                          "budget and the same batches for all"))
        self.run_button.setText(self.tr("Run sweep"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the plot (PNG, SVG) or the results (CSV)"))
        for label, text in zip(self.form_labels, (
                self.tr("Task"), self.tr("Cells"), self.tr("Delays"), self.tr("Updates per run"),
                self.tr("Hidden units")), strict=True):
            label.setText(text)
        self.chance.label.setFormat(self.tr("chance"))
        self.chance.label.valueChanged()
        self._axes()
        self._draw()
        if self._ended is not None:
            self._say_end(*self._ended)
        elif not self.running:
            self._say(self.tr("Choose cells and delays, then Run sweep."), "")

    # ---------------------------------------------------------------- settings
    @property
    def running(self) -> bool:
        return self._thread is not None

    def current_settings(self) -> SweepSettings:
        """The settings in the widgets (ConfigError naming the wrong one)."""
        try:
            delays = parse_list(self.delays_edit.text(), int)
        except ValueError:
            raise ConfigError("delays", self.tr("expected whole numbers separated by "
                                                "commas")) from None
        cells = tuple(c for c, box in self.cell_boxes.items() if box.isChecked())
        return SweepSettings(task=self.task_box.currentData(), cells=cells, delays=delays,
                             steps=self.steps_box.value(), hidden=self.hidden_box.value())

    def _axes(self) -> None:
        task = self.task_box.currentData()
        style_plot(self.plot, self.tr("delay (steps, log scale)") if task == "recall"
                   else self.tr("sequence length T (log scale)"),
                   self.tr("held-out accuracy"),
                   self.tr("Memory horizon: where each cell's memory gives out"))
        self.chance.setVisible(task in CHANCE)

    # ---------------------------------------------------------------- running
    def run(self) -> None:
        """Start a sweep (no-op while one runs); cached settings show at once."""
        if self.running:
            return
        try:
            s = self.current_settings()
        except ConfigError as exc:
            self._say(self.tr("Not started: {0}").format(i18n.engine_text(exc)), "error")
            return
        self.settings = s
        self.results = ()
        self._ended = None
        self._draw()
        if s.key() in self.cache:
            self.results = self.cache[s.key()]
            self._draw()
            self.bar.setValue(self.bar.maximum())
            self._ended = ("cached", None)
            self._say_end(*self._ended)
            self.finished.emit(self.results)
            return
        self._run_id += 1
        self._stop = threading.Event()
        worker = SweepWorker(s, self._stop, self._run_id)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        thread = QtCore.QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setValue(0)
        self._say(self.tr("Training {0} runs of {1} updates…").format(
            len(s.cells) * len(s.delays), s.steps), "")
        thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        stop_and_join(self._stop, self._thread, timeout_ms)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    def _on_progress(self, run_id: int, p: Any) -> None:
        if run_id != self._run_id:
            return
        self.bar.setValue(int(self.bar.maximum() * p.done / max(p.total, 1)))
        if len(p.results) != len(self.results):
            self.results = p.results
            self._draw()
        name = self.cell_boxes[p.cell].text() if p.cell in self.cell_boxes else p.cell
        self._say(self.tr("Training {0} at delay {1} ({2} of {3} updates)…").format(
            name, p.delay, p.done, p.total), "")

    def _on_done(self, run_id: int, status: str, last: Any) -> None:
        if run_id != self._run_id:
            return
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if status != "failed" and last is not None:
            self.results = last.results
            self._draw()
        self._ended = (status, last)
        self._say_end(status, last)
        if status in ("failed", "cancelled"):
            return
        assert self.settings is not None
        self.cache[self.settings.key()] = self.results
        self.bar.setValue(self.bar.maximum())
        self.finished.emit(self.results)

    def _say_end(self, status: str, last: Any) -> None:
        if status == "failed":
            self._say(self.tr("The sweep stopped with an error: {0}").format(
                i18n.engine_text(last)), "error")
        elif status == "cancelled":
            self._say(self.tr("Cancelled: {0} runs finished.").format(len(self.results)), "")
        elif status == "cached":
            self._say(self.tr("Shown from the cache: these settings were swept before."), "")
        else:
            secs = sum(r.seconds for r in self.results)
            self._say(self.tr("Done: {0} runs in {1:.1f} s.").format(len(self.results), secs),
                      "")

    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is not None:
            thread.wait()  # 'finished' comes just before the thread ends: let it end...
        self._thread, self._worker = None, None  # ...before the worker is deleted here
        if thread is not None:
            thread.deleteLater()

    # ---------------------------------------------------------------- showing
    def _draw(self) -> None:
        """Each cell's curve: accuracy at the delays trained so far (in place)."""
        if self.settings is not None:  # label the delays themselves (the axis is log10)
            ticks = [(math.log10(d), str(d)) for d in sorted(self.settings.delays)]
            self.plot.getAxis("bottom").setTicks([ticks, []])
        for cell, curve in self.curves.items():
            rows = sorted((r.delay, r.accuracy) for r in self.results if r.cell == cell)
            ok = [(d, a) for d, a in rows if math.isfinite(a)]
            if ok:
                curve.setData(np.array([d for d, _ in ok], float), np.array([a for _, a in ok]))
            else:
                curve.setData([], [])
            shown = bool(ok)
            curve.setVisible(shown)
            self._legend.removeItem(curve)
            if shown:
                self._legend.addItem(curve, self.cell_boxes[cell].text())

    def series(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """The data drawn: {cell: (delays, accuracies)} (what a reader sees)."""
        out = {}
        for cell, curve in self.curves.items():
            x, y = curve.getOriginalDataset()  # delays themselves, not their log10
            if x is not None and len(x):
                out[cell] = (np.asarray(x), np.asarray(y))
        return out

    def _say(self, text: str, level: str) -> None:
        colour = "#D55E00" if level == "error" else "#555555"
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    # ---------------------------------------------------------------- export
    def ask_export(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Export the memory horizon"), "memory-horizon.png",
            self.tr("PNG image (*.png);;SVG image (*.svg);;CSV table (*.csv)"))
        if path:
            try:
                self.export(path)
            except (OSError, ValueError) as exc:
                self._say(self.tr("Could not export {0}: {1}").format(path, exc), "error")

    def export(self, path: str) -> None:
        """PNG or SVG of the plot, or CSV of the curves (by the file's suffix)."""
        from pyqtgraph import exporters

        suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
        if suffix == "png":
            ex = exporters.ImageExporter(self.plot)
            ex.parameters()["width"] = max(int(self.plot.width()), 800)
            ex.export(path)
        elif suffix == "svg":
            with _closed_paths_tolerated():  # a pyqtgraph 0.14 / Qt 6.9 quirk (common.py)
                exporters.SVGExporter(self.plot).export(path)
        elif suffix == "csv":
            exporters.CSVExporter(self.plot).export(path)
        else:
            raise ValueError(self.tr("{0}: expected a file name ending in .png, .svg or "
                                     ".csv").format(path))


def install(teaching: Any) -> HorizonView:
    """Add the view to the window's teaching views and the Learn menu."""
    from .challenges_panel import _add_to_learn_menu

    view = HorizonView()
    dock = teaching._dock("", "horizon", view)
    teaching.docks["horizon"] = dock
    teaching.w.tabifyDockWidget(teaching.w.docks["loss"], dock)
    teaching.w.docks["loss"].raise_()
    _add_to_learn_menu(teaching, "horizon", "", None)
    teaching.horizon = view
    closing = teaching.shutdown  # the window's closeEvent calls it: join our thread too

    def shutdown() -> None:
        view.shutdown()
        closing()

    teaching.shutdown = shutdown
    return view
