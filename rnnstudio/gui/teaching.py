"""The teaching views in the main window: lessons, unrolled network, equations, try it
yourself, gradient check and race mode, each in a dock, and a Learn menu to reach them.

The views never touch the training run's network: they get a private copy, either
directly when no training is running, or (every two seconds while training runs and
a view is on screen) from a checkpoint the worker takes between two updates.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from ..engine.lessons import Lesson
from .teach.challenges_panel import install as install_challenges
from .teach.equations import EquationsView
from .teach.gradcheck_view import GradCheckView
from .teach.horizon import install as install_horizon
from .teach.lessons_panel import LessonsPanel
from .teach.neurons import install as install_neurons
from .teach.race import RaceView
from .teach.tryit import TryItView
from .teach.unrolled import UnrolledView

REFRESH_MS = 2000  # how often views showing the live network follow a running run
IDLE_STATES = ("ready", "paused", "finished", "diverged")
LARGE_VIEWS = ("race", "unrolled", "horizon")  # open as large floating windows the first time
CAPTURE_TAG = "teaching"  # our requests for a copy of the live network
# The least room a docked view gets when it opens (MainWindow.make_room), so its text,
# buttons and tables are readable: a quarter of the window is not enough for these.
VIEW_ROOM = {"equations": QSize(600, 440), "gradcheck": QSize(600, 480),
             "tryit": QSize(560, 420)}


class Teaching(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.w = window
        self.lessons = LessonsPanel()
        self.unrolled = UnrolledView()
        self.equations = EquationsView()
        self.tryit = TryItView()
        self.gradcheck = GradCheckView()
        self.race = RaceView()
        self.docks: dict[str, QDockWidget] = {
            "lessons": self._dock("", "lessons", self.lessons),
            "unrolled": self._dock("", "unrolled", self.unrolled),
            "equations": self._dock("", "equations", self.equations),
            "tryit": self._dock("", "tryit", self.tryit),
            "gradcheck": self._dock("", "gradcheck", self.gradcheck),
            "race": self._dock("", "race", self.race),
        }
        self._titles()
        d, wd = self.docks, window.docks
        # Tabbed behind the panels they belong with, so the 2 × 2 plot grid stays as it is.
        window.tabifyDockWidget(window.settings_dock, d["lessons"])
        window.tabifyDockWidget(wd["loss"], d["race"])
        window.tabifyDockWidget(wd["prediction"], d["tryit"])
        window.tabifyDockWidget(wd["prediction"], d["unrolled"])
        window.tabifyDockWidget(wd["inside"], d["equations"])
        window.tabifyDockWidget(wd["inside"], d["gradcheck"])
        for front in (window.settings_dock, wd["loss"], wd["prediction"], wd["inside"]):
            front.raise_()
        self._build_menu()

        c = window.controller
        c.run_reset.connect(self._on_run_reset)
        c.state_changed.connect(self._on_state)
        c.confirmed.connect(self._on_confirmed)
        c.captured.connect(self._on_captured)
        self.lessons.lessonChosen.connect(self.open_lesson)
        for name in ("unrolled", "tryit", "gradcheck"):
            d[name].visibilityChanged.connect(lambda shown, n=name: shown and self.refresh(n))
        self._wanted: set[str] = set()  # views waiting for a copy of the network
        self._copied: tuple[Any, Any] | None = None  # (checkpoint, the trainer made from it)
        self._placed: set[str] = set()  # large views already given their floating size
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._follow_live_run)
        self._timer.start()
        self._on_run_reset(window.config)
        install_challenges(self)  # Learn → Challenges (teach/challenges_panel.py)
        install_horizon(self)  # Learn → Memory horizon (teach/horizon.py)
        install_neurons(self)  # Learn → Neurons you can read (teach/neurons.py)
        self.retranslate()

    def _titles(self) -> None:
        d = self.docks
        for name, title in (("lessons", self.tr("Lessons")),
                            ("unrolled", self.tr("Unrolled network")),
                            ("equations", self.tr("Equations")),
                            ("tryit", self.tr("Try it yourself")),
                            ("gradcheck", self.tr("Verify gradients")),
                            ("race", self.tr("Race mode")),
                            ("challenges", self.tr("Challenges")),
                            ("horizon", self.tr("Memory horizon")),
                            ("neurons", self.tr("Neurons you can read"))):
            if name in d:
                d[name].setWindowTitle(title)

    def retranslate(self) -> None:
        """Dock titles and the Learn menu (the views retranslate themselves)."""
        self._titles()
        self.menu.setTitle(self.tr("&Learn"))
        for name, act in self.actions.items():
            act.setText(self.docks[name].windowTitle())
        self.verify_action.setText(self.tr("Verify gradients now"))

    # ================================================================ building
    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.w)
        dock.setObjectName(f"dock_{name}")
        # A scroll area: these views are rich, and their minimum sizes must not widen the
        # whole window (tabbed docks share the largest minimum of their tab group).
        scroll = QScrollArea()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumSize(240, 180)
        dock.setWidget(scroll)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menu(self) -> None:
        mb = self.w.menuBar()
        menu = self.menu = self.w.menuBar().addMenu("")
        help_menu = getattr(self.w, "help_menu", None)
        if help_menu is not None:  # Learn sits before Help, in every language
            mb.insertMenu(help_menu.menuAction(), menu)
        keys = {"lessons": "F2", "unrolled": "F3", "equations": "F4", "tryit": "F5",
                "gradcheck": "F6", "race": "F7"}
        self.actions: dict[str, QAction] = {}
        for name, dock in self.docks.items():
            act = QAction(dock.windowTitle(), self.w)
            act.setShortcut(QKeySequence(keys[name]))
            act.triggered.connect(lambda _=False, n=name: self.show_view(n))
            self.w.addAction(act)
            menu.addAction(act)
            self.actions[name] = act
        menu.addSeparator()
        verify = self.verify_action = QAction(self.w)
        verify.triggered.connect(self.verify_gradients)
        menu.addAction(verify)

    # ================================================================ actions
    def show_view(self, name: str) -> None:
        dock = self.docks[name]
        if name in LARGE_VIEWS and name not in self._placed and not dock.isFloating():
            # Too rich for a quarter of the window: the first time, a large floating
            # window over the main one (it docks back with a double-click on its title).
            self._placed.add(name)
            geo = self.w.geometry()
            dock.setFloating(True)
            dock.resize(int(geo.width() * 0.8), int(geo.height() * 0.8))
            dock.move(geo.x() + geo.width() // 10, geo.y() + geo.height() // 10)
        dock.show()
        dock.raise_()
        make_room = getattr(self.w, "make_room", None)
        if name in VIEW_ROOM and make_room is not None:  # once the tab switch is laid out
            QTimer.singleShot(0, dock, lambda: make_room(dock, VIEW_ROOM[name]))
        self.refresh(name, force=True)  # before the tab switch has been laid out

    def verify_gradients(self) -> None:
        self.show_view("gradcheck")
        self.gradcheck.verify()

    def open_lesson(self, lesson: Lesson) -> None:
        """A race lesson opens race mode with its lanes; any other loads its settings."""
        if lesson.is_race:
            self.race.load_lesson(lesson)
            self.show_view("race")
            self.w.banner.show_message(
                self.tr("Lesson “{0}”: press Start in Race mode to train the lanes side by "
                        "side.").format(lesson.title), "info")
        elif self.w.set_config(lesson.config, fresh=True):
            self.w.banner.show_message(
                self.tr("Lesson “{0}” loaded: press Train (Space).").format(lesson.title), "info")

    # ================================================================ updates
    def _on_run_reset(self, config: Any) -> None:
        self.equations.set_cell(config.cell)
        if not self.race.running:
            self.race.set_base_config(config)
        self.refresh()

    def _on_state(self, state: str) -> None:
        if state in IDLE_STATES:
            self.refresh()

    def _on_confirmed(self, state: str) -> None:
        """The worker confirmed an idle state: its checkpoint is the network now."""
        wanted, self._wanted = self._wanted, set()
        if self.w.controller.state in IDLE_STATES:
            for name in sorted(wanted):
                self.refresh(name, force=True)
            self.refresh()

    def _copy(self, checkpoint: Any) -> Any:
        """A private Trainer rebuilt from `checkpoint` (one per checkpoint)."""
        if self._copied is None or self._copied[0] is not checkpoint:
            self._copied = (checkpoint, checkpoint.trainer())
        return self._copied[1]

    def _visible(self, name: str) -> bool:
        """On screen: shown and not behind another tab (Qt keeps the docks of a tab group
        "visible" but moves those behind the current tab off screen)."""
        dock = self.docks[name]
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def refresh(self, only: str | None = None, force: bool = False) -> None:
        """Give the views on screen (or `only`, if `force`) a copy of the current
        network, rebuilt from the checkpoint the worker confirmed its idle state with;
        while training (or until that confirmation arrives) the views wait for one."""
        names = [only] if only else ["unrolled", "tryit", "gradcheck"]
        c = self.w.controller
        if not force:  # hidden ones refresh when shown
            names = [n for n in names if self._visible(n)]
        if not names:
            return
        if c.state not in IDLE_STATES or c.checkpoint is None:
            self._wanted.update(names)
            return
        self._show(names, self._copy(c.checkpoint))

    def _show(self, names: list[str], trainer: Any) -> None:
        net, config = trainer.net, trainer.config
        weights = net.get_weights()
        for name in names:
            if name == "unrolled":
                self.unrolled.set_trainer_state(net, trainer.probe_batch, trainer.task,
                                                weights=weights)
            elif name == "tryit":
                self.tryit.set_model(net, trainer.task, config, weights=weights,
                                     step=trainer.step)
            elif name == "gradcheck" and not self.gradcheck.running:
                self.gradcheck.set_model(config, weights=weights)

    def _follow_live_run(self) -> None:
        c = self.w.controller
        if c.state != "running":
            return
        self._wanted.update(n for n in ("unrolled", "tryit") if self._visible(n))
        if self._wanted:
            c.request_capture(CAPTURE_TAG)

    def _on_captured(self, tag: str, checkpoint: Any) -> None:
        if tag != CAPTURE_TAG or checkpoint is None or not self._wanted:
            return
        names, self._wanted = sorted(self._wanted), set()
        self._show(names, self._copy(checkpoint))  # private: copies taken between updates

    # ================================================================ closing
    def shutdown(self) -> None:
        """Called by the window's closeEvent (not an event filter: a child filtering its
        parent's events gets called while the parent is being destroyed)."""
        self._timer.stop()
        self.race.shutdown()
        self.gradcheck.shutdown()


def install(window: QMainWindow) -> Teaching:
    """Add the teaching views to `window` (a MainWindow)."""
    return Teaching(window)
