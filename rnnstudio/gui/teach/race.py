"""Race mode: two or three models trained side by side on the same batches.

Top row, one colour per lane: the training loss of every update, the held-out metric
and the global gradient norm before clipping (dashed lines: each clipping lane's
threshold). Below, one gradient-flow heat map per lane, side by side with the same
fixed log levels and one colour bar: x = update, y = time step t, colour =
log10 ‖∂L/∂h_t‖. A vanishing gradient is a map that goes dark towards t = 0.

The view owns its run: a QThread whose worker pulls the engine's race generator at
full speed and folds every update since the last emission into one immutable
:class:`RaceProgress` (at most ~30 a second). Stop sets a threading.Event the
generator checks before every update; the GUI thread never waits on the worker
(except in :meth:`RaceView.shutdown`, when the view closes).

A lane is the race's base config plus that lane's overrides ("lr 0.05, clip 1"): the
cell boxes and each lane's "Lane settings…" form (built from the engine's Specs by
panels.form) edit one lane's overrides and nothing else. Lanes come from a lesson
(:meth:`RaceView.load_lesson`: base = lane 1, overrides = how each lane differs), from
explicit configs (:meth:`RaceView.set_lanes`), or from cell choices on the current
config (:meth:`RaceView.set_base_config`). With "Seeds per lane" > 1 each lane trains
that many networks; its loss curve is their median inside a shaded min-max band.
"""

from __future__ import annotations

import html
import math
import threading
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...engine.config import CELLS, Config, ConfigError, specs
from ...engine.mechanism import reach_back
from ...engine.race import (
    CELL_NAMES,
    MAX_SEEDS,
    Race,
    RaceSnapshot,
    check_lanes,
    lane_configs,
    lane_labels,
    overrides_of,
)
from ...engine.tasks import make_task
from ...engine.text import Msg
from ..i18n import Retranslatable, engine_text, setting_text
from ..jobs import stop_and_join, worker_thread
from ..panels.fields import CHOICE_LABELS
from ..panels.form import SettingsForm
from ..plots import common as c
from ..plots.gradflow import LOG_LEVELS, HeatColumns
from .mechanism_views import LOG_LEVELS as CONTRIB_LEVELS
from .mechanism_views import contribution_image

EMIT_INTERVAL = 0.033  # seconds between RaceProgress messages
CONTRIB_INTERVAL = 1.0  # seconds between the lanes' contributions while racing...
CONTRIB_IDLE_FACTOR = 9.0  # ...and this many times their cost apart (<= 10 % of the time)
REACH_FRACTION = 0.01  # "reaches back to k": C[t, k] >= 1 % of the row's largest
LANE_COLOURS = (c.BLUE, c.ORANGE, c.GREEN)
LOSS_CAP = 2000
METRIC_CAP = 1000
TINY = 1e-30
NO_LANE = "—"


# ----------------------------------------------------------------------- worker
@dataclass(frozen=True)
class RaceProgress:
    """Every lockstep update since the previous message. Arrays are read-only."""

    run_id: int
    steps: np.ndarray  # (n,) update numbers
    losses: np.ndarray  # (lanes, n); NaN where a lane did not update (median over seeds)
    loss_lo: np.ndarray  # (lanes, n) lowest and highest loss over a lane's seeds
    loss_hi: np.ndarray
    grad_norms: np.ndarray  # (lanes, n) before clipping
    evals: tuple[tuple[int, tuple[float, ...]], ...]  # (step, metric per lane; NaN if none)
    latest: RaceSnapshot  # newest snapshot: per-lane flow, status, goal steps, timings

    @property
    def finished(self) -> bool:
        return self.latest.finished


def _readonly(a: Any) -> np.ndarray:
    a = np.array(a, dtype=np.float64)
    a.flags.writeable = False
    return a


class RaceWorker(QtCore.QObject):
    """Runs one race in its own thread; `run` returns when the race ends."""

    progress = QtCore.Signal(object)  # RaceProgress
    # run_id, status (done | goal | stopped | diverged | failed), message: the engine's
    # text.Msg (an object, so it stays translatable) or, on failure, the exception
    done = QtCore.Signal(int, str, object)
    # run_id, update, every lane's C[t-1, k-1] = ‖∂L_t/∂h_k‖ (read-only; None: too large)
    contributions = QtCore.Signal(int, int, object)

    def __init__(self, configs: Sequence[Config], labels: Sequence[str], budget: int,
                 stop: threading.Event, run_id: int,
                 want_contributions: threading.Event | None = None, seeds: int = 1) -> None:
        super().__init__()
        self.configs, self.labels, self.seeds = list(configs), list(labels), seeds
        self.budget, self.stop, self.run_id = budget, stop, run_id
        # set by the view while it shows the lanes' contributions; the race always
        # sends a last one when it ends
        self.want_contributions = want_contributions or threading.Event()
        self._contrib_at = -math.inf  # perf_counter of the last one
        self._contrib_cost = 0.0  # seconds it took
        self._clear()

    def _clear(self) -> None:
        self._steps: list[int] = []
        self._losses: list[list[float]] = []
        self._lo: list[list[float]] = []
        self._hi: list[list[float]] = []
        self._norms: list[list[float]] = []
        self._evals: list[tuple[int, tuple[float, ...]]] = []
        self._latest: RaceSnapshot | None = None

    def _add(self, snap: RaceSnapshot) -> None:
        self._latest = snap
        if snap.status != "stopped":
            self._steps.append(snap.step)
            self._losses.append([ln.loss for ln in snap.lanes])
            self._lo.append([ln.loss_min for ln in snap.lanes])
            self._hi.append([ln.loss_max for ln in snap.lanes])
            self._norms.append([ln.grad_norm for ln in snap.lanes])
            if any(ln.metrics is not None for ln in snap.lanes):
                self._evals.append((snap.step, tuple(
                    float(ln.metric) if ln.metrics is not None and ln.metric is not None
                    else math.nan for ln in snap.lanes)))

    def _flush(self) -> None:
        if self._latest is None:
            return
        n = len(self._latest.lanes)
        p = RaceProgress(
            run_id=self.run_id,
            steps=_readonly(np.asarray(self._steps, dtype=np.int64)),
            losses=_readonly(np.asarray(self._losses).reshape(-1, n).T),
            loss_lo=_readonly(np.asarray(self._lo).reshape(-1, n).T),
            loss_hi=_readonly(np.asarray(self._hi).reshape(-1, n).T),
            grad_norms=_readonly(np.asarray(self._norms).reshape(-1, n).T),
            evals=tuple(self._evals), latest=self._latest)
        self._clear()
        self.progress.emit(p)

    @QtCore.Slot()
    def run(self) -> None:
        status, message = "failed", ""
        try:
            race = Race(self.configs, self.labels, self.seeds)
            last = time.perf_counter()
            for snap in race.run(self.stop, self.budget):
                self._add(snap)
                now = time.perf_counter()
                if snap.finished or now - last >= EMIT_INTERVAL:
                    self._flush()
                    last = now
                if snap.finished:
                    status, message = snap.status, snap.message
                elif self.want_contributions.is_set() and now - self._contrib_at >= max(
                        CONTRIB_INTERVAL, CONTRIB_IDLE_FACTOR * self._contrib_cost):
                    self._send_contributions(race)
            self._flush()
            self._send_contributions(race)
        except Exception as exc:  # an engine error must not kill the thread or the app
            traceback.print_exc(limit=6)
            status, message = "failed", exc
        self.done.emit(self.run_id, status, message)


    def _send_contributions(self, race: Race) -> None:
        """Between two updates (the race's generator is suspended), so the nets are whole."""
        tic = time.perf_counter()
        lanes = race.contributions()
        self._contrib_at = time.perf_counter()
        self._contrib_cost = self._contrib_at - tic
        self.contributions.emit(self.run_id, race.step, lanes)


# ------------------------------------------------------------------------- view
def _task_facts(config: Config) -> tuple[str, str, bool]:
    """(metric name, readable label in the interface language, higher is better) of the
    config's task."""
    try:
        task = make_task(config)
    except Exception:  # a task that cannot load (e.g. a missing corpus): still race
        return "metric", "", True
    name = task.metric_name
    label = (getattr(task, "metric_labels", None) or {}).get(name, name.replace("_", " "))
    return name, setting_text(label), bool(task.higher_is_better)


def _short(label: str) -> str:
    """A metric label without its parenthesised remark, for axes and the summary line."""
    for mark in (" (", "（"):
        label = label.split(mark)[0]
    return label.strip()


def _error_text(exc: BaseException) -> str:
    """An engine error in the interface language; a ConfigError names its setting by
    the setting's label."""
    if isinstance(exc, ConfigError):
        spec = specs().get(exc.field)
        label = setting_text(spec.label) if spec is not None else exc.field
        return f"{label}: {engine_text(exc.reason)}"
    return engine_text(exc)


def _auto_labels(configs: Sequence[Config]) -> list[str]:
    """The engine's lane names with the cell names in the interface language."""
    out = []
    for cfg, label in zip(configs, lane_labels(configs), strict=True):
        if isinstance(label, Msg):  # "Elman (no clipping)", "GRU #2"
            out.append(engine_text(label))
        else:  # a cell's name alone: its name in the settings panel
            out.append(setting_text(CELL_NAMES.get(cfg.cell, label)))
    return out


def _value_text(name: str, value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, str) and name in CHOICE_LABELS:
        return setting_text(CHOICE_LABELS[name].get(value, value))
    return str(value)


def lane_title(base: Config, config: Config) -> str:
    """A lane's name in the interface language: its cell, then every setting in which it
    differs from the race's base ("LSTM, forget-gate bias 0")."""
    parts = [setting_text(CELL_NAMES.get(config.cell, config.cell))]
    diffs = overrides_of(base, config)
    if "clip_mode" in diffs or "clip" in diffs:
        if config.clip_mode == "none":
            parts.append(QtCore.QCoreApplication.translate("RaceView", "no clipping"))
        else:
            parts.append(QtCore.QCoreApplication.translate("RaceView", "clip {0}").format(
                f"{config.clip:g}"))
    for name, value in diffs.items():
        if name in ("cell", "clip_mode", "clip"):
            continue
        label = setting_text(specs()[name].label)
        if label[:1].isascii():
            label = label[:1].lower() + label[1:]
        parts.append(f"{label} {_value_text(name, value)}")
    return QtCore.QCoreApplication.translate("RaceView", ", ").join(parts)


class _LaneBuffers:
    def __init__(self) -> None:
        self.loss = c.DecimatingSeries(LOSS_CAP)
        self.lo = c.DecimatingSeries(LOSS_CAP)
        self.hi = c.DecimatingSeries(LOSS_CAP)
        self.norm = c.DecimatingSeries(LOSS_CAP)
        self.metric = c.DecimatingSeries(METRIC_CAP)
        self.heat = HeatColumns()


RACE_WIDE = ("batch", "steps")  # settings the whole race shares: not in a lane's form


class LaneDialog(Retranslatable, QtWidgets.QDialog):
    """One lane's settings: the model and training forms of the settings panels, showing
    the lane's config; every edit goes to :meth:`RaceView.edit_lane` (which keeps the
    lane's other overrides) and a refused value is named in red under the forms."""

    def __init__(self, view: RaceView, lane: int) -> None:
        super().__init__(view)
        self.view, self.lane = view, lane
        self.setObjectName(f"lane_dialog_{lane}")
        self.forms = [SettingsForm("model", self), SettingsForm("training", self)]
        lay = QtWidgets.QVBoxLayout(self)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        row = QtWidgets.QHBoxLayout()
        for form in self.forms:
            form.set_hidden(set(RACE_WIDE))
            form.edited.connect(self._edited)
            row.addWidget(form, 1)
        lay.addLayout(row)
        self.error = QtWidgets.QLabel("")
        self.error.setObjectName("lane_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        lay.addWidget(self.error)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.reset_button = buttons.addButton(
            "", QtWidgets.QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self._reset)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():  # Enter in a field applies it, never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        lay.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Settings of this lane only; the others keep theirs. The task, batch size and "
            "update budget are shared by the whole race."))
        self.reset_button.setText(self.tr("Same as lane 1") if self.lane else self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Drop every setting this lane changes."))
        self.refresh()

    def editor(self, name: str):  # noqa: ANN201 (a panels.fields.FieldEditor)
        for form in self.forms:
            if name in form.editors:
                return form.editor(name)
        raise KeyError(name)

    def refresh(self) -> None:
        """Show the lane's current settings and title."""
        configs = self.view.configs
        if self.lane >= len(configs):
            self.close()
            return
        for form in self.forms:
            form.set_config(configs[self.lane])
        self.setWindowTitle(self.tr("Lane {0}: {1}").format(
            self.lane + 1, self.view.labels[self.lane]))

    def _edited(self, name: str, value: object) -> None:
        error = self.view.edit_lane(self.lane, **{name: value})
        self.error.setText(error)
        if error:
            self.editor(name).show_error()
        self.refresh()

    def _reset(self) -> None:
        self.view.set_lane_overrides(self.lane, {})
        self.error.setText("")
        self.refresh()


class RaceView(Retranslatable, QtWidgets.QWidget):
    """Race two or three configurations on identical batches and compare them live.

    Signals: ``started()``; ``finished(str status, str message)`` when a race ends
    (status: done, goal, stopped, diverged or failed)."""

    started = QtCore.Signal()
    finished = QtCore.Signal(str, str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._configs: list[Config] = []
        self._labels: list[str] = []
        self._base: Config | None = None
        self._overrides: list[dict[str, Any]] = []  # per lane: how it differs from _base
        self._given_labels: list[str | None] = []  # a lesson's lane names, until edited
        self._run_seeds = 1  # seeds per lane of the race shown
        self.lane_dialogs: dict[int, LaneDialog] = {}
        self._lesson_title: str | None = None
        self._thread: QtCore.QThread | None = None
        self._worker: RaceWorker | None = None
        self._stop = threading.Event()
        self._run_id = 0
        self._ended: tuple[str, object] | None = None  # how the race shown ended
        self._buffers: list[_LaneBuffers] = []
        self._latest: RaceSnapshot | None = None
        self.metric_name = "metric"
        self.metric_label = self.tr("metric")
        self.steps_done = 0
        self._want_contrib = threading.Event()  # shared with the running race's worker
        self._contrib: tuple[np.ndarray | None, ...] = ()  # the lanes' latest triangles
        self.contrib_step = 0  # the update they were measured after
        self.contrib_t = 0  # the output step picked (from 1; 0: the last with a loss)

        # --- controls
        self.title = QtWidgets.QLabel("")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.cell_boxes: list[QtWidgets.QComboBox] = []
        self.lane_buttons: list[QtWidgets.QPushButton] = []
        lanes_row = QtWidgets.QHBoxLayout()
        self.row_labels = [QtWidgets.QLabel() for _ in range(3)]  # lanes, updates, seeds
        lanes_row.addWidget(self.row_labels[0])
        run_row = QtWidgets.QHBoxLayout()
        for i in range(3):
            box = QtWidgets.QComboBox()
            if i == 2:
                box.addItem(NO_LANE, None)
            for cell in CELLS:
                box.addItem("", cell)
            box.activated.connect(lambda _k, lane=i: self._cell_edited(lane))
            self.cell_boxes.append(box)
            button = QtWidgets.QPushButton()
            button.setObjectName(f"lane_settings_{i}")
            button.clicked.connect(lambda _on=False, lane=i: self.open_lane_settings(lane))
            self.lane_buttons.append(button)
            lanes_row.addWidget(box)
            lanes_row.addWidget(button)
            lanes_row.addSpacing(8)
        lanes_row.addStretch(1)
        run_row.addWidget(self.row_labels[1])
        self.budget_box = QtWidgets.QSpinBox()
        self.budget_box.setRange(1, 1_000_000)
        self.budget_box.setSingleStep(100)
        run_row.addWidget(self.budget_box)
        run_row.addSpacing(12)
        run_row.addWidget(self.row_labels[2])
        self.seeds_box = QtWidgets.QSpinBox()
        self.seeds_box.setObjectName("seeds_per_lane")
        self.seeds_box.setRange(1, MAX_SEEDS)
        self.seeds_box.setValue(1)
        run_row.addWidget(self.seeds_box)
        run_row.addSpacing(12)
        self.contrib_box = QtWidgets.QCheckBox()
        self.contrib_box.toggled.connect(self._contrib_toggled)
        run_row.addWidget(self.contrib_box)
        run_row.addSpacing(12)
        self.start_button = QtWidgets.QPushButton()
        self.stop_button = QtWidgets.QPushButton()
        self.stop_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.stop_button)
        run_row.addSpacing(12)
        self.status = QtWidgets.QLabel("")
        run_row.addWidget(self.status, 1)
        self.hint = c.hint_label()
        self.summary = QtWidgets.QLabel("")
        self.summary.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        # --- plots
        self.canvas = c.layout_widget()
        self.loss_plot: pg.PlotItem = self.canvas.addPlot(
            row=0, col=0, axisItems={"left": c.LogAxis("left")})
        c.style_plot(self.loss_plot, "", "", "")
        self.loss_plot.setLogMode(y=True)
        self.metric_plot: pg.PlotItem = self.canvas.addPlot(
            row=0, col=1, axisItems={"left": c.ValueAxis("left")})
        c.style_plot(self.metric_plot, "", "", "")
        self.norm_plot: pg.PlotItem = self.canvas.addPlot(
            row=0, col=2, axisItems={"left": c.LogAxis("left")})
        c.style_plot(self.norm_plot, "", "", "")
        self.norm_plot.setLogMode(y=True)
        for p in (self.loss_plot, self.metric_plot, self.norm_plot):
            p.setDownsampling(auto=True, mode="peak")
            p.setClipToView(True)
            p.getAxis("left").setWidth(56)
        self.metric_plot.setXLink(self.loss_plot)
        self.norm_plot.setXLink(self.loss_plot)
        self.legend = c.legend_row(self.canvas, row=1, col=1, columns=3)
        self.heat_row = self.canvas.addLayout(row=2, col=0, colspan=3)
        self.contrib_row = self.canvas.addLayout(row=3, col=0, colspan=3)
        self.canvas.ci.layout.setRowStretchFactor(0, 5)
        self.canvas.ci.layout.setRowStretchFactor(2, 4)
        self.contrib_plots: list[pg.PlotItem] = []
        self.contrib_images: list[pg.ImageItem] = []
        self.contrib_lines: list[list[pg.InfiniteLine]] = []  # per lane: the row's edges
        self.contrib_bar: pg.ColorBarItem | None = None
        self.reach_label = c.hint_label("")
        self.reach_label.hide()
        self.canvas.scene().sigMouseClicked.connect(self._contrib_clicked)
        self.loss_curves: list[pg.PlotDataItem] = []
        self.band_edges: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.bands: list[pg.FillBetweenItem] = []
        self.metric_curves: list[pg.PlotDataItem] = []
        self.norm_curves: list[pg.PlotDataItem] = []
        self.clip_lines: list[pg.InfiniteLine] = []
        self.heat_plots: list[pg.PlotItem] = []
        self.heat_images: list[pg.ImageItem] = []
        self.heat_bar: pg.ColorBarItem | None = None

        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.title)
        lay.addLayout(lanes_row)
        lay.addLayout(run_row)
        lay.addWidget(self.hint)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.reach_label)
        lay.addWidget(self.summary)
        self._texts()
        self.set_base_config(Config(task="recall", delay=20, hidden=32, forget_bias=3.0,
                                    steps=1000), cells=["elman", "lstm", "gru"])

    def _texts(self) -> None:
        """The fixed texts in the interface language."""
        for label, text in zip(self.row_labels, (self.tr("Lanes:"), self.tr("Updates:"),
                                                 self.tr("Seeds per lane:")), strict=True):
            label.setText(text)
        for i, box in enumerate(self.cell_boxes):
            for k in range(box.count()):
                cell = box.itemData(k)
                if cell is not None:
                    box.setItemText(k, setting_text(CELL_NAMES[cell]))
            tip = self.tr("The cell of lane {0}, on the current task and settings.").format(
                i + 1)
            if i == 2:
                tip += self.tr(" '—' races two lanes only.")
            box.setToolTip(tip)
        for button in self.lane_buttons:
            button.setText(self.tr("Lane settings…"))
        self.budget_box.setToolTip(self.tr("How many lockstep updates the race runs."))
        self.seeds_box.setToolTip(self.tr(
            "Each lane trains this many networks (seeds seed, seed+1, …): its loss is their "
            "median inside a shaded band from the lowest to the highest. A race with 3 "
            "seeds costs about 3 times as much per update (see updates/s under the plots)."))
        self.contrib_box.setText(self.tr("Contributions"))
        self.contrib_box.setToolTip(self.tr(
            "Below the gradient flow: each lane's triangle ‖∂L_t/∂h_k‖, how much the loss "
            "at output step t reaches each earlier step k, on the same held-out sequences "
            "(refreshed about once a second while racing). Click a row to compare how far "
            "back each lane reaches."))
        self.start_button.setText(self.tr("Start race"))
        self.start_button.setToolTip(
            self.tr("Train every lane on the same batches, side by side."))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the race after the current update."))
        self.hint.setText(self.tr(
            "Every lane trains on <b>the same batches</b>, in lockstep. Heat maps: how much "
            "the loss depends on the hidden state at each time step t (dark = the gradient "
            "has vanished before reaching that step)."))
        for plot, x, y, title in (
                (self.loss_plot, self.tr("update"), self.tr("loss (log scale)"),
                 self.tr("Training loss")),
                (self.metric_plot, self.tr("update"), self.tr("metric"),
                 self.tr("Held-out metric")),
                (self.norm_plot, self.tr("update"), self.tr("‖g‖ (log scale)"),
                 self.tr("Gradient norm (dashed: clip threshold)"))):
            c.set_axis_label(plot, "bottom", x)
            c.set_axis_label(plot, "left", y)
            c.set_title(plot, title)

    def retranslate(self) -> None:
        """Every text in the interface language; the lanes' curves, heat maps and
        triangles keep their data (a race goes on)."""
        self._texts()
        if self._base is None or not self._configs:
            return
        auto = self._titles(self._configs)
        self._labels = [given or auto[i] for i, given in enumerate(self._given_labels)]
        self._lane_tips()
        self.legend.clear()
        for curve, label in zip(self.loss_curves, self._labels, strict=False):
            self.legend.addItem(curve, label)
        clipped = [(cfg, label) for cfg, label in zip(self._configs, self._labels,
                                                      strict=True) if cfg.clip_mode == "norm"]
        for line, (cfg, label) in zip(self.clip_lines, clipped, strict=False):
            line.setToolTip(self.tr("{0}: clipping threshold {1}").format(label, f"{cfg.clip:g}"))
        for i, hp in enumerate(self.heat_plots):
            self._title_heat(i, hp)
        for i, p in enumerate(self.contrib_plots):
            self._title_contrib(i, p)
        if self.contrib_bar is not None:
            c.label_axis(self.contrib_bar.axis, self.tr("log₁₀ of C / max C (each lane)"))
        if self._contrib or self.contrib_images:
            self.select_output(self.contrib_t)
        self._describe()
        self.summary.setText(self._summary_html())
        if self.running:
            self._redraw()
        elif self._ended is not None:
            self._show_end(*self._ended)
        else:
            self.status.setText("" if self._configs else self.tr("Choose two or three lanes."))
        for dialog in self.lane_dialogs.values():
            dialog.refresh()

    def _lane_tips(self) -> None:
        for i, button in enumerate(self.lane_buttons):
            button.setToolTip(self.tr(
                "Change any setting of lane {0} (learning rate, clipping, size, seed…); "
                "the other lanes keep theirs.").format(i + 1) + (
                "\n" + self._labels[i] if i < len(self._labels) else ""))

    def _title_heat(self, i: int, hp: pg.PlotItem) -> None:
        colour = LANE_COLOURS[i % len(LANE_COLOURS)]
        c.set_axis_label(hp, "bottom", self.tr("update"))
        c.set_axis_label(hp, "left", self.tr("time step t") if i == 0 else "")
        title = self.tr("{0}: ‖∂L/∂h_t‖").format(html.escape(self._labels[i]))
        c.set_title(hp, f"<span style='color:{colour}'>■</span> {title}")

    def _title_contrib(self, i: int, p: pg.PlotItem) -> None:
        colour = LANE_COLOURS[i % len(LANE_COLOURS)]
        c.set_axis_label(p, "bottom", self.tr("earlier step k"))
        c.set_axis_label(p, "left", self.tr("output step t") if i == 0 else "")
        title = self.tr("{0}: ‖∂L_t/∂h_k‖").format(html.escape(self._labels[i]))
        c.set_title(p, f"<span style='color:{colour}'>■</span> {title}")

    # ------------------------------------------------------------------ API
    @property
    def configs(self) -> list[Config]:
        return list(self._configs)

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def base(self) -> Config | None:
        return self._base

    @property
    def overrides(self) -> list[dict[str, Any]]:
        """Every lane's overrides of the base config (copies)."""
        return [dict(ov) for ov in self._overrides]

    def set_base_config(self, config: Config, cells: Sequence[str] | None = None) -> None:
        """Race on `config`'s task and settings: every lane keeps its own overrides (its
        cell, learning rate...), or takes `cells` when given. Ignored while a race runs."""
        if self.running:
            return
        if cells is None and len(self._overrides) >= 2:
            lanes = [{k: v for k, v in ov.items() if k not in RACE_WIDE}
                     for ov in self._overrides]
        else:
            lanes = [{"cell": cell} for cell in (cells or ["elman", "lstm", "gru"])]
        try:
            check_lanes(lane_configs(config, lanes))
        except ConfigError:  # overrides that no longer fit this base: keep the cells
            lanes = [{"cell": ov["cell"]} for ov in lanes if "cell" in ov] or [
                {"cell": "elman"}, {"cell": "lstm"}]
        self._base = config
        self._overrides = [self._tidy(ov) for ov in lanes]
        self._given_labels = [None] * len(lanes)
        self._lesson_title = None
        self.budget_box.setValue(config.steps)
        self._apply_lanes()

    def set_lanes(self, configs: Sequence[Config], labels: Sequence[str] | None = None,
                  title: str | None = None) -> None:
        """Race exactly these configs (2 or 3; ConfigError if they would see different
        data): the base is the first, each lane's overrides how it differs from it.
        Ignored while a race runs."""
        if self.running:
            return
        configs = list(configs)
        if len(configs) < 2:
            raise ConfigError("lanes", self.tr("{0} configuration; race mode needs 2 or 3"
                                               ).format(len(configs)))
        check_lanes(configs)
        self._base = configs[0]
        self._overrides = [overrides_of(configs[0], cfg) for cfg in configs]
        self._given_labels = list(labels) if labels is not None else [None] * len(configs)
        self._lesson_title = title
        self.budget_box.setValue(configs[0].steps)
        self._apply_lanes()

    def load_lesson(self, lesson: Any) -> None:
        """Take the lanes of a lesson (engine.lessons.Lesson)."""
        self.set_lanes(lesson.configs, lesson.labels, lesson.title)

    def edit_lane(self, lane: int, **changes: Any) -> str:
        """Change some settings of one lane, keeping every other setting of it and of the
        other lanes. Returns "" or, refused, the error naming the setting (then nothing
        changes)."""
        if self.running or self._base is None or not 0 <= lane < len(self._overrides):
            return ""
        overrides = self.overrides
        overrides[lane].update(changes)
        return self._try_overrides(overrides, lane)

    def set_lane_overrides(self, lane: int, overrides: dict[str, Any]) -> str:
        """Replace one lane's overrides (``{}``: the base config itself)."""
        if self.running or self._base is None or not 0 <= lane < len(self._overrides):
            return ""
        every = self.overrides
        every[lane] = dict(overrides)
        return self._try_overrides(every, lane)

    def open_lane_settings(self, lane: int) -> LaneDialog | None:
        """Show lane `lane`'s settings form (non-modal); returns it."""
        if lane >= len(self._configs):
            return None
        dialog = self.lane_dialogs.get(lane)
        if dialog is None:
            dialog = self.lane_dialogs[lane] = LaneDialog(self, lane)
        dialog.refresh()
        dialog.show()
        dialog.raise_()
        return dialog

    def _tidy(self, overrides: dict[str, Any]) -> dict[str, Any]:
        """Only the settings that really differ from the base."""
        assert self._base is not None
        return {k: v for k, v in overrides.items() if getattr(self._base, k) != v}

    def _try_overrides(self, overrides: list[dict[str, Any]], edited: int | None) -> str:
        assert self._base is not None
        try:
            check_lanes(lane_configs(self._base, overrides))
        except ConfigError as exc:
            text = self.tr("Cannot race these lanes: {0}").format(_error_text(exc))
            self.status.setText(text)
            return text
        old = [self._tidy(ov) for ov in self._overrides]
        self._overrides = [self._tidy(ov) for ov in overrides]
        labels = list(self._given_labels) + [None] * (len(overrides) - len(self._given_labels))
        for i, ov in enumerate(self._overrides):
            if i == edited or i >= len(old) or old[i] != ov:
                labels[i] = None  # a lesson's name no longer says what this lane is
        self._given_labels = labels[:len(overrides)]
        self._apply_lanes()
        return ""

    def _apply_lanes(self) -> None:
        """Configs, labels, boxes, plots and open lane forms from base + overrides."""
        assert self._base is not None
        self._configs = lane_configs(self._base, self._overrides)
        auto = self._titles(self._configs)
        self._labels = [given or auto[i] for i, given in enumerate(self._given_labels)]
        self._set_boxes([cfg.cell for cfg in self._configs])
        for i, button in enumerate(self.lane_buttons):
            button.setEnabled(i < len(self._configs) and not self.running)
        self._lane_tips()
        self._rebuild()
        for lane, dialog in list(self.lane_dialogs.items()):
            if lane < len(self._configs):
                dialog.refresh()
            else:
                dialog.close()

    def _titles(self, configs: Sequence[Config]) -> list[str]:
        """Each lane's cell and what it changes from the base; numbered when equal."""
        assert self._base is not None
        titles = [lane_title(self._base, cfg) for cfg in configs]
        if len(set(titles)) < len(titles):
            auto = _auto_labels(configs)  # the engine's names tell equal-looking lanes apart
            titles = [auto[i] if titles.count(t) > 1 else t for i, t in enumerate(titles)]
        return titles

    def start(self) -> None:
        """Start a fresh race of the current lanes (no-op while one runs)."""
        if self.running or not self._configs:
            return
        self._run_id += 1
        self._ended = None
        self._run_seeds = self.seeds_box.value()
        self._reset_plots()
        self._stop = threading.Event()
        worker = RaceWorker(self._configs, self._labels, self.budget_box.value(), self._stop,
                            self._run_id, self._want_contrib, self._run_seeds)
        worker.progress.connect(self._on_progress)
        worker.contributions.connect(self._on_contributions)
        worker.done.connect(self._on_done)
        thread = worker_thread(self, worker, self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self._set_running(True)
        self.status.setText(self.tr("Racing…"))
        thread.start()
        self.started.emit()

    def stop(self) -> None:
        """Ask the race to stop after the current update (returns at once)."""
        self._stop.set()

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop the race and wait for its thread (for closing the view)."""
        stop_and_join(self._stop, self._thread, timeout_ms)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    # ------------------------------------------------------------ lanes
    def _set_boxes(self, cells: Sequence[str]) -> None:
        for i, box in enumerate(self.cell_boxes):
            want = cells[i] if i < len(cells) else None
            k = box.findData(want)
            box.setCurrentIndex(max(k, 0))

    def _cell_edited(self, lane: int) -> None:
        """A cell box changed: that lane's cell only ('—' in the third drops lane 3)."""
        if self.running or self._base is None:
            return
        cell = self.cell_boxes[lane].currentData()
        overrides = self.overrides
        if cell is None:
            overrides = overrides[:lane]
        elif lane < len(overrides):
            overrides[lane]["cell"] = cell
        else:
            overrides.append({"cell": cell})
        if self._try_overrides(overrides, lane):
            self._set_boxes([cfg.cell for cfg in self._configs])

    def _rebuild(self) -> None:
        """Curves, legend and heat maps for the current lanes (not during a race)."""
        for plot, curves in ((self.loss_plot, self.loss_curves),
                             (self.metric_plot, self.metric_curves),
                             (self.norm_plot, self.norm_curves)):
            for curve in curves:
                plot.removeItem(curve)
        for line in self.clip_lines:
            self.norm_plot.removeItem(line)
        for band, (lo, hi) in zip(self.bands, self.band_edges, strict=True):
            for item in (band, lo, hi):
                self.loss_plot.removeItem(item)
        self.bands, self.band_edges = [], []
        self.legend.clear()
        self.loss_curves, self.metric_curves, self.norm_curves, self.clip_lines = [], [], [], []
        self.heat_row.clear()
        self.heat_plots, self.heat_images, self.heat_bar = [], [], None
        n = len(self._configs)
        for i, (cfg, label) in enumerate(zip(self._configs, self._labels, strict=True)):
            colour = LANE_COLOURS[i % len(LANE_COLOURS)]
            # the spread over the lane's seeds: a band between two invisible edges, under
            # the median (shown only when the race trains several seeds per lane)
            edges = (self.loss_plot.plot(pen=pg.mkPen(0, 0, 0, 0)),
                     self.loss_plot.plot(pen=pg.mkPen(0, 0, 0, 0)))
            fill = pg.mkColor(colour)
            fill.setAlpha(60)
            band = pg.FillBetweenItem(*edges, brush=pg.mkBrush(fill))
            band.setZValue(-5)
            self.loss_plot.addItem(band)
            band.setVisible(False)
            self.band_edges.append(edges)
            self.bands.append(band)
            loss = self.loss_plot.plot(pen=c.pen(colour, 1.5), name=label)
            self.loss_curves.append(loss)
            self.metric_curves.append(self.metric_plot.plot(
                pen=c.pen(colour, 2), symbol="o", symbolSize=4, symbolBrush=colour,
                symbolPen=None))
            self.norm_curves.append(self.norm_plot.plot(pen=c.pen(colour, 1)))
            self.legend.addItem(loss, label)
            if cfg.clip_mode == "norm":
                line = pg.InfiniteLine(pos=math.log10(cfg.clip), angle=0, movable=False,
                                       pen=c.pen(colour, 1.5, dash=True))
                line.setToolTip(self.tr("{0}: clipping threshold {1}").format(
                    label, f"{cfg.clip:g}"))
                self.norm_plot.addItem(line, ignoreBounds=True)
                self.clip_lines.append(line)
            hp: pg.PlotItem = self.heat_row.addPlot(row=0, col=i)
            c.style_plot(hp, "", "")
            self._title_heat(i, hp)
            hp.showGrid(x=False, y=False)
            hp.getAxis("left").setWidth(44)
            img = pg.ImageItem(axisOrder="col-major")
            img.setColorMap(c.colormap(c.GRADIENT_MAP))
            img.setImage(np.full((1, 1), np.nan, dtype=np.float32), levels=LOG_LEVELS,
                         autoLevels=False)
            hp.addItem(img)
            self.heat_plots.append(hp)
            self.heat_images.append(img)
        if n:
            bar = pg.ColorBarItem(values=LOG_LEVELS, colorMap=c.colormap(c.GRADIENT_MAP),
                                  interactive=False, width=14)
            bar.setImageItem(self.heat_images, insert_in=self.heat_plots[-1])
            ax = bar.axis
            ax.setPen(pg.mkPen(c.FOREGROUND))
            ax.setTextPen(pg.mkPen(c.FOREGROUND))
            ax.setLabel("log10 ‖∂L/∂h_t‖", color=c.FOREGROUND,
                        **{"font-size": f"{c.LABEL_PT}pt"})
            self.heat_bar = bar
        self._build_contrib_plots()
        self._describe()
        self._reset_plots()

    def _describe(self) -> None:
        if not self._configs:
            return
        name, label, higher = _task_facts(self._configs[0])
        label = label or self.tr("metric")
        self.metric_name, self.metric_label = name, label
        if "(" in label or "（" in label:  # the label already says which way is better
            title = self.tr("Held-out {0}")
        elif higher:
            title = self.tr("Held-out {0} (higher is better)")
        else:
            title = self.tr("Held-out {0} (lower is better)")
        c.set_title(self.metric_plot, title.format(label))
        c.set_axis_label(self.metric_plot, "left", _short(label))
        if "accuracy" in name:
            self.metric_plot.enableAutoRange(axis="y", enable=False)
            self.metric_plot.setYRange(0.0, 1.0, padding=0.03)
        else:
            self.metric_plot.enableAutoRange(axis="y", enable=True)
        names = self.tr(" vs ").join(self._labels)
        self.title.setText(self._lesson_title or self.tr("Race: {0}").format(names))

    def _reset_plots(self) -> None:
        self._buffers = [_LaneBuffers() for _ in self._configs]
        self._latest = None
        self.steps_done = 0
        edges = [e for pair in self.band_edges for e in pair]
        for curve in self.loss_curves + self.metric_curves + self.norm_curves + edges:
            curve.setData([], [])
        for band in self.bands:
            band.setVisible(self._run_seeds > 1)
        for img in self.heat_images:
            img.setImage(np.full((1, 1), np.nan, dtype=np.float32), levels=LOG_LEVELS,
                         autoLevels=False)
            img.setRect(QtCore.QRectF(0, 0, 1, 1))
        for p in [self.loss_plot, self.norm_plot, *self.heat_plots]:
            p.enableAutoRange()
        self.metric_plot.enableAutoRange(axis="x", enable=True)
        self.summary.setText("")
        self._ended = None
        self.status.setText("" if self._configs else self.tr("Choose two or three lanes."))
        self._contrib, self.contrib_step = (), 0
        self._draw_contrib()

    # ---------------------------------------------------- contributions
    def _contrib_toggled(self, on: bool) -> None:
        if on:
            self._want_contrib.set()
        else:
            self._want_contrib.clear()
        self._build_contrib_plots()

    def _build_contrib_plots(self) -> None:
        """One triangle per lane below the flow maps, with one colour bar (when shown)."""
        self.contrib_row.clear()
        self.contrib_plots, self.contrib_images, self.contrib_lines = [], [], []
        self.contrib_bar = None
        on = self.contrib_box.isChecked() and bool(self._configs)
        self.canvas.ci.layout.setRowStretchFactor(3, 4 if on else 0)
        self.reach_label.setVisible(on)
        if not on:
            return
        for i in range(len(self._labels)):
            p: pg.PlotItem = self.contrib_row.addPlot(row=0, col=i)
            c.style_plot(p, "", "")
            self._title_contrib(i, p)
            p.showGrid(x=False, y=False)
            p.invertY(True)
            p.getAxis("left").setWidth(44)
            img = pg.ImageItem()
            img.setColorMap(c.colormap("inferno"))
            p.addItem(img)
            lines = []
            for _edge in range(2):  # above and below the picked row, leaving it visible
                line = pg.InfiniteLine(angle=0, pen=c.pen(c.GREEN, 1.5))
                p.addItem(line, ignoreBounds=True)
                lines.append(line)
            self.contrib_plots.append(p)
            self.contrib_images.append(img)
            self.contrib_lines.append(lines)
        self.contrib_bar = c.color_bar(self.contrib_images, self.contrib_plots[-1],
                                       CONTRIB_LEVELS, "inferno",
                                       self.tr("log₁₀ of C / max C (each lane)"))
        self._draw_contrib()

    @QtCore.Slot(int, int, object)
    def _on_contributions(self, run_id: int, step: int, lanes: tuple) -> None:
        if run_id != self._run_id:
            return
        self._contrib, self.contrib_step = tuple(lanes), step
        self._draw_contrib()

    def _draw_contrib(self) -> None:
        if not self.contrib_images:
            return
        T = 0
        for i, img in enumerate(self.contrib_images):
            C = self._contrib[i] if i < len(self._contrib) else None
            if C is None:
                img.setImage(np.full((1, 1), np.nan), levels=CONTRIB_LEVELS, autoLevels=False)
                img.setRect(QtCore.QRectF(0.5, 0.5, 1, 1))
                continue
            T = C.shape[0]
            img.setImage(contribution_image(C).T, levels=CONTRIB_LEVELS, autoLevels=False)
            img.setRect(QtCore.QRectF(0.5, 0.5, T, T))
            self.contrib_plots[i].setRange(xRange=(0.5, T + 0.5), yRange=(0.5, T + 0.5),
                                           padding=0)
        self.select_output(self.contrib_t)

    def select_output(self, t: int) -> None:
        """Pick output step t (from 1; 0 or out of range: the last step with a loss) on
        every lane's triangle, and say how far back each lane's output t reaches."""
        shown = [C for C in self._contrib if C is not None]
        if not shown:
            self.reach_label.setText(self.tr(
                "These lanes are too large to compute their contributions here.")
                if self._contrib else self.tr(
                "Each lane's contributions appear here while it races (and when it ends)."))
            return
        T = shown[0].shape[0]
        if not 1 <= t <= T:
            rows = np.flatnonzero(np.nan_to_num(shown[0]).max(axis=1) > 0)
            t = int(rows[-1]) + 1 if rows.size else T
        self.contrib_t = t
        for above, below in self.contrib_lines:
            above.setValue(t - 0.5)
            below.setValue(t + 0.5)
        parts = []
        for i, label in enumerate(self._labels):
            C = self._contrib[i] if i < len(self._contrib) else None
            colour = LANE_COLOURS[i % len(LANE_COLOURS)]
            name = f"<span style='color:{colour}'>■</span> {html.escape(label)}"
            if C is None:
                parts.append(self.tr("{0}: too large to compute").format(name))
            else:
                parts.append(f"{name} {reach_back(C, t, REACH_FRACTION)}")
        self.reach_label.setText(self.tr(
            "After update {0}, output step {1} still depends on inputs this many steps back "
            "(the earliest k giving at least 1 % of the row's largest ‖∂L_t/∂h_k‖): {2}"
        ).format(self.contrib_step, t, self.tr(", ").join(parts)))

    def _contrib_clicked(self, event) -> None:
        for p in self.contrib_plots:
            vb = p.getViewBox()
            if vb.sceneBoundingRect().contains(event.scenePos()):
                self.select_output(int(round(vb.mapSceneToView(event.scenePos()).y())))
                return

    def shown_contributions(self, lane: int) -> np.ndarray | None:
        """Lane ``lane``'s triangle as drawn: log10 of C / max C, rows t, columns k."""
        if lane >= len(self.contrib_images) or self.contrib_images[lane].image is None:
            return None
        return self.contrib_images[lane].image.T

    def _set_running(self, on: bool) -> None:
        self.start_button.setEnabled(not on)
        self.stop_button.setEnabled(on)
        self.budget_box.setEnabled(not on)
        self.seeds_box.setEnabled(not on)
        for box in self.cell_boxes:
            box.setEnabled(not on)
        for i, button in enumerate(self.lane_buttons):
            button.setEnabled(not on and i < len(self._configs))
        for dialog in self.lane_dialogs.values():
            dialog.setEnabled(not on)

    # --------------------------------------------------------- progress
    @QtCore.Slot(object)
    def _on_progress(self, p: RaceProgress) -> None:
        if p.run_id != self._run_id:
            return
        self._latest = p.latest
        self.steps_done = p.latest.step
        for i, buf in enumerate(self._buffers):
            if i >= p.losses.shape[0]:
                break
            if p.steps.size:
                buf.loss.extend(p.steps, p.losses[i])
                buf.lo.extend(p.steps, p.loss_lo[i])
                buf.hi.extend(p.steps, p.loss_hi[i])
                buf.norm.extend(p.steps, p.grad_norms[i])
            for step, values in p.evals:
                if math.isfinite(values[i]):
                    buf.metric.append(float(step), values[i])
            lane = p.latest.lanes[i]
            if lane.flow and "h" in lane.flow and p.latest.status != "stopped":
                h = np.asarray(lane.flow["h"], dtype=np.float64)
                if buf.heat.add(p.latest.step, h[:1]):
                    self._draw_heat(i)
        self._redraw()

    def _redraw(self) -> None:
        for buf, loss in zip(self._buffers, self.loss_curves, strict=False):
            x, y, _, _ = buf.loss.data()
            loss.setData(x, np.maximum(y, TINY))
        if self._run_seeds > 1:
            for buf, (lo, hi) in zip(self._buffers, self.band_edges, strict=False):
                x, y, _, _ = buf.lo.data()
                lo.setData(x, np.maximum(y, TINY))
                x, y, _, _ = buf.hi.data()
                hi.setData(x, np.maximum(y, TINY))
        for buf, norm, metric in zip(self._buffers, self.norm_curves, self.metric_curves,
                                     strict=False):
            x, y, _, _ = buf.norm.data()
            norm.setData(x, np.maximum(y, TINY))
            x, y, _, _ = buf.metric.data()
            metric.setData(x, y)
        self.summary.setText(self._summary_html())
        if self._latest is not None and self.running:
            self.status.setText(self.tr("Racing… update {0} of {1}").format(
                self._latest.step, self._latest.budget))

    def _draw_heat(self, i: int) -> None:
        heat = self._buffers[i].heat
        if heat.n == 0:
            return
        img = heat.image(0)
        self.heat_images[i].setImage(img, levels=LOG_LEVELS, autoLevels=False)
        first, last = float(heat.steps[0]), float(heat.steps[heat.n - 1])
        dx = max((last - first) / (heat.n - 1) if heat.n > 1 else 1.0, 1e-9)
        T = img.shape[1]
        self.heat_images[i].setRect(QtCore.QRectF(first - dx / 2, -0.5, dx * heat.n, T))

    def _summary_html(self) -> str:
        snap = self._latest
        if snap is None:
            return ""
        parts = []
        for i, lane in enumerate(snap.lanes):
            colour = LANE_COLOURS[i % len(LANE_COLOURS)]
            buf = self._buffers[i] if i < len(self._buffers) else None
            loss = buf.loss.last() if buf is not None else None
            label = self._labels[i] if i < len(self._labels) else lane.label  # this language
            bits = [f"<span style='color:{colour}'>■</span> <b>{html.escape(label)}</b>"]
            if loss is not None:
                bits.append(self.tr("loss {0}").format(f"{loss:.3g}"))
            if lane.metric is not None and math.isfinite(lane.metric):
                bits.append(f"{html.escape(_short(self.metric_label))} {lane.metric:.3g}")
            has_goal = i < len(self._configs) and self._configs[i].until_metric is not None
            if lane.seeds > 1 and has_goal:
                bits.append(self.tr("{0} of {1} seeds reached the goal").format(
                    lane.seeds_at_goal, lane.seeds))
            elif lane.goal_step is not None:
                bits.append(self.tr("goal at update {0}").format(lane.goal_step))
            if lane.seeds > 1 and lane.seeds_diverged:
                bits.append(self.tr("{0} of {1} seeds diverged").format(
                    lane.seeds_diverged, lane.seeds))
            if lane.status == "diverged" and lane.seeds == 1:
                diverged = self.tr("diverged")
                bits.append(f"<span style='color:#D55E00'>{diverged}</span>")
            if lane.updates and lane.seconds > 0:
                rate = lane.updates / lane.seconds
                bits.append(self.tr("{0} updates/s").format(
                    f"{rate:.0f}" if rate >= 10 else f"{rate:.2g}"))
            parts.append(self.tr(", ").join(bits))
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    @QtCore.Slot(int, str, object)
    def _on_done(self, run_id: int, status: str, message: object) -> None:
        if run_id != self._run_id:
            return
        self._ended = (status, message)
        self.finished.emit(status, self._show_end(status, message))

    def _show_end(self, status: str, message: object) -> str:
        if status == "failed":
            reason = _error_text(message) if isinstance(message, BaseException) else ""
            text = self.tr("The race failed: {0}").format(
                reason.strip().splitlines()[-1] if reason.strip() else self.tr("unknown error"))
        else:
            text = engine_text(message) if message else self._status_word(status)
            text = text[:1].upper() + text[1:]
        self.status.setText(text)
        return text

    def _status_word(self, status: str) -> str:
        return {"done": self.tr("finished"), "goal": self.tr("goal reached"),
                "stopped": self.tr("stopped"), "diverged": self.tr("diverged")
                }.get(status, status)

    @QtCore.Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        self._thread, self._worker = None, None
        if thread is not None:
            thread.deleteLater()
        self._set_running(False)

    # -------------------------------------------------------- for tests
    def curve_data(self, kind: str = "loss") -> list[tuple[np.ndarray, np.ndarray]]:
        """(x, y) of every lane's curve: kind is "loss", "metric" or "norm"."""
        curves = {"loss": self.loss_curves, "metric": self.metric_curves,
                  "norm": self.norm_curves}[kind]
        out = []
        for curve in curves:
            x, y = curve.getData()
            out.append((np.asarray(x) if x is not None else np.empty(0),
                        np.asarray(y) if y is not None else np.empty(0)))
        return out

    def band_data(self, lane: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, lowest, highest) loss of lane `lane`'s seeds as the shaded band shows it."""
        lo, hi = self.band_edges[lane]
        x, y_lo = lo.getData()
        _, y_hi = hi.getData()
        if x is None:
            return np.empty(0), np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y_lo), np.asarray(y_hi)
