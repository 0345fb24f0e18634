"""Verify gradients: compare the engine's BPTT gradients with finite differences.

One button runs :mod:`rnnstudio.engine.gradcheck` on a float64 copy of the current
model and a small probe batch (the first held-out sequences of the task) and fills a
table, one row per parameter as it is checked: the norms of the analytic and the
numerical gradient, the largest difference, the relative error

    ‖a − n‖ / (‖a‖ + ‖n‖)

and a verdict (✓ below 1e-6). A headline sums it up: "BPTT is correct to 3e-10".

The check runs in its own QThread (a few hundred forward passes per parameter can take
seconds for a big model); rows arrive through signals, Cancel sets a threading.Event the
check looks at between parameters. The view keeps its own copy of the weights, so a run
training in another thread never races it.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine.config import Config, specs
from ...engine.gradcheck import ParamCheck, iter_check_gradients
from ...engine.model import Network
from ...engine.race import CELL_NAMES
from ...engine.tasks import TASK_TITLES, Batch, make_task
from ..i18n import Retranslatable, engine_text, setting_text
from ..jobs import stop_and_join, worker_thread

PROBE_SEQUENCES = 3  # held-out sequences in the probe batch
PROBE_STEPS = 20  # cap on the sequence length for tasks that have that setting
FULL_CHECK_LIMIT = 4000  # check every entry of models up to this many parameters
SAMPLE_ENTRIES = 30  # ...otherwise this many seeded entries per parameter
EPS = 1e-6
GOOD = "#009E73"
BAD = "#D55E00"

COLUMNS = (QT_TRANSLATE_NOOP("GradCheckView", "Parameter"),
           QT_TRANSLATE_NOOP("GradCheckView", "Shape"),
           QT_TRANSLATE_NOOP("GradCheckView", "Entries"),
           QT_TRANSLATE_NOOP("GradCheckView", "‖analytic‖"),
           QT_TRANSLATE_NOOP("GradCheckView", "‖numerical‖"),
           QT_TRANSLATE_NOOP("GradCheckView", "max |a − n|"),
           QT_TRANSLATE_NOOP("GradCheckView", "Relative error"),
           QT_TRANSLATE_NOOP("GradCheckView", "Verdict"))

EXPLAIN = QT_TRANSLATE_NOOP(
    "GradCheckView",
    "For every checked weight w the loss is evaluated at w + ε and w − ε (ε = 1e-6, in "
    "float64), and (L(w + ε) − L(w − ε)) / 2ε is compared with the gradient that "
    "backpropagation through time computed. <b>Relative error</b> = ‖a − n‖ / (‖a‖ + ‖n‖) "
    "over the checked entries: 1e-11 to 1e-7 means the BPTT code is right (the smaller a "
    "gradient, the more the rounding in the finite difference shows); a bug gives something "
    "near 1. ✓ means below 1e-6, or every entry within 1e-8 (a trained model's gradients "
    "are so small that rounding alone lifts the relative error above 1e-6).")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradCheckView", text)


def headline(checks: Sequence[ParamCheck], complete: bool = True) -> tuple[str, str, bool]:
    """(headline, detail sentence, all good) summing up a gradient check, in the
    interface language."""
    if not checks:
        return _tr(QT_TRANSLATE_NOOP("GradCheckView", "No parameters checked.")), "", False
    bad = [c for c in checks if not c.ok]
    worst = max(checks, key=lambda c: c.relative_error)
    entries = sum(c.entries for c in checks)
    if bad:
        names = ", ".join(f"{c.name} ({c.relative_error:.2g})" for c in bad[:4])
        if len(bad) > 4:
            names = _tr(QT_TRANSLATE_NOOP("GradCheckView", "{0} and {1} more")).format(
                names, len(bad) - 4)
        title = _tr(QT_TRANSLATE_NOOP("GradCheckView",
                                      "✗ BPTT is wrong for {0} of {1} parameters"))
        detail = _tr(QT_TRANSLATE_NOOP("GradCheckView",
                                       "These disagree with finite differences (relative "
                                       "error): {0}. The backward pass has a bug."))
        return title.format(len(bad), len(checks)), detail.format(names), False
    detail = _tr(QT_TRANSLATE_NOOP("GradCheckView",
                                   "All {0} parameters match finite differences ({1} "
                                   "weights checked; largest relative error {2}, in "
                                   "{3}).")).format(
        len(checks), entries, f"{worst.relative_error:.2e}", worst.name)
    if not complete:
        detail = _tr(QT_TRANSLATE_NOOP("GradCheckView", "{0} The check was cancelled: only "
                                       "the parameters above were checked.")).format(detail)
    title = _tr(QT_TRANSLATE_NOOP("GradCheckView", "✓ BPTT is correct to {0}"))
    return title.format(f"{worst.relative_error:.0e}"), detail, True


def probe_batch(config: Config, size: int = PROBE_SEQUENCES,
                steps: int = PROBE_STEPS) -> tuple[Config, Batch]:
    """The config the check runs (float64, sequences capped at `steps` where the task
    has a length setting) and the first `size` held-out sequences of its task."""
    changes: dict[str, Any] = {"dtype": "float64"}
    if config.task in specs()["seq_len"].tasks and config.seq_len > steps:
        changes["seq_len"] = steps
    cfg = config.replace(**changes)
    batch = make_task(cfg).heldout().take(slice(0, size))
    return cfg, batch


class CheckWorker(QtCore.QObject):
    """Builds the float64 model and checks it, one parameter at a time."""

    row = QtCore.Signal(int, object)  # run id, ParamCheck
    # run id, "done" | "cancelled" | "failed", seconds taken (float) or the exception
    done = QtCore.Signal(int, str, object)

    def __init__(self, config: Config, weights: Mapping[str, np.ndarray] | None,
                 batch: Batch | None, max_per_param: int | None, stop: threading.Event,
                 run_id: int) -> None:
        super().__init__()
        self.config, self.weights, self.batch = config, weights, batch
        self.max_per_param, self.stop, self.run_id = max_per_param, stop, run_id

    @QtCore.Slot()
    def run(self) -> None:
        try:
            t0 = time.perf_counter()
            cfg, batch = probe_batch(self.config)
            if self.batch is not None:
                batch = self.batch
            task = make_task(cfg)
            net = Network(cfg, task.n_in, task.n_out, task.head,
                          rng=np.random.default_rng([cfg.seed, 0]))
            if self.weights is not None:
                net.set_weights(dict(self.weights))
            n = 0
            for check in iter_check_gradients(net, batch.x, batch.y, batch.mask, eps=EPS,
                                              max_per_param=self.max_per_param,
                                              stop=self.stop):
                n += 1
                self.row.emit(self.run_id, check)
            status = "cancelled" if self.stop.is_set() and n < len(net.params) else "done"
            self.done.emit(self.run_id, status, time.perf_counter() - t0)
        except Exception as exc:  # a bad model must not kill the thread or the app
            traceback.print_exc(limit=6)
            self.done.emit(self.run_id, "failed", exc)


class GradCheckView(Retranslatable, QtWidgets.QWidget):
    """The "Verify gradients" view.

    Give it a model with :meth:`set_network` (copies the weights at once) or
    :meth:`set_model` (a config and optional weights; none = the run's initial weights).
    Signals: ``finished(object)`` with the list of ParamCheck when a check ends."""

    finished = QtCore.Signal(object)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._config: Config | None = None
        self._weights: dict[str, np.ndarray] | None = None
        self._batch: Batch | None = None
        self._thread: QtCore.QThread | None = None
        self._worker: CheckWorker | None = None
        self._stop = threading.Event()
        self._run_id = 0
        self.checks: list[ParamCheck] = []
        self._done: tuple[str, object] | None = None  # how the last check ended
        self._total: int | None = None

        self.verify_button = QtWidgets.QPushButton()
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button = QtWidgets.QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.entries_box = QtWidgets.QSpinBox()
        self.entries_box.setRange(0, 100_000)
        self.entries_box.setSingleStep(10)
        self.model_label = QtWidgets.QLabel()
        self.model_label.setWordWrap(True)
        self.model_label.setStyleSheet("color: palette(placeholder-text);")  # both themes
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.cancel_button)
        top.addSpacing(12)
        self.entries_label = QtWidgets.QLabel()
        top.addWidget(self.entries_label)
        top.addWidget(self.entries_box)
        top.addStretch(1)

        self.headline = QtWidgets.QLabel()
        font = self.headline.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.detail = QtWidgets.QLabel("")
        self.detail.setWordWrap(True)
        self.explain = QtWidgets.QLabel()
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.explain.setStyleSheet("color: palette(placeholder-text);")

        self.table = QtWidgets.QTableWidget(0, len(COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # every header readable (a narrow dock scrolls sideways instead of cutting them)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(70)
        mono = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        self.table.setFont(mono)
        # a header and four parameters always show (the view scrolls in a short dock)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + 4 * rows
                                    + 2 * self.table.frameWidth() + 2
                                    + self.table.horizontalScrollBar().sizeHint().height())

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.model_label)  # its own row: beside the buttons it was a sliver
        lay.addWidget(self.headline)
        lay.addWidget(self.detail)
        lay.addWidget(self.explain)
        lay.addWidget(self.table, 1)
        self.verify_button.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts, the table and the check's outcome in the interface language."""
        self.verify_button.setText(self.tr("Verify gradients"))
        self.verify_button.setToolTip(self.tr("Compare BPTT's gradient of every parameter "
                                              "with finite differences on a probe batch."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the parameter being checked"))
        self.entries_box.setSpecialValueText(self.tr("all"))
        self.entries_box.setToolTip(self.tr("How many weights of each parameter to check "
                                            "(chosen at random, seeded); 'all' checks every "
                                            "weight."))
        self.entries_label.setText(self.tr("Weights per parameter:"))
        self.explain.setText(_tr(EXPLAIN))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self._show_model()
        for r, check in enumerate(self.checks):
            for k, text in ((1, self._shape_text(check)), (7, self._verdict_text(check))):
                item = self.table.item(r, k)
                if item is not None:
                    item.setText(text)
        if self.running:
            self.headline.setText(self.tr("Checking… {0} parameters so far").format(
                len(self.checks)) if self.checks else self.tr("Checking…"))
        elif self._done is not None:
            self._show_done(*self._done)
        else:
            self.headline.setText(self.tr("Press “Verify gradients” to check backpropagation."))

    def _shape_text(self, check: ParamCheck) -> str:
        return "×".join(str(s) for s in check.shape) or self.tr("scalar")

    def _verdict_text(self, check: ParamCheck) -> str:
        return self.tr("✓ correct") if check.ok else self.tr("✗ wrong")

    # ------------------------------------------------------------------ API
    @property
    def running(self) -> bool:
        return self._thread is not None

    def set_network(self, net: Network, batch: Batch | None = None) -> None:
        """Check this network (its config and a copy of its current weights)."""
        self.set_model(net.cfg, net.get_weights(), batch)

    def set_model(self, config: Config, weights: Mapping[str, np.ndarray] | None = None,
                  batch: Batch | None = None) -> None:
        """Check `config`'s model with these weights (copied; None = the initial weights
        a run of the config starts from) on `batch` (None = the first held-out
        sequences of the task, at most PROBE_STEPS long)."""
        self._config = config
        self._weights = ({k: np.array(v, dtype=np.float64, copy=True)
                          for k, v in weights.items()} if weights is not None else None)
        self._batch = batch
        total = sum(v.size for v in self._weights.values()) if self._weights else None
        if total is None:
            try:
                task = make_task(config)
                total = Network(config.replace(dtype="float64"), task.n_in, task.n_out,
                                task.head, rng=np.random.default_rng(0)).flat.size
            except Exception:
                total = 0
        self.entries_box.setValue(0 if total <= FULL_CHECK_LIMIT else SAMPLE_ENTRIES)
        self.entries_box.lineEdit().deselect()
        self.verify_button.setEnabled(not self.running)
        self.verify_button.setFocus()
        self._total = total
        self._show_model()

    def _show_model(self) -> None:
        config = self._config
        if config is None:
            self.model_label.setText(self.tr("No model yet."))
            return
        cell = setting_text(CELL_NAMES.get(config.cell, config.cell))
        task = setting_text(TASK_TITLES.get(config.task, config.task))
        text = (self.tr("{0}, {1} hidden units × {2} layer(s), {3} parameters (current "
                        "weights), task: {4}") if self._weights is not None else
                self.tr("{0}, {1} hidden units × {2} layer(s), {3} parameters (initial "
                        "weights), task: {4}"))
        self.model_label.setText(text.format(cell, config.hidden, config.layers, self._total,
                                             task))

    def verify(self) -> None:
        """Start a check in a worker thread (no-op while one runs or without a model)."""
        if self.running or self._config is None:
            return
        self._run_id += 1
        self._stop = threading.Event()
        self.checks = []
        self._done = None
        self.table.setRowCount(0)
        self.headline.setText(self.tr("Checking…"))
        self.headline.setStyleSheet("")
        self.detail.setText("")
        per = self.entries_box.value() or None
        worker = CheckWorker(self._config, self._weights, self._batch, per, self._stop,
                             self._run_id)
        worker.row.connect(self._on_row)
        worker.done.connect(self._on_done)
        thread = worker_thread(self, worker, self._on_thread_finished)
        self._thread, self._worker = thread, worker  # keep the worker alive
        self.verify_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Cancel and wait for the worker thread (for closing the view)."""
        stop_and_join(self._stop, self._thread, timeout_ms)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (for tests and export)."""
        return [[self.table.item(r, k).text() for k in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    # ------------------------------------------------------------ slots
    @QtCore.Slot(int, object)
    def _on_row(self, run_id: int, check: ParamCheck) -> None:
        if run_id != self._run_id:
            return
        self.checks.append(check)
        r = self.table.rowCount()
        self.table.insertRow(r)
        values = (check.name, self._shape_text(check),
                  str(check.entries), f"{check.analytic_norm:.6g}", f"{check.numeric_norm:.6g}",
                  f"{check.max_abs_error:.2e}", f"{check.relative_error:.2e}",
                  self._verdict_text(check))
        for k, text in enumerate(values):
            item = QtWidgets.QTableWidgetItem(text)
            if k >= 1:
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
            if k == len(values) - 1:
                item.setForeground(QtGui.QColor(GOOD if check.ok else BAD))
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            if not check.ok and k == 6:
                item.setForeground(QtGui.QColor(BAD))
            self.table.setItem(r, k, item)
        self.headline.setText(self.tr("Checking… {0} parameters so far").format(
            len(self.checks)))

    @QtCore.Slot(int, str, object)
    def _on_done(self, run_id: int, status: str, result: object) -> None:
        if run_id != self._run_id:
            return
        self._done = (status, result)
        self._show_done(status, result)
        self.finished.emit(list(self.checks))

    def _show_done(self, status: str, result: object) -> None:
        if status == "failed":
            reason = engine_text(result).strip() or type(result).__name__
            self.headline.setText(self.tr("The check could not run"))
            self.detail.setText(reason)
            self.headline.setStyleSheet(f"color: {BAD};")
        elif status == "cancelled" and not self.checks:
            self.headline.setText(self.tr("Cancelled before any parameter was checked."))
            self.detail.setText("")
            self.headline.setStyleSheet("")
        else:
            text, detail, ok = headline(self.checks, complete=status == "done")
            if status == "done":
                detail = self.tr("{0} Time: {1} s.").format(detail, f"{float(result):.1f}")
            self.headline.setText(text)
            self.detail.setText(detail)
            self.headline.setStyleSheet(f"color: {GOOD if ok else BAD};")

    @QtCore.Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        self._thread, self._worker = None, None
        if thread is not None:
            thread.deleteLater()
        self.verify_button.setEnabled(self._config is not None)
        self.cancel_button.setEnabled(False)
        self.verify_button.setFocus()
