"""The main window: settings on the left, four plot docks, a toolbar to drive the run.

The window holds the current Config (frozen). Every settings widget is bound to one
field; an edit becomes ``config.replace(field=value)``, which validates it. Accepted
edits go to the Controller (the learning rate changes live, anything else loads a
fresh network); refused ones leave the config as it was and say why in the banner,
naming the setting and what it allows.
"""

from __future__ import annotations

import math
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import Config, ConfigError, specs
from ..engine.tasks import TASK_TITLES
from .controller import LIVE_FIELDS, Controller
from .i18n import engine_text, setting_text
from .messages import Progress
from .pacing import RedrawPacer
from .panels import ModelPanel, SettingsForm, TaskPanel, TrainingPanel
from .panels.fields import CHOICE_LABELS
from .plots import GradientFlowPlot, InsideView, LossPlot, PredictionView
from .presets import SWITCHES, Presets
from .screens import SideWidth, fit_on_screen, guard_docks
from .settings import SETTINGS_VERSION, Settings, default_preset
from .teach.mechanism_views import install as install_mechanism
from .teaching import install as install_teaching
from .theme import FONT_SCALE
from .undo import SettingsUndo
from .welcome import install as install_welcome
from .widgets import Banner, PlotDock, SteadyLabel
from .workspace import Workspace

ROOM_SHARE = 0.55  # a docked panel opened for reading takes at most this share of the height
ROOM_RETRY_MS = 250
FRAME_WAIT_MS = 400  # when to check the window's placement again, frame included
LIVE_MESSAGE_MS = 10_000  # how long "Temperature 0.2 from the next sample" stays
FULL_SPEED = 0
SPEEDS = (1, 5, 20, 100, FULL_SPEED)  # updates per second the toolbar offers
RUN_N_DEFAULT = 100  # Run N updates
RUN_N_MAX = 100_000

STATE_TEXT = {
    "ready": QT_TRANSLATE_NOOP("MainWindow", "Ready"),
    "running": QT_TRANSLATE_NOOP("MainWindow", "Training"),
    "paused": QT_TRANSLATE_NOOP("MainWindow", "Paused"),
    "finished": QT_TRANSLATE_NOOP("MainWindow", "Finished"),
    "diverged": QT_TRANSLATE_NOOP("MainWindow", "Diverged"),
    "failed": QT_TRANSLATE_NOOP("MainWindow", "Error"),
}


def refusal(exc: ConfigError) -> str:
    """A ConfigError as the user sees it: the setting's label, then the reason."""
    name = getattr(exc, "field", "")
    spec = specs().get(name)
    reason = getattr(exc, "reason", None)
    text = engine_text(reason) if reason is not None else str(exc)
    label = setting_text(spec.label) if spec is not None else name or \
        QCoreApplication.translate("MainWindow", "Settings")
    return QCoreApplication.translate("MainWindow", "{0}: {1}").format(label, text)


def confirm_rebuild(parent: QWidget, name: str) -> tuple[bool, bool]:
    """Ask before an edit replaces a trained network: (rebuild?, ask again next time?)."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_rebuild")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Build a new network?"))
    label = setting_text(specs()[name].label) if name in specs() else name
    box.setText(QCoreApplication.translate(
        "MainWindow", "Changing {0} builds a new network: the trained one stays in the Runs "
        "list, where Reopen brings it back (so does Edit → Undo).").format(label))
    rebuild = box.addButton(QCoreApplication.translate("MainWindow", "Rebuild"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(rebuild)
    again = QCheckBox(QCoreApplication.translate("MainWindow", "Ask every time"))
    again.setChecked(True)
    box.setCheckBox(again)
    box.exec()
    return box.clickedButton() is rebuild, again.isChecked()


class _SpaceFilter(QObject):
    """Let Space reach the window's Train/Pause shortcut while a spin box has focus, and
    "." the Step shortcut while an integer spin box has focus (no integer has a decimal
    point, so nothing typeable is lost; in a decimal field "." stays a decimal point)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if (event.key() == Qt.Key.Key_Space and not event.modifiers()) or (
                event.key() == Qt.Key.Key_Period and plain and isinstance(obj, QSpinBox)):
            event.ignore()
            return True
        return False


def name_action(act: QAction, text: str, tip: str = "") -> None:
    """An action's text, with `tip` (else the text) and its shortcut as its tooltip."""
    act.setText(text)
    keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    act.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
    act.setStatusTip(tip or text)


def app_icon() -> QIcon:
    """RNN Studio's icon at every size shipped in resources/icons (empty if missing)."""
    icon = QIcon()
    try:
        from ..resources import resource_path

        folder = resource_path("icons")
    except FileNotFoundError:
        return icon
    for size in (16, 32, 48, 64, 128, 256, 512):
        p = folder / f"rnnstudio-{size}.png"
        if p.exists():
            icon.addFile(str(p))
    return icon


_gc_in_gui_thread = None


def collect_garbage_in_gui_thread() -> None:
    """Python's cyclic garbage collector otherwise runs in whichever thread allocates,
    often the training thread, and may then delete GUI objects (graphics scenes with
    live timers) from there, which crashes Qt later. Collect on a GUI-thread timer
    instead (pyqtgraph's GarbageCollector); installed once per process."""
    global _gc_in_gui_thread
    if _gc_in_gui_thread is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _gc_in_gui_thread = GarbageCollector(interval=1.0)


class MainWindow(QMainWindow):
    def __init__(self, config: Config | None = None, settings: Settings | None = None,
                 restore: bool = True):
        super().__init__()
        collect_garbage_in_gui_thread()
        self.settings = settings if settings is not None else Settings()
        problem = ""
        if config is None:
            config = self.settings.load_config() if restore else default_preset()
            problem = self.settings.problem
        self.setWindowTitle("RNN Studio")
        self.setObjectName("main_window")
        self.setDockNestingEnabled(True)
        self.setWindowIcon(app_icon())
        self._space_filter = _SpaceFilter(self)
        self._run_end_text = ""  # the banner text that ended the last run, until Reset
        self._rate: deque[tuple[float, int]] = deque(maxlen=64)
        self._metric_labels: dict[str, str] = {}
        self._status_shown: Progress | None = None

        self._build_banner()
        self._build_settings()
        self._build_plots()
        self._build_actions()
        self._build_status()

        try:
            self.controller = Controller(config, self)
        except ConfigError as exc:
            problem = self.tr("The last settings could not be used ({0}); loaded the "
                              "default preset.").format(refusal(exc))
            config = default_preset()
            self.controller = Controller(config, self)
        self.config = config
        self.controller.set_speed(self.speed or None)
        targets = [panel.redraw for panel in self.plots.values()]
        self.pacer = RedrawPacer([*targets, self._show_status],
                                 current_run=lambda: self.controller.run_id,
                                 hold=self.controller.hold_worker,
                                 release=self.controller.release_worker, parent=self)
        self.controller.progress.connect(self._queue_progress)
        self.controller.state_changed.connect(self._on_state)
        self.controller.confirmed.connect(self._on_confirmed)
        self.controller.run_reset.connect(self._on_run_reset)
        self.workspace = Workspace(self)
        self.undo = SettingsUndo(self)
        self.presets = Presets(self)  # recommended settings on a switch, failure warnings
        self.presets.config_changed(config)
        self._build_menus()
        self.retranslate()
        self._on_run_reset(config)
        self._on_state(self.controller.state)

        self._default_state = None  # the first layout, for View > Restore default layout
        self._restored = False
        self._laid_out = False
        geometry = None
        self._geometry_restored = False
        self._saved_geometry: QByteArray | None = None
        if restore:
            geometry, state = self.settings.load_window()
            if geometry is not None:
                self._geometry_restored = self.restoreGeometry(geometry)
                self._saved_geometry = geometry
            if state is not None:
                self._restored = self.restoreState(state, SETTINGS_VERSION)
        if problem:
            self.banner.show_message(problem, "warning")
        self.teaching = install_teaching(self)  # lessons, unrolled view, race mode, ...
        self.mechanism = install_mechanism(self)  # why gradients vanish (F8-F10, F12)
        self.welcome = install_welcome(self)  # Help → Welcome…, Tour; app.main shows it
        if geometry is None:  # sized after every dock is in: adding docks grows a window
            self.resize(self.default_size())
        # geometry and dock state from before presentation mode went full screen
        self._before_full_screen: tuple[QByteArray, QByteArray] | None = None
        self._balance_when_full = False
        self.dock_guards = guard_docks(self)  # floating docks stay on a visible screen
        # the settings keep their width when the window is maximised; the plots grow
        self.side_width = SideWidth(self, self.settings_dock,
                                    [self.docks["loss"], self.docks["gradients"]])
        self.keep_on_screen()

    # ================================================================ building
    def _build_banner(self) -> None:
        self.banner = Banner()
        bar = QToolBar(self)
        bar.setObjectName("message_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)
        bar.setStyleSheet("QToolBar { border: 0; padding: 2px 6px; }")
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.banner)
        self.banner_bar = bar  # added under the run toolbar by _build_actions
        self.banner.shown.connect(bar.setVisible)

    def _build_settings(self) -> None:
        self.model_panel = ModelPanel()
        self.task_panel = TaskPanel()
        self.training_panel = TrainingPanel()
        self.forms: list[SettingsForm] = [self.model_panel, self.task_panel, self.training_panel]
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 4)
        self.setting_groups: dict[str, QGroupBox] = {}
        for key, form in (("model", self.model_panel), ("task", self.task_panel),
                          ("training", self.training_panel)):
            group = QGroupBox()
            group.setObjectName(f"group_{key}")
            self.setting_groups[key] = group
            gl = QVBoxLayout(group)
            gl.setContentsMargins(2, 6, 2, 2)
            gl.addWidget(form)
            lay.addWidget(group)
            form.edited.connect(self.apply_field)
            form.message.connect(lambda text: self.banner.show_message(text, "error"))
            for ed in form.editors.values():
                for spin in [ed.widget, *ed.widget.findChildren(QAbstractSpinBox)]:
                    if isinstance(spin, QAbstractSpinBox):
                        spin.installEventFilter(self._space_filter)
        lay.addStretch(1)
        self.model_panel.randomise_seed.connect(self.randomise_seed)
        scroll = QScrollArea()
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        dock = QDockWidget(self)
        dock.setObjectName("dock_settings")
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        box.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.settings_dock = dock

    def _build_plots(self) -> None:
        # Docks fill the window; the central widget is a hidden placeholder.
        central = QWidget()
        central.setMaximumSize(0, 0)
        self.setCentralWidget(central)
        central.hide()
        self.loss_plot = LossPlot()
        self.gradient_plot = GradientFlowPlot()
        self.prediction_view = PredictionView()
        self.inside_view = InsideView()
        self.plots = {"loss": self.loss_plot, "gradients": self.gradient_plot,
                      "prediction": self.prediction_view, "inside": self.inside_view}
        self.docks: dict[str, PlotDock] = {}
        for name, panel in self.plots.items():
            # An explicit minimum: a panel's long label must not widen its whole column.
            panel.setMinimumSize(240, 180)
            dock = PlotDock("", name, panel, self)
            self.docks[name] = dock
        d = self.docks
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, d["loss"])
        self.splitDockWidget(d["loss"], d["gradients"], Qt.Orientation.Horizontal)
        self.splitDockWidget(d["loss"], d["prediction"], Qt.Orientation.Vertical)
        self.splitDockWidget(d["gradients"], d["inside"], Qt.Orientation.Vertical)

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence | None = None,
                icon: QStyle.StandardPixmap | None = None, tip: str = "") -> QAction:
        act = QAction(self)
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        name_action(act, text, tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.actions_by_name: dict[str, QAction] = {
            # One button drives the run: Train, Pause while training, Resume when paused.
            "train": self._action("", self.toggle, "Space", sp.SP_MediaPlay),
            "step": self._action("", self.step, ".", sp.SP_MediaSkipForward),
            "run_n": self._action("", lambda: self.run_updates(), "Ctrl+.",
                                  sp.SP_MediaSeekForward),
            "stop": self._action("", self.stop, "Esc", sp.SP_MediaStop),
            "reset": self._action("", self.reset, "Ctrl+R", sp.SP_BrowserReload),
            "randomise": self._action("", self.randomise_seed, "Ctrl+Shift+R",
                                      sp.SP_DialogResetButton),
        }
        a = self.actions_by_name
        a["train"].setShortcuts([QKeySequence("Space"), QKeySequence("Ctrl+P")])
        a["pause"] = a["train"]  # the same action: Pause and Resume are its other faces
        tb = QToolBar(self)
        tb.setObjectName("run_toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.setMovable(False)
        for key in ("train", "step", "run_n"):
            tb.addAction(a[key])
            tb.widgetForAction(a[key]).setObjectName(f"button_{key}")
        self._build_run_n(tb)
        for key in ("stop", "reset", "randomise"):
            tb.addAction(a[key])
            tb.widgetForAction(a[key]).setObjectName(f"button_{key}")
        self._build_speed(tb)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        self.run_toolbar = tb
        self.run_toolbar.toggleViewAction().setVisible(False)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner_bar)
        self.banner_bar.hide()

    def _build_run_n(self, tb: QToolBar) -> None:
        """How many updates Run trains before it pauses."""
        spin = QSpinBox()
        spin.setObjectName("run_n_spin")
        spin.setRange(1, RUN_N_MAX)
        spin.setValue(RUN_N_DEFAULT)
        spin.setAccelerated(True)
        spin.installEventFilter(self._space_filter)
        spin.valueChanged.connect(self._name_run_n)
        tb.addWidget(spin)
        self.run_n_spin = spin

    def _build_speed(self, tb: QToolBar) -> None:
        """Updates per second: slow motion to watch every update, or full speed. A view
        setting (remembered between sessions), not part of the Config."""
        combo = QComboBox()
        combo.setObjectName("speed_combo")
        self.speed_menu_actions: list[QAction] = []
        group = QActionGroup(self)
        for ups in SPEEDS:
            combo.addItem("", ups)
            act = QAction(self)
            act.setCheckable(True)
            act.setData(ups)
            act.triggered.connect(lambda _=False, v=ups: self.set_speed(v))
            group.addAction(act)
            self.speed_menu_actions.append(act)
        stored = self.settings.speed()
        combo.setCurrentIndex(SPEEDS.index(stored) if stored in SPEEDS else len(SPEEDS) - 1)
        self.speed_menu_actions[combo.currentIndex()].setChecked(True)
        combo.currentIndexChanged.connect(lambda i: self.set_speed(SPEEDS[i]))
        label = QLabel()
        label.setBuddy(combo)  # Alt+P reaches it
        label.setContentsMargins(6, 0, 2, 0)
        self.speed_label = label
        tb.addWidget(label)
        tb.addWidget(combo)
        self.speed_combo = combo

    def speed_text(self, ups: int) -> str:
        if ups == FULL_SPEED:
            return self.tr("Full speed")
        return self.tr("1 update/s") if ups == 1 else self.tr("{0} updates/s").format(ups)

    def _build_menus(self) -> None:
        """File (experiments, exports), Run, View (docks, look, language), Help."""
        a = self.actions_by_name
        self.quit_action = self._action("", self.close, "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        mb = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        file_menu = self.menus["file"] = mb.addMenu("")
        self.workspace.build_file_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menus["edit"] = mb.addMenu("")
        edit_menu.addAction(self.undo.action)
        edit_menu.addAction(self.presets.action)
        self.addAction(self.undo.action)
        run_menu = self.menus["run"] = mb.addMenu("")
        for key in ("train", "step", "run_n", "stop"):
            run_menu.addAction(a[key])
        speed_menu = self.menus["speed"] = run_menu.addMenu("")
        speed_menu.setObjectName("speed_menu")
        for act in self.speed_menu_actions:
            speed_menu.addAction(act)
        run_menu.addSeparator()
        run_menu.addAction(a["reset"])
        run_menu.addAction(a["randomise"])
        view_menu = self.menus["view"] = mb.addMenu("")
        view_menu.addAction(self.settings_dock.toggleViewAction())
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        self.workspace.build_view_menu(view_menu)
        view_menu.addSeparator()
        self.restore_layout_action = self._action("", self.restore_layout)
        view_menu.addAction(self.restore_layout_action)
        self.default_preset_action = self._action(
            "", lambda: self.set_config(default_preset(), fresh=True))
        view_menu.addAction(self.default_preset_action)
        help_menu = self.menus["help"] = mb.addMenu("")
        self.help_menu = help_menu  # the welcome window and the tour add theirs (welcome.py)
        self.about_action = self._action("", self.about)
        help_menu.addAction(self.about_action)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.status_labels: dict[str, QLabel] = {}
        for key in ("state", "step", "speed", "loss", "metric", "eta"):
            lab = SteadyLabel("", floor=60)
            lab.setContentsMargins(6, 0, 6, 0)  # the figures apart, in every font size
            lab.setObjectName(f"status_{key}")
            sb.addPermanentWidget(lab)
            self.status_labels[key] = lab

    def _name_run_n(self, n: int) -> None:
        self.actions_by_name["run_n"].setText(self.tr("Run {0} updates").format(n))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "teaching"):
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the interface language (its widgets retranslate
        themselves on the same LanguageChange); the run, plots and layout stay."""
        self.banner_bar.setWindowTitle(self.tr("Messages"))
        for key, title in (("model", self.tr("Model")), ("task", self.tr("Task")),
                           ("training", self.tr("Training"))):
            self.setting_groups[key].setTitle(title)
        self.settings_dock.setWindowTitle(self.tr("Settings"))
        for name, title in (("loss", self.tr("Loss and metric")),
                            ("gradients", self.tr("Gradient flow across time")),
                            ("prediction", self.tr("Predicted vs true")),
                            ("inside", self.tr("Inside the network"))):
            self.docks[name].setWindowTitle(title)
        a = self.actions_by_name
        name_action(a["step"], self.tr("Step"), self.tr("Exactly one update, then pause"))
        name_action(a["run_n"], self.tr("Run {0} updates").format(self.run_n_spin.value()),
                    self.tr("Train exactly the number of updates set beside, at the chosen "
                            "speed, then pause"))
        a["run_n"].setIconText(self.tr("Run"))  # the toolbar's: the count is beside it
        name_action(a["stop"], self.tr("Stop"), self.tr("End the run here (the weights are "
                                                        "kept)"))
        name_action(a["reset"], self.tr("Reset"),
                    self.tr("Re-initialise: same seed, same start weights"))
        name_action(a["randomise"], self.tr("Randomise seed"),
                    self.tr("New seed: different start weights and data order"))
        self.run_toolbar.setWindowTitle(self.tr("Run"))
        self.run_n_spin.setSuffix(self.tr(" updates"))
        self.run_n_spin.setToolTip(self.tr("How many updates Run trains before it pauses"))
        tip = self.tr("Training speed in updates per second: slow motion shows every "
                      "update as it happens; full speed draws as often as the screen "
                      "can. It changes only how fast, never what is learned.")
        self.speed_combo.setToolTip(tip)
        self.speed_label.setToolTip(tip)
        self.speed_label.setText(self.tr("S&peed:"))
        for i, ups in enumerate(SPEEDS):
            self.speed_combo.setItemText(i, self.speed_text(ups))
            self.speed_menu_actions[i].setText(self.speed_text(ups))
        for key, tip in (("state", self.tr("What the run is doing")),
                         ("step", self.tr("Updates done / update budget")),
                         ("speed", self.tr("Training updates per second")),
                         ("loss", self.tr("Training loss of the latest update")),
                         ("metric", self.tr("Latest held-out metric")),
                         ("eta", self.tr("Time left at the current speed"))):
            self.status_labels[key].setToolTip(tip)
        if not hasattr(self, "menus"):
            return
        name_action(self.quit_action, self.tr("Quit"))
        for key, title in (("file", self.tr("&File")), ("edit", self.tr("&Edit")),
                           ("run", self.tr("&Run")), ("speed", self.tr("Speed")),
                           ("view", self.tr("&View")), ("help", self.tr("&Help"))):
            self.menus[key].setTitle(title)
        name_action(self.restore_layout_action, self.tr("Restore default layout"))
        name_action(self.default_preset_action, self.tr("Default preset (binary adder)"))
        name_action(self.about_action, self.tr("About RNN Studio"))
        for part in ("workspace", "undo", "presets", "teaching", "mechanism", "welcome"):
            retranslate = getattr(getattr(self, part, None), "retranslate", None)
            if retranslate is not None:
                retranslate()
        labels = self.controller.metric_labels
        self._metric_labels = {k: setting_text(v) for k, v in (labels or {}).items()}
        state = self.controller.state  # (the banner says its message again itself)
        self._show_train_action(state)
        self.status_labels["state"].setText(self.tr(STATE_TEXT[state]) if state in STATE_TEXT
                                            else state)
        self._show_status(self._status_shown)
        self.update_title()

    # =========================================================== run commands
    def train(self) -> None:
        self.controller.train()

    def toggle(self) -> None:
        self.controller.toggle()

    def step(self) -> None:
        self.controller.step()

    def run_updates(self, n: int | None = None) -> None:
        """Train exactly `n` (default: the toolbar's count) more updates, then pause."""
        self.run_n_spin.interpretText()  # a count typed but not yet confirmed counts
        self.controller.run_updates(self.run_n_spin.value() if n is None else int(n))

    def set_speed(self, ups: int) -> None:
        """Updates per second (FULL_SPEED: as fast as it trains), at once, remembered."""
        if ups not in SPEEDS:
            return
        i = SPEEDS.index(ups)
        if self.speed_combo.currentIndex() != i:
            self.speed_combo.setCurrentIndex(i)  # comes back here through its signal
            return
        self.speed_menu_actions[i].setChecked(True)
        self.settings.set_speed(ups)
        if hasattr(self, "controller"):
            self.controller.set_speed(ups or None)

    @property
    def speed(self) -> int:
        """The chosen updates per second (FULL_SPEED: full speed)."""
        return SPEEDS[self.speed_combo.currentIndex()]

    def stop(self) -> None:
        self.controller.stop()

    def reset(self) -> None:
        try:
            self.controller.reset()
        except ConfigError as exc:
            self.banner.show_message(refusal(exc), "error")
            return
        if self.banner.active and self.banner.text() == self._run_end_text:
            self.banner.clear()  # "Finished…" / "Goal reached…" was about the old run

    def randomise_seed(self) -> None:
        try:
            self.controller.randomise_seed()
        except ConfigError as exc:
            self.banner.show_message(refusal(exc), "error")
            return
        self._adopt(self.controller.config)
        self.statusBar().showMessage(
            self.tr("New seed {0}: fresh start weights").format(self.config.seed), 4000)

    # ================================================================ config
    @Slot(str, object)
    def apply_field(self, name: str, value: Any) -> bool:
        """One widget's edit: accepted (True) or refused with a message (False)."""
        try:
            new = self.config.replace(**{name: value})
        except ConfigError as exc:
            return self._refuse(exc, name)
        except (TypeError, ValueError) as exc:
            return self._refuse(ConfigError(name, exc.args[0] if exc.args else str(exc)), name)
        c = self.controller
        if (c.step_count > 0 and c.state not in ("diverged", "failed")
                and c.needs_rebuild(new) and self.settings.ask_rebuild()):
            answer, again = confirm_rebuild(self, name)
            if not again:
                self.settings.set_ask_rebuild(False)
            if not answer:
                for form in self.forms:
                    form.set_config(self.config)  # the field shows the kept value
                self.statusBar().showMessage(self.tr("Kept the trained network"), 4000)
                return False
        if name in SWITCHES:  # a task or cell switch brings the recommended settings
            return self.presets.switch(name, new)
        return self.set_config(new, name)

    def set_config(self, config: Config, edited: str | None = None, record: bool = True,
                   fresh: bool = False) -> bool:
        """Make `config` the window's: live settings change the running network, others
        build a new one, and so does a `fresh` set-up (a lesson, a challenge, a file).
        Undo (Ctrl+Z) takes it back unless ``record`` is False."""
        rebuild = self.controller.needs_rebuild(config, fresh)
        if config == self.config and not rebuild:
            return True
        live = self.controller.state in ("running", "paused")
        run_before = self.controller.run_id
        previous = self.undo.record(self.config, edited, rebuild) if record else None
        try:
            self.controller.set_config(config, fresh)
        except ConfigError as exc:
            if record:
                self.undo.put_back(previous)
            return self._refuse(exc, edited)
        rebuilt = self.controller.run_id != run_before
        self._adopt(config)
        if self.banner.level == "error":
            self.banner.clear()
        if live and edited in LIVE_FIELDS and not rebuilt:
            self.statusBar().showMessage(self._live_change_text(edited, config), LIVE_MESSAGE_MS)
        elif rebuilt and self.controller.state == "ready":
            self.statusBar().showMessage(self.tr("Settings changed: a fresh network is ready"),
                                         4000)
        return True

    def _live_change_text(self, name: str, config: Config) -> str:
        """"Temperature 0.2 from the next sample": what a live change does to the run."""
        label = setting_text(specs()[name].label)
        value = getattr(config, name)
        if value is None:
            shown = self.tr("off")
        elif name in CHOICE_LABELS:
            shown = setting_text(CHOICE_LABELS[name].get(value, value))
        else:
            shown = f"{value:g}" if isinstance(value, float) else str(value)
        if name == "temperature":
            return self.tr("{0} {1} from the next sample").format(label, shown)
        if name == "optimizer":
            return self.tr("{0} {1} from the next update, with a fresh optimizer state; the "
                           "weights carry on").format(label, shown)
        if name == "steps":
            return self.tr("{0} {1}: the run carries on to it").format(label, shown)
        if name == "dtype":
            return self.tr("{0} {1} from the next update: the weights and the optimizer's "
                           "moments are converted").format(label, shown)
        return self.tr("{0} {1} from the next update").format(label, shown)

    def _refuse(self, exc: ConfigError, edited: str | None) -> bool:
        self.banner.show_message(refusal(exc), "error")
        for form in self.forms:
            form.set_config(self.config)  # put the widgets back
            name = getattr(exc, "field", None) or edited
            if name in form.editors:
                form.editors[name].show_error()
        return False

    def _adopt(self, config: Config) -> None:
        self.config = config
        for form in self.forms:
            form.set_config(config)
        if hasattr(self, "presets"):
            self.presets.config_changed(config)
        self.settings.save_config(config)
        self.update_title()

    def load_checkpoint(self, checkpoint: Any) -> None:
        """Make a saved state the current run (an opened experiment): its config
        shows in the panels, the plots start over, Train carries on from its step."""
        self.controller.load_checkpoint(checkpoint)

    def open_config(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open settings"), "",
                                              self.tr("RNN Studio settings (*.json);;All files "
                                                      "(*)"))
        if path:
            self.load_config_file(path)

    def load_config_file(self, path: str) -> bool:
        try:
            cfg = Config.load(path)
        except ConfigError as exc:
            self.banner.show_message(f"{Path(path).name}: {refusal(exc)}", "error")
            return False
        return self.set_config(cfg, fresh=True)

    def save_config(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save settings"),
                                              "rnnstudio-settings.json",
                                              self.tr("RNN Studio settings (*.json)"))
        if path:
            try:
                self.config.save(path)
            except OSError as exc:
                self.banner.show_message(self.tr("Could not save {0}: {1}").format(
                    path, exc.strerror or exc), "error")
                return
            self.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)

    # ============================================================ from worker
    @Slot(object)
    def _on_run_reset(self, config: Config) -> None:
        if hasattr(self, "pacer"):
            self.pacer.clear()
        self._rate.clear()
        self._adopt(config)
        labels = self.controller.metric_labels
        self._metric_labels = {k: setting_text(v) for k, v in (labels or {}).items()}
        for panel in self.plots.values():
            panel.reset(config)
        self._show_status(None)

    @Slot(object)
    def _queue_progress(self, p: Progress) -> None:
        self.pacer.push(p)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        a = self.actions_by_name
        self._show_train_action(state)
        a["step"].setEnabled(state != "failed")
        a["run_n"].setEnabled(state != "failed")
        a["stop"].setEnabled(state in ("running", "paused"))
        self.status_labels["state"].setText(self.tr(STATE_TEXT[state]) if state in STATE_TEXT
                                            else state)
        msg = engine_text(self.controller.last_message)
        if state == "diverged":
            def diverged() -> str:
                return self.tr("Training diverged and was paused: {0} The plots keep the "
                               "history; Train carries on from the last finite weights, Reset "
                               "starts over.").format(engine_text(self.controller.last_message))

            self.banner.show_message(diverged(), "warning", diverged)
        elif state == "failed":
            self.banner.show_message(msg, "error")
        elif state == "paused" and self._goal_snapshot() is not None:
            self._show_goal(self._goal_snapshot())
        elif state == "finished" and self.controller.latest is not None:
            status = self.controller.latest.latest.status
            if status == "done":
                self._show_finished()
            else:
                self.statusBar().showMessage(msg[:1].upper() + msg[1:], 4000)
        elif state in ("running", "ready") and self.banner.level in ("success", "warning"):
            self.banner.clear()
        if state in ("running",):
            self._rate.clear()
        self._show_status(self.controller.latest)

    def _show_finished(self) -> None:
        step, steps = f"{self.controller.latest.latest.step:,}", f"{self.config.steps:,}"

        def text() -> str:
            done = self.tr("finished {0} updates").format(step)
            self._run_end_text = self.tr("Finished the update budget ({0}). Train runs "
                                         "another {1} updates.").format(done, steps)
            return self._run_end_text

        self.banner.show_message(text(), "info", text)

    def _show_train_action(self, state: str) -> None:
        """The one Train button: Train, Pause while training, Resume when paused."""
        act = self.actions_by_name["train"]
        sp = QStyle.StandardPixmap
        act.setEnabled(state != "failed")
        if state == "running":
            text, icon = self.tr("Pause"), sp.SP_MediaPause
            tip = self.tr("Pause training here (Space); Resume carries on")
        elif state == "paused":
            text, icon = self.tr("Resume"), sp.SP_MediaPlay
            tip = self.tr("Resume training from here (Space; Space again pauses)")
        else:
            text, icon = self.tr("Train"), sp.SP_MediaPlay
            tip = self.tr("Train at the chosen speed (Space; Space again pauses)")
        act.setText(text)
        act.setIcon(self.style().standardIcon(icon))
        act.setToolTip(tip)
        act.setStatusTip(tip)

    def _goal_snapshot(self) -> Any:
        """The newest update when it reached the goal and the run paused there, else None."""
        p = self.controller.latest
        if p is None or p.latest.status != "goal" or p.latest.step != self.controller.step_count:
            return None
        return p.latest

    @Slot(str)
    def _on_confirmed(self, state: str) -> None:
        """A Step that reaches the goal pauses there too (the state was already paused)."""
        snap = self._goal_snapshot() if state == "paused" else None
        if snap is not None and self.controller.state == "paused":
            self._show_goal(snap)

    def _show_goal(self, snap: Any) -> None:
        """"Goal reached at update 150: sum accuracy 1.00 ≥ 0.99 — paused (Resume trains
        on)"."""
        name = snap.metric_name
        goal = self.config.until_metric
        value = snap.metric
        if value is None or goal is None:
            return
        shown_goal = f"{goal:g}"
        decimals = len(shown_goal.split(".")[1]) if "." in shown_goal and "e" not in \
            shown_goal else 0
        digits = max(2, decimals)
        shown = f"{value:.{digits}f}"
        while digits < 6 and value != goal and float(shown) == float(f"{goal:.{digits}f}"):
            digits += 1  # never show a value that reads as equal when it is not
            shown = f"{value:.{digits}f}"
        sign = "≥" if self.controller.higher_is_better else "≤"

        def text() -> str:
            label = self._metric_labels.get(name, name.replace("_", " "))
            self._run_end_text = self.tr(
                "Goal reached at update {0}: {1} {2} {3} {4} — paused (Resume trains on, Reset "
                "starts over)").format(f"{snap.step:,}", label, shown, sign, shown_goal)
            return self._run_end_text

        self.banner.show_message(text(), "success", text)

    def _show_status(self, p: Progress | None) -> None:
        self._status_shown = p  # shown again in another language
        lab = self.status_labels
        budget = self.config.steps
        step = self.controller.step_count if hasattr(self, "controller") else 0
        if p is not None:
            budget = p.latest.budget or budget
            step = p.latest.step
        lab["step"].setText(self.tr("step {0} / {1}").format(f"{step:,}", f"{budget:,}"))
        now = time.perf_counter()
        if p is not None and len(p.steps) and self.controller.state == "running":
            self._rate.append((now, int(p.steps[-1])))
        while len(self._rate) > 2 and now - self._rate[0][0] > 2.0:
            self._rate.popleft()
        rate = 0.0
        if len(self._rate) >= 2 and self._rate[-1][0] > self._rate[0][0]:
            rate = (self._rate[-1][1] - self._rate[0][1]) / (self._rate[-1][0] - self._rate[0][0])
        running = self.controller.state == "running" if hasattr(self, "controller") else False
        lab["speed"].setText(self.tr("{0} updates/s").format(
            f"{rate:,.0f}" if running and rate > 0 else "–"))
        loss = p.losses[-1] if p is not None and len(p.losses) else math.nan
        lab["loss"].setText(self.tr("loss {0}").format(
            f"{loss:.4g}" if math.isfinite(loss) else "–"))
        if p is not None and p.latest.metric is not None:
            name = p.latest.metric_name
            label = self._metric_labels.get(name, name.replace("_", " "))
            v = p.latest.metric
            text = f"{v:.1%}" if "accuracy" in name and 0 <= v <= 1 else f"{v:.4g}"
            lab["metric"].setText(f"{label} {text}")
        else:
            lab["metric"].setText("")
        if running and rate > 0 and budget > step:
            secs = int((budget - step) / rate)
            lab["eta"].setText(self.tr("ETA {0}").format(f"{secs // 60}:{secs % 60:02d}"))
        else:
            lab["eta"].setText(self.tr("ETA {0}").format("–"))

    # =============================================================== export
    def export_panel(self, name: str, path: str) -> bool:
        try:
            self.plots[name].export(path)
        except Exception as exc:  # a failed export must not take the app down
            self.banner.show_message(self.tr("Could not export {0} to {1}: {2}").format(
                self.docks[name].windowTitle(), path, exc), "error")
            return False
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)
        return True

    # ================================================================ misc
    def update_title(self) -> None:
        """"[file — ]task, cell × hidden — RNN Studio": ending with the application's name,
        so the desktop does not append it a second time."""
        config = self.config
        cell = setting_text(CHOICE_LABELS["cell"].get(config.cell, config.cell))
        cell = cell.split(" (")[0].split("（")[0]
        task = setting_text(TASK_TITLES.get(config.task, config.task))
        ws = getattr(self, "workspace", None)
        name = f"{ws.path.name} — " if ws is not None and ws.path is not None else ""
        self.setWindowTitle(f"{name}{task}, {cell} × {config.hidden} — RNN Studio")

    def default_size(self) -> QSize:
        """1440 × 900, or less on a smaller screen (never below the window's minimum)."""
        want = QSize(1440, 900)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry().size()
            want = want.boundedTo(QSize(avail.width() - 40, avail.height() - 60))
        return want.expandedTo(self.minimumSizeHint())

    def keep_on_screen(self) -> None:
        """The window, frame included, and its floating docks inside the available area
        of a screen they overlap (else the primary screen), never larger than it."""
        fit_on_screen(self)
        for dock in self.findChildren(QDockWidget):
            if dock.isFloating():
                fit_on_screen(dock)

    def make_room(self, dock: QDockWidget, want: QSize) -> None:
        """Give a panel room for what it shows when it opens: a floating one at least
        `want` (on its screen), a docked one `want`'s height, taken from its neighbours."""
        if not dock.isVisible():
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the tab shown
        if dock.isFloating():
            dock.resize(dock.size().expandedTo(want))
            fit_on_screen(dock)
            return
        # Taller only (wider would squeeze the settings and the other column), and never
        # more than ROOM_SHARE of the height the docks share, so the panel above or below
        # stays readable too.
        bars = self.menuBar().height() + self.run_toolbar.height() + self.statusBar().height()
        height = min(want.height(), int(ROOM_SHARE * (self.height() - bars)))
        if dock.height() < height:
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)
            # a tab brought to the front takes its place in the layout a little later,
            # which can undo the first attempt: once more then
            QTimer.singleShot(ROOM_RETRY_MS, dock, lambda: dock.height() < height
                              and self.resizeDocks([dock], [height], Qt.Orientation.Vertical))

    def set_full_screen(self, on: bool) -> None:
        """Presentation mode's screen: all of it while on (the plots get the room);
        off, the window goes back to exactly the geometry (maximised or not) and the
        dock arrangement it had before."""
        if on:
            if self._before_full_screen is None and not self.isFullScreen():
                self._before_full_screen = (self.saveGeometry(),
                                            self.saveState(SETTINGS_VERSION))
                self._frame_before = self.frameGeometry().topLeft()
            self._balance_when_full = True  # once the screen's size has arrived
            self.showFullScreen()
            QTimer.singleShot(0, self.balance_docks)
            return
        saved, self._before_full_screen = self._before_full_screen, None
        self._balance_when_full = False
        if not self.isFullScreen() and saved is None:
            return
        self.showNormal()
        if saved is not None:
            self._put_back(saved)
            # a window manager may still be undoing full screen (its frame comes back
            # late and shifts the window): once more when it is done
            QTimer.singleShot(FRAME_WAIT_MS, self, lambda: self._put_back(saved))

    def _put_back(self, saved: tuple[QByteArray, QByteArray]) -> None:
        if self.isFullScreen():
            return
        # the normal font's smaller minimum sizes first, or they would bound the geometry
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.restoreGeometry(saved[0])
        corner = getattr(self, "_frame_before", None)
        if corner is not None and not self.isMaximized() and \
                self.frameGeometry().topLeft() != corner:
            self.move(corner)  # some window managers shift a restored window by its frame
        self.restoreState(saved[1], SETTINGS_VERSION)
        self.keep_on_screen()
        self.hide_stale_tab_bars()

    def hide_stale_tab_bars(self) -> None:
        """Qt leaves the tab bar of a dock group that has since changed (tabbing more
        docks in, restoring a state) on the window, hidden behind the docks until a font
        change or a state restore brings it to the front over a panel: hide every tab
        bar whose tabs are no current group's visible docks (Qt shows a reused one)."""
        groups = set()
        for dock in self.findChildren(QDockWidget):
            if dock.isVisible() and not dock.isFloating():
                members = [dock, *self.tabifiedDockWidgets(dock)]
                groups.add(frozenset(d.windowTitle() for d in members
                                     if not d.isHidden() and not d.isFloating()))
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and bar.isVisible():
                tabs = frozenset(bar.tabText(i) for i in range(bar.count()))
                if tabs not in groups:
                    bar.hide()

    def normal_layout(self) -> tuple[QByteArray, QByteArray]:
        """(saveGeometry(), saveState()) as they were before presentation mode took the
        whole screen: what the next launch restores."""
        if self._before_full_screen is not None:
            return self._before_full_screen
        return self.saveGeometry(), self.saveState(SETTINGS_VERSION)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_toolbar()
        if getattr(self, "_balance_when_full", False) and self.isFullScreen():
            self._balance_when_full = False
            QTimer.singleShot(0, self.balance_docks)  # share the whole screen's width

    def fit_toolbar(self) -> None:
        """The run toolbar's buttons with their names when the window has the width for
        them, icons only (names in the tooltips) when it has not: nothing is pushed into
        the overflow menu on a small screen."""
        tb = getattr(self, "run_toolbar", None)
        if tb is None:
            return
        style = Qt.ToolButtonStyle
        text, icons = style.ToolButtonTextBesideIcon, style.ToolButtonIconOnly
        if tb.toolButtonStyle() == text:
            self._toolbar_text_width = tb.sizeHint().width()
        room = self.width()
        want = text if room >= getattr(self, "_toolbar_text_width", 0) else icons
        if tb.toolButtonStyle() != want:
            tb.setToolButtonStyle(want)
            if want == text and tb.sizeHint().width() > room:  # fonts grew meanwhile
                self._toolbar_text_width = tb.sizeHint().width()
                tb.setToolButtonStyle(icons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            QTimer.singleShot(0, self._first_layout)
            # a window manager adds its frame a moment after the window maps: check again
            QTimer.singleShot(FRAME_WAIT_MS, self, self._settle)

    def _first_layout(self) -> None:
        if not self._restored and not self._geometry_restored and not self.isFullScreen():
            # again: while the docks were being added the layout's minimum was larger
            self.resize(self.default_size())
        elif self._saved_geometry is not None and not self.isFullScreen():
            self.restoreGeometry(self._saved_geometry)  # the same, for the restored size
        self.keep_on_screen()
        if not self._restored:
            self.balance_docks()
            self._default_state = self.saveState(SETTINGS_VERSION)
        self.hide_stale_tab_bars()

    def _settle(self) -> None:
        """The last look at the first placement: the restored size once more (the docks'
        minimum sizes shrink as they settle), inside the screen with the frame known."""
        if self._saved_geometry is not None and not self.isFullScreen():
            self.restoreGeometry(self._saved_geometry)
        self._saved_geometry = None
        self.keep_on_screen()

    def balance_docks(self) -> None:
        """Settings at ~340 px (half as much again in presentation mode, where the text
        is that much larger), the four plots in an even 2 × 2 grid."""
        d = self.docks
        ws = getattr(self, "workspace", None)
        big = ws is not None and ws.presentation.enabled
        side = int(340 * (FONT_SCALE if big else 1.0))
        if big:  # the plots get the room: settings at most 30 % of the width, separator
            side = min(side, int(0.3 * self.width()) - 12)  # and frame included
        w = max(400, self.width() - side - 20)
        h = max(300, self.height() - 120)
        self.resizeDocks([self.settings_dock, d["loss"], d["gradients"]],
                         [side, w // 2, w // 2], Qt.Orientation.Horizontal)
        self.resizeDocks([d["loss"], d["prediction"]], [h // 2, h // 2], Qt.Orientation.Vertical)
        self.resizeDocks([d["gradients"], d["inside"]], [h // 2, h // 2],
                         Qt.Orientation.Vertical)
        self.hide_stale_tab_bars()

    def restore_layout(self) -> None:
        for dock in [self.settings_dock, *self.docks.values()]:
            dock.setFloating(False)
            dock.show()
        if self._default_state:
            self.restoreState(self._default_state, SETTINGS_VERSION)
        self.balance_docks()

    def about(self) -> None:
        from .. import __version__

        self.banner.show_message(
            self.tr("RNN Studio {0}: build recurrent networks, train them with exact "
                    "backpropagation through time, and watch what happens inside.")
            .format(__version__), "info")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        ws = getattr(self, "workspace", None)
        if ws is not None and ws.confirm_close and not ws.maybe_save():
            event.ignore()
            return
        if ws is not None and ws.presentation.enabled:
            ws.presentation.set_enabled(False)  # the app's font back to normal
        self.settings.save_config(self.config)
        self.settings.save_window(*self.normal_layout())
        self.settings.sync()
        self.mechanism.shutdown()
        self.welcome.shutdown()
        self.teaching.shutdown()  # race mode and the gradient check have threads of their own
        if not self.controller.shutdown():
            print("RNN Studio: the training thread did not stop in time", file=sys.stderr)
        super().closeEvent(event)


