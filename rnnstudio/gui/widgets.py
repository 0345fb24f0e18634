"""Small pieces of the main window: the message banner and the plot docks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from .i18n import Retranslatable

# Background / border / text per banner level (readable on light and dark themes:
# the banner sets its own text colour).
LEVELS = {
    "info": ("#e3f2fd", "#64b5f6", "#0d3c61"),
    "success": ("#e8f5e9", "#66bb6a", "#1b5e20"),
    "warning": ("#fff3e0", "#ffa726", "#663c00"),
    "error": ("#ffebee", "#e57373", "#7f1d1d"),
}


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its width
    (a plain wrapped QLabel in a form layout clips after its text changes)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() > 0:
            h = self.heightForWidth(self.width())
            if h > 0 and h != self.minimumHeight():
                self.setMinimumHeight(h)


class SteadyLabel(QLabel):
    """A one-line label for figures that change while training (step, speed, loss).
    Its size is fixed, grown to fit a longer text but never shrunk (except for a new
    font): a new figure then does not make Qt lay the whole window out again (a plain
    label's new text does, up to 3 ms per redraw), and the figures beside it stay put."""

    def __init__(self, text: str = "", parent: QWidget | None = None, floor: int = 0):
        super().__init__(text, parent)
        self._floor = floor  # narrowest width
        self._width = 0  # widest text so far
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        if text != self.text():
            super().setText(text)
            self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width = 0
            self.setMinimumSize(0, 0)  # QLabel's size hint is never below its minimum
            self._fit()

    def _fit(self) -> None:
        hint = super().sizeHint()
        w = max(hint.width(), self._width, self._floor)
        if (w, hint.height()) != (self.minimumWidth(), self.minimumHeight()) \
                or self.minimumSize() != self.maximumSize():
            self._width = w
            self.setFixedSize(w, hint.height())


class Banner(Retranslatable, QFrame):
    """A one-or-two-line message across the top of the window, never a dialog."""

    shown = Signal(bool)  # the window shows or hides the banner's bar accordingly

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.level = "info"
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setObjectName("banner_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Height comes from _fit (text height at the current width), not from the
        # label's own guess for wrapped text, which assumes a narrow column.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.clear)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.active = False  # a message is up (the window shows or hides its container)
        self._again: Callable[[], str] | None = None  # the message in another language
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        if self.active and self._again is not None:
            self.show_message(self._again(), self.level, self._again)

    def show_message(self, text: str, level: str = "info",
                     again: Callable[[], str] | None = None) -> None:
        """Show `text`; `again` (if given) says it in the interface language after a
        language change (a message without one stays as it was said)."""
        if not text:
            self.clear()
            return
        self._again = again
        bg, border, fg = LEVELS.get(level, LEVELS["info"])
        self.level = level
        self.setStyleSheet(f"#banner {{ background: {bg}; border: 1px solid {border}; "
                           f"border-radius: 4px; }} #banner QLabel {{ color: {fg}; }} "
                           f"#banner QToolButton {{ color: {fg}; }}")
        self.label.setText(text)
        self.active = True
        self.shown.emit(True)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the current width, no taller."""
        width = self.label.width() if self.label.width() > 50 else 900
        m = self.layout().contentsMargins()
        h = max(self.label.heightForWidth(width), self.close_button.sizeHint().height())
        h += m.top() + m.bottom() + 2
        if h != self.height():
            self.setFixedHeight(h)

    def text(self) -> str:
        """The message shown ('' when there is none)."""
        return self.label.text() if self.active else ""

    def clear(self) -> None:
        self._again = None
        self.label.setText("")
        self.active = False
        self.shown.emit(False)


class DockTitle(Retranslatable, QWidget):
    """A dock title bar: the title, an Export button, float and close buttons.
    Mouse presses on the label fall through, so the dock still drags and docks."""

    export_requested = Signal(str)  # "png" | "svg" | "" (ask)

    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.dock = dock
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 2, 2)
        lay.setSpacing(2)
        self.title = QLabel(dock.windowTitle())
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        lay.addWidget(self.title, 1)
        self.export_button = QToolButton()
        self.export_button.setAutoRaise(True)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = QAction(menu)
        self.svg_action = QAction(menu)
        self.png_action.triggered.connect(lambda: self.export_requested.emit("png"))
        self.svg_action.triggered.connect(lambda: self.export_requested.emit("svg"))
        menu.addAction(self.png_action)
        menu.addAction(self.svg_action)
        self.export_button.setMenu(menu)
        lay.addWidget(self.export_button)
        style = self.style()
        self.float_button = QToolButton()
        self.float_button.setAutoRaise(True)
        self.float_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))
        self.float_button.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.clicked.connect(dock.close)
        lay.addWidget(self.float_button)
        lay.addWidget(self.close_button)
        dock.windowTitleChanged.connect(self.title.setText)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this panel as a PNG or SVG image"))
        self.png_action.setText(self.tr("Export PNG…"))
        self.svg_action.setText(self.tr("Export SVG…"))
        self.float_button.setToolTip(self.tr("Float / dock this panel"))
        self.close_button.setToolTip(self.tr("Hide this panel (View menu shows it again)"))


class PlotDock(QDockWidget):
    """A dock holding one plot panel, with Export PNG/SVG in its title bar."""

    def __init__(self, title: str, name: str, panel: QWidget, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.setObjectName(f"dock_{name}")
        self.name = name
        self.panel = panel
        self.setWidget(panel)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.title_bar = DockTitle(self)
        self.setTitleBarWidget(self.title_bar)
        self.title_bar.export_requested.connect(self.ask_export)
        self.last_dir = str(Path.home())

    def ask_export(self, kind: str) -> None:
        suffix = kind or "png"
        default = str(Path(self.last_dir) / f"rnnstudio-{self.name}.{suffix}")
        filters = self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG image (*.svg)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {0}").format(self.windowTitle()), default, filters)
        if path:
            if not Path(path).suffix:
                path += f".{suffix}"
            self.last_dir = str(Path(path).parent)
            window = self.window()
            export = getattr(window, "export_panel", None)
            if export is not None:
                export(self.name, path)
            else:
                self.panel.export(path)
