"""Keep every window where the user can see it.

A geometry saved on another monitor arrangement (a laptop undocked, a projector gone) or
grown by the docks it holds can come back partly or wholly off screen: a status bar
below the bottom edge, a floating dock above the menu bar. :func:`clamp` is the rule, a
pure function of rectangles: the rectangle goes onto the screen it overlaps most (or the
primary screen when it overlaps none), no larger than that screen's available area. The
rest applies it to Qt windows: the main window after its geometry is restored, and a
floating dock whenever it is restored, floated or shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QWidget

FLOAT_SHARE = 0.5  # a floating dock smaller than its default opens at this share of the screen


def _area(rect: QRect) -> int:
    return max(0, rect.width()) * max(0, rect.height())


def best_screen(rect: QRect, available: Sequence[QRect]) -> QRect:
    """The available area `rect` overlaps most; the first one (the primary screen) when
    it overlaps none."""
    if not available:
        raise ValueError("available: at least one screen rectangle is needed")
    overlaps = [_area(rect.intersected(a)) for a in available]
    best = max(range(len(available)), key=lambda i: overlaps[i])
    return QRect(available[best] if overlaps[best] > 0 else available[0])


def clamp(rect: QRect, available: Sequence[QRect]) -> QRect:
    """`rect` moved, and shrunk where it is larger, to lie inside the available area of
    the screen it overlaps most (the first of `available`, the primary screen, when it
    overlaps none). A rectangle already inside comes back unchanged."""
    screen = best_screen(rect, available)
    width = min(max(rect.width(), 1), screen.width())
    height = min(max(rect.height(), 1), screen.height())
    x = min(max(rect.x(), screen.left()), screen.left() + screen.width() - width)
    y = min(max(rect.y(), screen.top()), screen.top() + screen.height() - height)
    return QRect(x, y, width, height)


def available_rects() -> list[QRect]:
    """The available geometry (without panels and task bars) of every screen, the
    primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = ([primary] if primary is not None else []) + [s for s in screens
                                                          if s is not primary]
    return [s.availableGeometry() for s in ordered]


def frame_margins(widget: QWidget) -> QMargins:
    """The window manager's frame around a top-level widget (zero before it has one)."""
    g, f = widget.geometry(), widget.frameGeometry()
    return QMargins(max(0, g.left() - f.left()), max(0, g.top() - f.top()),
                    max(0, f.right() - g.right()), max(0, f.bottom() - g.bottom()))


def fit_on_screen(widget: QWidget, rects: Sequence[QRect] | None = None) -> bool:
    """Move (and shrink) a top-level widget, frame included, onto a visible screen.
    Returns True if it had to change. A full-screen or maximised window is left alone."""
    rects = list(rects) if rects is not None else available_rects()
    if not rects or widget.isFullScreen() or widget.isMaximized():
        return False
    m = frame_margins(widget)
    frame = widget.geometry().marginsAdded(m)
    target = clamp(frame, rects)
    if target == frame:
        return False
    inner = target.marginsRemoved(m)
    size = inner.size().expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    widget.move(target.topLeft())  # move() places the frame's corner
    return True


def default_float_size(dock: QDockWidget, rects: Sequence[QRect] | None = None) -> QSize:
    """A floating dock's size when it first floats: what its content asks for, at least
    FLOAT_SHARE of its screen's available area (capped to the area)."""
    rects = list(rects) if rects is not None else available_rects()
    screen = best_screen(dock.frameGeometry(), rects) if rects else QRect(0, 0, 1024, 768)
    want = QSize(int(screen.width() * FLOAT_SHARE), int(screen.height() * FLOAT_SHARE))
    widget = dock.widget()
    if widget is not None:
        want = want.expandedTo(widget.sizeHint())
    return want.boundedTo(screen.size() - QSize(16, 40))


class DockGuard(QObject):
    """Watches one dock: whenever it is floating and shown (restored floating, floated
    with its button, opened from a menu), it gets a readable size the first time and is
    put back onto a visible screen."""

    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.dock = dock
        self.sized = False
        dock.installEventFilter(self)
        dock.topLevelChanged.connect(self._floated)

    def _floated(self, floating: bool) -> None:
        if floating:
            QTimer.singleShot(0, self, self.place)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.dock and event.type() == QEvent.Type.Show and self.dock.isFloating():
            QTimer.singleShot(0, self, self.place)
        return False

    def place(self) -> None:
        dock = self.dock
        try:
            floating = dock.isFloating() and dock.isVisible()
        except RuntimeError:  # deleted meanwhile
            return
        if not floating or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # being dragged: the user is placing it
        if not self.sized:
            self.sized = True
            want = default_float_size(dock)
            if dock.width() < want.width() * 0.5 or dock.height() < want.height() * 0.5:
                dock.resize(want.expandedTo(dock.size()))
        fit_on_screen(dock)


def guard_docks(window: QWidget) -> list[DockGuard]:
    """A DockGuard on every dock of `window` that has none yet."""
    made = []
    for dock in window.findChildren(QDockWidget):
        if not any(isinstance(c, DockGuard) for c in dock.children()):
            made.append(DockGuard(dock))
    return made


class SideWidth(QObject):
    """Keeps a side dock (the settings) at its width when the window's width jumps
    (maximised, restored, moved to a larger screen): Qt would hand it a share of the new
    width, a third of a 1920-px screen for a column of fields, instead of the plots. The
    width kept is the one the dock last had while the window's width stood still (the
    first layout, or the user dragging the separator). Full screen is left alone
    (presentation mode shares the screen itself)."""

    JUMP = 150  # px: a change of the window's width this large is not a drag

    def __init__(self, window: QWidget, dock: QDockWidget, beside: Sequence[QDockWidget]):
        super().__init__(window)
        self.window, self.dock, self.beside = window, dock, list(beside)
        self.width: int | None = None
        self._window_width = window.width()
        window.installEventFilter(self)
        dock.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.Resize:
            return False
        if obj is self.window:
            old, new = event.oldSize().width(), event.size().width()
            self._window_width = new
            if old > 0 and abs(new - old) >= self.JUMP and self.width is not None:
                QTimer.singleShot(0, self, self.restore)
        elif obj is self.dock and self.window.width() == self._window_width \
                and not self.dock.isFloating() and self.dock.isVisible():
            self.width = event.size().width()
        return False

    def restore(self) -> None:
        win, dock = self.window, self.dock
        if self.width is None or win.isFullScreen() or dock.isFloating() \
                or not dock.isVisible() or dock.width() == self.width:
            return
        # Qt moves a separator only between docks it is given: the dock and the columns
        # beside it, which share what it gives up in proportion to their widths now
        beside = [d for d in self.beside if d.isVisible() and not d.isFloating()]
        if not beside:
            return
        room = sum(d.width() for d in beside) + dock.width() - self.width
        total = sum(d.width() for d in beside)
        widths = [max(1, round(room * d.width() / total)) for d in beside]
        win.resizeDocks([dock, *beside], [self.width, *widths], Qt.Orientation.Horizontal)
