"""Experiments that last, for the main window: Save / Open / Save As / Recent, the
unsaved-changes prompt, exports, the runs list and notes docks, and the View choices
(theme, language, presentation mode, hidden controls).

The window creates one :class:`Workspace` and forwards to it; everything here talks to
the window through its public pieces (controller, config, plots, docks, forms, banner)
and to the training thread only through the controller (a checkpoint is captured by
the worker between two updates and handed over as a signal).
"""

from __future__ import annotations

import math
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ..engine import experiment as ex
from ..engine.config import Config, ConfigError, atomic_write_bytes, atomic_write_text
from ..engine.experiment import Checkpoint, Experiment, ExperimentError, History
from ..engine.trainer import Snapshot
from . import i18n
from .messages import Progress
from .parked import ParkedRuns
from .runs import RunsPanel
from .theme import THEMES, HideControlsDialog, Presentation, ThemeManager, theme_names
from .torch_export import add_to_menu
from .torch_export import name_action as name_torch_action

CAPTURE_TIMEOUT_MS = 5000
CAPTURE_TAG = "workspace"  # our requests for a checkpoint (saves, exports)
GRADIENT_HISTORY = "gradient_history"  # the heat map of gradient norms, in the file's "ui"


def history_progress(run_id: int, history: History, config: Config) -> Progress:
    """A progress message carrying a saved history, to redraw the loss curve of an
    opened experiment."""
    def arr(values: list, dtype: Any) -> np.ndarray:
        a = np.asarray(values, dtype=dtype)
        a.flags.writeable = False
        return a

    step = history.steps[-1] if history.steps else 0
    latest = Snapshot(
        step=step, budget=config.steps, elapsed=0.0, updates_per_second=0.0,
        loss=history.losses[-1] if history.losses else math.nan, lr=config.lr,
        grad_norm=math.nan, grad_norm_clipped=math.nan, param_grad_norms=MappingProxyType({}),
        flow=MappingProxyType({}), metric_name="", metric=None, status="ready")
    evals = tuple((s, MappingProxyType(dict(m))) for s, m in sorted(history.evals.items()))
    return Progress(run_id=run_id, steps=arr(history.steps, np.int64),
                    losses=arr(history.losses, np.float64),
                    grad_norms=arr(history.grad_norms, np.float64),
                    grad_norms_clipped=arr(history.grad_norms_clipped, np.float64),
                    evals=evals, latest=latest, probe=None, probe_step=None, sample=None)


class PreferencesDialog(QDialog):
    """Language and theme."""

    def __init__(self, language: str, theme: str, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox

        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("pref_language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.theme = QComboBox()
        self.theme.setObjectName("pref_theme")
        for code, name in theme_names().items():
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Theme:"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class Workspace(QObject):
    """See the module docstring. ``window`` is the MainWindow."""

    saved = Signal(str)  # path
    opened = Signal(str)  # path

    def __init__(self, window: Any):
        super().__init__(window)
        self.w = window
        self.path: Path | None = None
        self.dirty = False
        self.hidden: set[str] = set()
        self.history = History()
        self._history_run = -1
        self._pending: Experiment | None = None  # an opened experiment waiting for its run
        self._captured: Checkpoint | None = None
        self._captured_history: History | None = None
        self._received: list[Checkpoint] = []
        self._history_start = 0  # the step the current run's history starts from
        self._capture_loop: QEventLoop | None = None
        self.confirm_close = False  # the app turns the prompt on; tests turn it on to test it
        self.last_dir = str(Path.home())
        self.theme = ThemeManager()
        self.presentation = Presentation(window)

        self.runs = RunsPanel()
        self.runs_dock = self._dock("", "dock_runs", self.runs,
                                    window.docks["loss"], QSize(600, 440))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes_edit")
        self.notes.textChanged.connect(self._notes_changed)
        self.notes_dock = self._dock("", "dock_notes", self.notes,
                                     window.settings_dock)
        self._notes_loading = False

        c = window.controller
        c.progress.connect(self._on_progress)
        c.run_reset.connect(self._on_run_reset)
        c.captured.connect(self._on_captured)
        self._reopening: int | None = None  # the run id whose row a reopened run takes
        self.parked = ParkedRuns(self)
        self.parked.changed.connect(self._show_reopenable)
        self.runs.reopen_requested.connect(self.reopen)
        self.runs.clear_button.clicked.connect(
            lambda: self.parked.forget_all_but(set(self.runs.runs)))
        self._start_history()

    # =============================================================== building
    def _dock(self, title: str, name: str, widget: QWidget, beside: QDockWidget,
              room: QSize | None = None) -> QDockWidget:
        """A hidden dock, tabbed behind `beside` (View shows it, with at least `room`)."""
        dock = QDockWidget(title, self.w)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.w.tabifyDockWidget(beside, dock)
        dock.hide()
        dock.toggleViewAction().triggered.connect(lambda on: on and dock.raise_())
        make_room = getattr(self.w, "make_room", None)
        if room is not None and make_room is not None:
            dock.toggleViewAction().triggered.connect(
                lambda on: on and QTimer.singleShot(0, dock, lambda: make_room(dock, room)))
        return dock

    def _act(self, slot: Any, shortcut: Any = None) -> QAction:
        act = QAction(self.w)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.w.addAction(act)
        return act

    def retranslate(self) -> None:
        """The docks' titles and the File and View entries in the interface language."""
        self.runs_dock.setWindowTitle(self.tr("Runs"))
        self.notes_dock.setWindowTitle(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("Notes on this experiment (saved in the file)"))
        for act, text, tip in (
                (self.open_action, self.tr("&Open…"),
                 self.tr("Open an experiment (.rnnstudio) or settings (.json) file")),
                (self.save_action, self.tr("&Save"),
                 self.tr("Save the experiment: settings, weights, optimizer state, history "
                         "and notes")),
                (self.save_as_action, self.tr("Save &As…"),
                 self.tr("Save the experiment under a new name")),
                (self.presentation_action, self.tr("&Presentation mode"),
                 self.tr("Large fonts and thick lines for a projector")),
                (self.hide_action, self.tr("&Hide controls…"),
                 self.tr("Instructor: choose settings to hide from the panels (saved in the "
                         "experiment)")),
                (self.preferences_action, self.tr("Pre&ferences…"), "")):
            act.setText(text)
            if tip:
                act.setStatusTip(tip)
                act.setToolTip(tip)
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self._fill_recent()
        self.export_menu.setTitle(self.tr("&Export"))
        self.plots_menu.setTitle(self.tr("Plots"))
        for act, dock, kind in self.plot_export_actions:
            act.setText(self.tr("{0} as {1}…").format(dock.windowTitle(), kind.upper()))
        for kind, text in (("metrics", self.tr("Metrics history (CSV)…")),
                           ("weights", self.tr("Weights (.npz)…")),
                           ("torch", self.tr("Weights in PyTorch layout (.npz)…")),
                           ("config", self.tr("Settings (JSON)…")),
                           ("runs", self.tr("Runs table (CSV)…"))):
            self.export_actions[kind].setText(text)
        name_torch_action(self.torch_action)
        self.theme_menu.setTitle(self.tr("&Theme"))
        for code, name in theme_names().items():
            self.theme_actions[code].setText(name)
        self.language_menu.setTitle(self.tr("&Language"))

    def build_file_menu(self, menu: QMenu) -> None:
        """Open, Save, Save As, Recent and Export into the window's File menu."""
        self.open_action = self._act(self.ask_open, QKeySequence.StandardKey.Open)
        self.save_action = self._act(self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = self._act(self.save_as, QKeySequence.StandardKey.SaveAs)
        if self.save_as_action.shortcut().isEmpty():
            self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        menu.addAction(self.open_action)
        self.recent_menu = menu.addMenu("")
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addSeparator()
        export = self.export_menu = menu.addMenu("")
        export.setObjectName("export_menu")
        plots = self.plots_menu = export.addMenu("")
        self.plot_export_actions: list[tuple[QAction, QDockWidget, str]] = []
        for dock in self.w.docks.values():
            for kind in ("png", "svg"):
                act = plots.addAction("")
                act.triggered.connect(lambda _=False, d=dock, k=kind: d.ask_export(k))
                self.plot_export_actions.append((act, dock, kind))
        export.addSeparator()
        self.export_actions: dict[str, QAction] = {}
        for kind in ("metrics", "weights", "torch", "config", "runs"):
            act = self.export_actions[kind] = export.addAction("")
            act.setObjectName(f"export_{kind}")
            act.triggered.connect(lambda _=False, k=kind: self.ask_export(k))
        self.torch_action = add_to_menu(self, export)  # File → Export → PyTorch script

    def build_view_menu(self, menu: QMenu) -> None:
        menu.addAction(self.runs_dock.toggleViewAction())
        menu.addAction(self.notes_dock.toggleViewAction())
        menu.addSeparator()
        self.presentation_action = self._act(self.toggle_presentation, "F11")
        self.presentation_action.setCheckable(True)
        menu.addAction(self.presentation_action)
        theme_menu = self.theme_menu = menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for code in theme_names():
            act = theme_menu.addAction("")
            act.setCheckable(True)
            act.setData(code)
            self.theme_group.addAction(act)
            act.triggered.connect(lambda _=False, t=code: self.set_theme(t))
            self.theme_actions[code] = act
        lang_menu = self.language_menu = menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = lang_menu.addAction(name)
            act.setCheckable(True)
            self.language_group.addAction(act)
            act.triggered.connect(lambda _=False, lang=code: self.set_language(lang))
            self.language_actions[code] = act
        self.language_actions.get(i18n.current(), self.language_actions["en"]).setChecked(True)
        self.hide_action = self._act(self.ask_hidden)
        menu.addAction(self.hide_action)
        self.preferences_action = self._act(self.ask_preferences,
                                            QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(self.preferences_action)

    # ================================================================ history
    def _start_history(self) -> None:
        c = self.w.controller
        self.history = History(dict(c.metric_labels))
        self._history_run = c.run_id
        self._history_start = c.step_count

    def _on_run_reset(self, config: Config) -> None:
        pending = self._pending
        self._pending = None
        if self._reopening is not None:
            self.runs.continue_as(self._reopening, self.w.controller.run_id)
            self._reopening = None
        self._show_reopenable()
        if pending is not None:  # the run adopt() is loading
            self.history = pending.history
            self._history_run = self.w.controller.run_id
            self._history_start = pending.step
            self.runs.add_or_update(self._history_run, config, history=self.history)
            if self.history.steps or self.history.evals:
                past = history_progress(self._history_run, self.history, config)
                self.w.loss_plot.update_progress(past)
                self.w.gradient_plot.update_progress(past)  # the global gradient norms
            self.w.gradient_plot.restore_history(pending.ui.get(GRADIENT_HISTORY))
            return
        self._start_history()
        if self.history_worth_saving():
            self.dirty = True
        self.presentation.refresh()

    def _on_progress(self, p: Progress) -> None:
        if p.run_id != self._history_run:
            return
        if len(p.steps) or p.evals:
            self.history.extend(p.steps, p.losses, p.grad_norms, p.grad_norms_clipped,
                                p.latest.lr, p.evals if len(p.steps) else ())
        if len(p.steps):
            self.dirty = True
        self.runs.add_or_update(p.run_id, self.w.controller.config, p)

    # ================================================================ reopen
    def _show_reopenable(self) -> None:
        self.runs.set_reopenable(set(self.parked.run_ids()), self.w.controller.run_id)

    def reopen(self, run_id: int) -> bool:
        """Bring back a replaced run (Runs list's Reopen, Edit → Undo) as it stood: its
        weights, optimizer state, step and curves; the run it replaces is kept in turn."""
        exp = self.parked.pop(run_id)
        if exp is None:
            return False
        self._reopening = run_id
        try:
            self.adopt(exp, self.path, dirty=True)
        finally:
            self._reopening = None
        number = self.runs.runs[self.w.controller.run_id].number \
            if self.w.controller.run_id in self.runs.runs else run_id
        self.w.statusBar().showMessage(self.tr("Run {0} reopened at update {1}; Train "
                                               "continues from here").format(
            number, f"{exp.step:,}"), 8000)
        return True

    def history_worth_saving(self) -> bool:
        return bool(self.history.steps) or bool(self.notes.toPlainText().strip())

    def _notes_changed(self) -> None:
        if not self._notes_loading:
            self.dirty = True

    def mark_config_changed(self) -> None:
        self.dirty = True

    # ================================================================ capture
    def _history_end(self) -> int:
        return self.history.steps[-1] if self.history.steps else self._history_start

    def _on_captured(self, tag: str, cp: Checkpoint | None) -> None:
        """Take the checkpoint whose step is where the history ends (so the file's
        weights and history agree)."""
        if tag != CAPTURE_TAG or self._capture_loop is None:
            return
        if cp is None:
            self._captured, self._captured_history = None, None
            self._capture_loop.quit()
            return
        self._received.append(cp)
        if int(cp.state["step"]) == self._history_end():
            self._captured, self._captured_history = cp, self.history.copy()
            self._capture_loop.quit()

    def capture(self) -> tuple[Checkpoint, History] | None:
        """The current run's complete state, taken by the training thread between two
        updates, and the history up to that step. Training pauses for the moment it
        takes (so the worker sends every update before the checkpoint) and goes on.
        Waits in a local event loop, so the window stays responsive; None if there is no
        network (an engine error)."""
        c = self.w.controller
        self._captured, self._captured_history, self._received = None, None, []
        loop = QEventLoop()
        self._capture_loop = loop
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(CAPTURE_TIMEOUT_MS)
        was_running = c.state == "running"
        if was_running:
            c.pause()
        try:
            if not c.request_capture(CAPTURE_TAG):
                return None
            if self._captured is None:
                loop.exec()
        finally:
            self._capture_loop = None
            timer.stop()
            if was_running:
                c.train()
        if self._captured is None and self._received:
            # No step matched (e.g. a history that does not reach the weights' step):
            # the newest checkpoint, with the history cut at its step.
            cp = self._received[-1]
            return cp, self.history.until(int(cp.state["step"]))
        if self._captured is None:
            return None
        return self._captured, self._captured_history

    def experiment(self) -> Experiment | None:
        got = self.capture()
        if got is None:
            return None
        cp, hist = got
        return Experiment(cp, hist, self.notes.toPlainText(),
                          self.view_state(int(cp.state["step"])))

    def view_state(self, until: int | None = None) -> dict[str, Any]:
        """The experiment file's "ui": hidden controls, the gradient heat map."""
        ui: dict[str, Any] = {"hidden_controls": sorted(self.hidden)}
        heat = self.w.gradient_plot.history_state(until=until)
        if heat is not None:  # old versions ignore it; new ones check it before use
            ui[GRADIENT_HISTORY] = heat
        return ui

    # ============================================================ save / open
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        default = str(self.path or Path(self.last_dir) / "experiment.rnnstudio")
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save experiment"), default,
                                              self.tr("RNN Studio experiment (*.rnnstudio)"))
        if not path:
            return False
        if not path.endswith(ex.SUFFIX):
            path += ex.SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        exp = self.experiment()
        if exp is None:
            self._error(self.tr("Nothing to save: the network could not be read (press "
                                "Reset after an engine error)."))
            return False
        try:
            ex.save(path, exp)
        except ExperimentError as exc:
            self._error(i18n.engine_text(exc))
            return False
        self.path = path
        self.dirty = False
        self.last_dir = str(path.parent)
        self._add_recent(path)
        self._title()
        self.w.statusBar().showMessage(self.tr("Saved {0} (step {1})").format(
            str(path), f"{exp.step:,}"), 5000)
        self.saved.emit(str(path))
        return True

    def ask_open(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Open"), self.last_dir,
            self.tr("RNN Studio files (*.rnnstudio *.json);;All files (*)"))
        if path:
            self.open(path)

    def open(self, path: str | Path) -> bool:
        """Open an experiment (or a settings .json). A bad file changes nothing and is
        explained in a message box."""
        path = Path(path)
        if path.suffix.lower() == ".json":
            try:
                Config.load(path)
            except ConfigError as exc:
                self._refused(path, i18n.engine_text(exc))
                return False
            ok = self.w.load_config_file(str(path))
            if ok:
                self.last_dir = str(path.parent)
            return ok
        try:
            located = self._locate_moved(path)
            if located is None:  # the user chose not to look for a moved data file
                return False
            relocate, notes = located
            exp = ex.load(path, relocate)
        except ExperimentError as exc:
            self._refused(path, i18n.engine_text(exc))
            self._forget_recent(path)
            return False
        self.adopt(exp, path, dirty=bool(relocate))  # a new place for the data: worth saving
        self.w.statusBar().showMessage(self.tr("Opened {0}: step {1}; Train continues from "
                                               "here").format(str(path), f"{exp.step:,}"), 6000)
        notes += [i18n.engine_text(m) for m in exp.changed_files]  # other data than it had
        if notes:
            self.w.banner.show_message(" ".join(notes), "warning" if exp.changed_files
                                       else "info")
        self.opened.emit(str(path))
        return True

    def _locate_moved(self, path: Path) -> tuple[dict[str, str], list[str]] | None:
        """Where the run's data files are now, if any moved since saving: the same file
        beside the experiment is taken at once; otherwise the user is asked to locate it.
        (setting -> new path, what to tell the user), or None if they cancelled."""
        relocate: dict[str, str] = {}
        notes: list[str] = []
        for moved in ex.moved_files(path):
            if moved.nearby:
                relocate[moved.field] = moved.nearby
                notes.append(self.tr("{0} is not where this run was trained on it; the same "
                                     "file was found beside the experiment and is used: {1}.")
                             .format(moved.saved, moved.nearby))
                continue
            chosen = self.locate_file(path, moved)
            if not chosen:
                return None
            relocate[moved.field] = chosen
            notes.append(self.tr("{0} now reads {1} (was {2}); save to keep the new place.")
                         .format(moved.field, chosen, moved.saved))
        return relocate, notes

    def locate_file(self, path: Path, moved: ex.MovedFile) -> str:
        """Ask where a moved data file is now (a file or, for a folder of classes, a
        folder); "" if the user cancels."""
        saved = Path(moved.saved)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Data file not found"),
                          self.tr("{0} was trained on {1}, which is not there any more.")
                          .format(path.name, moved.saved), parent=self.w)
        box.setInformativeText(self.tr("Its weights and curves are in the experiment; to "
                                       "open it, show where the data is now."))
        locate = box.addButton(self.tr("Locate…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(locate)
        box.exec()
        if box.clickedButton() is not locate:
            return ""
        start = str(path.parent)
        if saved.suffix:
            chosen, _ = QFileDialog.getOpenFileName(
                self.w, self.tr("Where is {0}?").format(saved.name), start,
                self.tr("{0} (*{1});;All files (*)").format(saved.name, saved.suffix))
        else:  # a folder (one file per class)
            chosen = QFileDialog.getExistingDirectory(
                self.w, self.tr("Where is the folder {0}?").format(saved.name), start)
        return chosen or ""

    def adopt(self, exp: Experiment, path: Path | None, dirty: bool = False) -> None:
        """Make an (opened) experiment the current run."""
        self._pending = exp
        try:
            self.w.load_checkpoint(exp.checkpoint)  # the worker builds the trainer
        finally:
            self._pending = None
        self.set_hidden(set(exp.ui.get("hidden_controls", [])), mark=False)
        self._notes_loading = True
        self.notes.setPlainText(exp.notes)
        self._notes_loading = False
        if exp.notes.strip():
            self.notes_dock.show()
        self.path = path
        self.dirty = dirty
        if path is not None:
            self.last_dir = str(path.parent)
            self._add_recent(path)
        self._title()

    def maybe_save(self) -> bool:
        """Ask about unsaved work. True: go ahead (saved or discarded); False: cancel."""
        if not (self.dirty and self.history_worth_saving()):
            return True
        name = self.path.name if self.path else self.tr("this experiment")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save the changes to {0}?").format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self.w)
        box.setInformativeText(self.tr("Training progress, settings and notes since the last "
                                       "save will be lost otherwise."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _refused(self, path: Path, message: str) -> None:
        QMessageBox.warning(self.w, self.tr("Cannot open {0}").format(path.name), message)

    def _error(self, message: str) -> None:
        self.w.banner.show_message(message, "error")

    def _title(self) -> None:
        self.w.setWindowFilePath(str(self.path) if self.path else "")
        self.w.update_title()

    # ================================================================= recent
    def recent(self) -> list[str]:
        return self.w.settings.recent()

    def _add_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        self.w.settings.set_recent([p] + [r for r in self.recent() if r != p])

    def _forget_recent(self, path: Path) -> None:
        p = str(Path(path).resolve())
        self.w.settings.set_recent([r for r in self.recent() if r != p])

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        items = self.recent()
        for i, p in enumerate(items, start=1):
            act = menu.addAction(f"&{i} {Path(p).name}")
            act.setToolTip(p)
            act.setStatusTip(p)
            act.triggered.connect(lambda _=False, q=p: self.maybe_save() and self.open(q))
        if not items:
            none = menu.addAction(self.tr("(none yet)"))
            none.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear list"),
                           lambda: self.w.settings.set_recent([]))

    # ================================================================= export
    def ask_export(self, kind: str) -> None:
        names = {"metrics": ("rnnstudio-metrics.csv", self.tr("CSV table (*.csv)")),
                 "weights": ("weights.npz", self.tr("NumPy arrays (*.npz)")),
                 "torch": ("weights-pytorch.npz", self.tr("NumPy arrays (*.npz)")),
                 "config": ("config.json", self.tr("JSON settings (*.json)")),
                 "runs": ("rnnstudio-runs.csv", self.tr("CSV table (*.csv)"))}
        default, flt = names[kind]
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Export"),
                                              str(Path(self.last_dir) / default), flt)
        if path:
            self.last_dir = str(Path(path).parent)
            self.export(kind, path)

    def export(self, kind: str, path: str | Path) -> bool:
        """Write one export: "metrics", "weights", "torch", "config" or "runs"."""
        path = Path(path)
        try:
            if kind == "metrics":
                atomic_write_text(path, self.history.to_csv())
            elif kind == "config":
                self.w.config.save(path)
            elif kind == "runs":
                self.runs.export_csv(str(path))
            elif kind in ("weights", "torch"):
                got = self.capture()
                if got is None:
                    raise OSError(self.tr("the network could not be read"))
                cp = got[0]
                if kind == "torch":
                    arrays = cp.weights
                else:  # our own names: l0.W_xh, W_hy, ...
                    trainer = cp.trainer()
                    arrays = trainer.net.get_weights()
                import io

                buf = io.BytesIO()
                np.savez(buf, **arrays)
                atomic_write_bytes(path, buf.getvalue())
            else:
                raise ValueError(kind)
        except (OSError, ExperimentError) as exc:
            self._error(self.tr("Could not export to {0}: {1}").format(
                str(path), getattr(exc, "strerror", None) or i18n.engine_text(exc)))
            return False
        self.w.statusBar().showMessage(self.tr("Saved {0}").format(str(path)), 4000)
        return True

    # ================================================================== view
    def toggle_presentation(self, on: bool | None = None) -> None:
        on = (not self.presentation.enabled) if on is None or not isinstance(on, bool) else on
        self.presentation.set_enabled(on)
        self.presentation_action.setChecked(on)
        # on: the whole screen, shared again for the bigger text; off: the window's
        # geometry and docks as they were before
        self.w.set_full_screen(on)
        self.w.settings.set_presentation(on)

    def set_theme(self, name: str) -> None:
        if name not in THEMES:
            name = "system"
        self.theme.apply(name)
        if name in getattr(self, "theme_actions", {}):
            self.theme_actions[name].setChecked(True)
        self.w.settings.set_theme(name)

    def set_language(self, lang: str) -> None:
        """Store the choice and retranslate the window in place: Qt sends every widget a
        LanguageChange; the run goes on, the plots and the layout stay."""
        if lang == i18n.current():
            return
        i18n.save_language(lang)
        ok = i18n.install(lang)
        i18n.apply_now()
        if not ok:
            self._error(self.tr("The translation for {0} is missing from this installation.")
                        .format(i18n.LANGUAGES.get(lang, lang)))
        self.language_actions.get(i18n.current(), self.language_actions["en"]).setChecked(True)

    def ask_preferences(self) -> None:
        dlg = PreferencesDialog(i18n.current(), self.theme.choice, self.w)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.set_theme(dlg.theme.currentData())
            self.set_language(dlg.language.currentData())

    def ask_hidden(self) -> None:
        dlg = HideControlsDialog(self.hidden, self.w)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.set_hidden(dlg.hidden())

    def set_hidden(self, names: set[str], mark: bool = True) -> None:
        """Hide these settings' editors in the panels (an instructor's choice)."""
        if mark and names != self.hidden:
            self.dirty = True
        self.hidden = set(names)
        for form in self.w.forms:
            set_hidden = getattr(form, "set_hidden", None)
            if set_hidden is not None:
                set_hidden(self.hidden)
            form.set_config(self.w.config)
        if self.hidden:
            self.w.statusBar().showMessage(
                self.tr("{0} setting(s) hidden (View > Hide controls… shows them again)")
                .format(len(self.hidden)), 5000)

    def restore_view(self) -> None:
        """Theme and presentation mode as last time."""
        self.set_theme(self.w.settings.theme())
        if self.w.settings.presentation():
            self.toggle_presentation(True)

