"""First start: a welcome window with three one-click starts, and the guided tour.

The welcome is a non-modal dialog over the main window (it never blocks the window, a
test or a script). It shows at start-up while "Show at start-up" stays ticked
(``settings.Key.WELCOME``); the app asks for it once its window is up
(:meth:`Welcome.at_start_up`, called by ``app.main``), a MainWindow built on its own
never shows it. Help → Welcome… and Help → Tour open them at any time.

Own data is routed by the file's suffix through :data:`DATA_KINDS`: the task it is for
and the setting that takes the file's path. The file dialog's filter is made from it. A
``.csv`` that is not a numeric series but reads as labelled sequences goes to
classification (:func:`data_kind`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import ConfigError, default_preset
from ..engine.tasks import TASK_TITLES
from .i18n import setting_text
from .tour import Tour, default_steps

# a data file's suffix -> (the task that reads it, the setting that takes its path)
DATA_KINDS: dict[str, tuple[str, str]] = {".txt": ("charlm", "corpus"),
                                          ".csv": ("forecast", "data"),
                                          ".tsv": ("classify", "data")}
LESSON_ID = "vanishing"  # "Open the vanishing-gradient lesson"
CHARS_WIDE = 90  # the welcome window's width, in average characters of its font
MIN_WIDTH = 540


def data_patterns() -> str:
    """"*.txt *.csv": every suffix DATA_KINDS knows, for a file dialog's filter."""
    return " ".join(f"*{suffix}" for suffix in DATA_KINDS)


def data_uses() -> str:
    """"*.txt: Character language model · …": which task reads each kind of file."""
    return " · ".join(
        f"*{suffix}: {setting_text(TASK_TITLES.get(task, task))}"
        for suffix, (task, _field) in DATA_KINDS.items())


def data_kind(path: str | Path) -> tuple[str, str] | None:
    """(task, setting) for a data file, by its suffix (any case); None if unknown. A CSV
    the series reader refuses but the labelled-sequence reader takes is for classify."""
    kind = DATA_KINDS.get(Path(path).suffix.lower())
    if kind == ("forecast", "data"):
        from ..engine import tabular
        from ..engine.tasks import classify

        try:
            series = "number" in tabular.read_table(str(path)).kinds
        except ConfigError:
            return kind  # the series reader's message names the problem
        if not series:
            try:
                classify.load(str(path))
            except ConfigError:
                return kind
            return ("classify", "data")
    return kind


class StartButton(QPushButton):
    """A large button with a bold title and a line of explanation under it (both follow
    the app's font, so they grow in presentation mode)."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.description = QLabel()
        self.description.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 8)
        lay.setSpacing(2)
        for label in (self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_texts(self, title: str, description: str) -> None:
        self.title.setText(f"<b>{title}</b>")
        self.description.setText(description)
        self.setAccessibleName(title)
        self.setToolTip(description)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self.layout().totalHeightForWidth(width)


class WelcomeDialog(QDialog):
    """What RNN Studio is, three starts, the tour, and "Show at start-up"."""

    def __init__(self, welcome: Welcome, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_dialog")
        self.setModal(False)
        # a heading in rich text: it grows with the app's font (presentation mode)
        title = self.title = QLabel()
        title.setObjectName("welcome_title")
        intro = self.intro = QLabel()
        intro.setObjectName("welcome_intro")
        intro.setWordWrap(True)
        self.adder_button = StartButton()
        self.adder_button.setObjectName("welcome_adder")
        self.lesson_button = StartButton()
        self.lesson_button.setObjectName("welcome_lesson")
        self.data_button = StartButton()
        self.data_button.setObjectName("welcome_data")
        self.tour_button = QPushButton()
        self.tour_button.setObjectName("welcome_tour")
        self.show_at_start = QCheckBox()
        self.show_at_start.setObjectName("welcome_show_at_start")
        self.show_at_start.setChecked(welcome.w.settings.show_welcome())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.addButton(self.tour_button, QDialogButtonBox.ButtonRole.ActionRole)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 14, 18, 12)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addSpacing(6)
        for button in (self.adder_button, self.lesson_button, self.data_button):
            lay.addWidget(button)
        lay.addSpacing(6)
        lay.addWidget(self.show_at_start)
        lay.addWidget(buttons)

        self.adder_button.clicked.connect(welcome.train_adder)
        self.lesson_button.clicked.connect(welcome.open_lesson)
        self.data_button.clicked.connect(welcome.open_data)
        self.tour_button.clicked.connect(welcome.start_tour)
        self.show_at_start.toggled.connect(welcome.set_show_at_start)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to RNN Studio"))
        self.title.setText(f"<h2>{self.tr('Welcome to RNN Studio')}</h2>")
        self.intro.setText(self.tr(
            "RNN Studio lets you build a recurrent network, train it and watch it learn: "
            "the loss, the predictions, the states inside and how far the error signal "
            "travels back in time. Everything is computed exactly, step by step, so you "
            "can pause at any update and look. Pick a start below, or close this window "
            "and explore: Help → Welcome… brings it back."))
        self.adder_button.set_texts(
            self.tr("Train the binary adder"),
            self.tr("The default set-up: a small Elman network learns to add two binary "
                    "numbers, one bit per time step. Training starts at once."))
        self.lesson_button.set_texts(
            self.tr("Open the vanishing-gradient lesson"),
            self.tr("Elman, LSTM and GRU race to remember a symbol for 20 steps; the "
                    "gradient-flow maps show why only the gated cells manage it."))
        self.data_button.set_texts(
            self.tr("Open your own data…"),
            self.tr("Train on a file of your own, read by the task for its kind ({0}).")
            .format(data_uses()))
        self.tour_button.setText(self.tr("Take the tour"))
        self.show_at_start.setText(self.tr("Show at start-up"))

    def fit(self) -> None:
        """About CHARS_WIDE characters wide in the current font (so larger in presentation
        mode), within the main window, and as tall as its wrapped texts need."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        width = max(MIN_WIDTH, CHARS_WIDE * self.fontMetrics().averageCharWidth())
        if self.parentWidget() is not None:
            width = min(width, max(MIN_WIDTH, self.parentWidget().width() - 40))
        self.setFixedSize(width, self.layout().totalHeightForWidth(width))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange) \
                and self.isVisible():
            QTimer.singleShot(0, self, self.fit)  # presentation mode or language switched


class Welcome(QObject):
    """The welcome window and the tour of one MainWindow, and their Help menu entries."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: WelcomeDialog | None = None
        self.tour: Tour | None = None
        help_menu = window.help_menu
        first = help_menu.actions()[0] if help_menu.actions() else None
        self.welcome_action = QAction(window)
        self.welcome_action.setObjectName("action_welcome")
        self.welcome_action.triggered.connect(self.show_welcome)
        self.tour_action = QAction(window)
        self.tour_action.setObjectName("action_tour")
        self.tour_action.triggered.connect(self.start_tour)
        help_menu.insertActions(first, [self.welcome_action, self.tour_action])
        if first is not None:
            help_menu.insertSeparator(first)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome_action.setText(self.tr("Welcome…"))
        self.tour_action.setText(self.tr("Tour"))

    # ---------------------------------------------------------------- showing
    def at_start_up(self) -> bool:
        """Show the welcome if the user has not unticked "Show at start-up"."""
        if not self.w.settings.show_welcome():
            return False
        self.show_welcome()
        return True

    def show_welcome(self) -> WelcomeDialog:
        if self.dialog is None:
            self.dialog = WelcomeDialog(self, self.w)
        self.dialog.show_at_start.setChecked(self.w.settings.show_welcome())
        self.dialog.fit()
        geo, size = self.w.geometry(), self.dialog.size()
        self.dialog.move(geo.x() + (geo.width() - size.width()) // 2,
                         geo.y() + max(0, (geo.height() - size.height()) // 3))
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def close_welcome(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def set_show_at_start(self, on: bool) -> None:
        self.w.settings.set_show_welcome(on)
        self.w.settings.sync()

    # ----------------------------------------------------------------- starts
    def train_adder(self) -> None:
        """The default preset (Trask's binary adder), trained from a fresh network."""
        self.close_welcome()
        if self.w.set_config(default_preset(), fresh=True):
            self.w.train()

    def open_lesson(self) -> None:
        """The vanishing-gradient lesson, loaded as the Lessons panel loads it."""
        self.close_welcome()
        teaching = self.w.teaching
        teaching.show_view("lessons")
        if teaching.lessons.select(LESSON_ID):
            teaching.lessons.choose()  # -> Teaching.open_lesson
        else:
            self.w.banner.show_message(self.tr("The lesson could not be found."), "error")

    def open_data(self) -> None:
        """A data file chosen in a dialog becomes the data of the task that reads it."""
        filters = self.tr("Data files ({0})").format(data_patterns()) + ";;" + \
            self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Open your own data"),
                                              self.w.workspace.last_dir or "", filters)
        if not path:
            return
        self.close_welcome()
        self.load_data(path)

    def load_data(self, path: str) -> bool:
        kind = data_kind(path)
        name = Path(path).name
        if kind is None:
            self.w.banner.show_message(self.tr("{0}: RNN Studio reads these files as data: "
                                               "{1}").format(name, data_patterns()), "error")
            return False
        task, field = kind
        try:
            new = self.w.config.replace(task=task, **{field: path})
        except ConfigError as exc:
            from .main_window import refusal

            self.w.banner.show_message(f"{name}: {refusal(exc)}", "error")
            return False
        if new.task != self.w.config.task:  # with the settings recommended for the task
            done = self.w.presets.switch("task", new)
        else:
            done = self.w.set_config(new, field, fresh=True)
        if done:
            self.w.banner.show_message(self.tr("{0} loaded for {1}: press Train (Space).")
                                       .format(name, setting_text(TASK_TITLES.get(task, task))),
                                       "info")
        return done

    # ------------------------------------------------------------------- tour
    def start_tour(self) -> Tour:
        self.close_welcome()
        if self.tour is not None:
            self.tour.finish()
        self.tour = Tour(self.w, default_steps(self.w))
        self.tour.finished.connect(self._tour_ended)
        self.tour.start()
        return self.tour

    def _tour_ended(self) -> None:
        self.tour = None

    def shutdown(self) -> None:
        """The window is closing: the welcome and the tour go with it."""
        if self.tour is not None:
            self.tour.finish()
        self.close_welcome()


def install(window: Any) -> Welcome:
    """Add the welcome window and the tour to `window` (a MainWindow)."""
    return Welcome(window)
