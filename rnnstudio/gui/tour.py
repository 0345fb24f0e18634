"""The guided tour: a translucent layer over the main window with a hole around one
widget at a time and a bubble saying what it is (Back / Next / Skip; Esc skips).

The hole follows its target: the layer listens to the window and to the target and its
parents (moves, resizes, shown or hidden), so it stays right after a resize, in
presentation mode (F11) and when docks move.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SHADE = QColor(0, 0, 0, 140)
OUTLINE = QColor("#E69F00")  # orange (Okabe-Ito): visible in both themes
MARGIN = 5  # px between the target and the drawn outline
GAP = 12  # px between the outline and the bubble
WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
           QEvent.Type.LayoutRequest)


@dataclass(frozen=True)
class Step:
    """One stop: the widget to watch, its rectangle in global coordinates (the widget's
    own, or part of it, as a menu title in the menu bar), and what to say."""

    widget: Callable[[], QWidget]
    rect: Callable[[], QRect]
    title: str  # source texts (context "Tour"), translated when shown
    text: str
    prepare: Callable[[], None] | None = None  # bring the target into view first


def _whole(get: Callable[[], QWidget]) -> Callable[[], QRect]:
    def rect() -> QRect:
        w = get()
        return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())
    return rect


def learn_menu_action(window: Any) -> Any:
    """The menu bar's Learn entry (the menu holding the Lessons action)."""
    lessons = window.teaching.actions["lessons"]
    for act in window.menuBar().actions():
        if act.menu() is not None and lessons in act.menu().actions():
            return act
    raise LookupError("no Learn menu")


def default_steps(window: Any) -> list[Step]:
    """Train button, gradient-flow panel, Learn menu."""
    def train() -> QWidget:
        return window.run_toolbar.widgetForAction(window.actions_by_name["train"])

    def gradients() -> QWidget:
        return window.docks["gradients"]

    def show_gradients() -> None:
        dock = window.docks["gradients"]
        dock.show()
        dock.raise_()

    def learn() -> QRect:
        bar = window.menuBar()
        r = bar.actionGeometry(learn_menu_action(window))
        return QRect(bar.mapToGlobal(r.topLeft()), r.size())

    noop = QT_TRANSLATE_NOOP
    return [
        Step(train, _whole(train), noop("Tour", "Train"), noop(
            "Tour", "Starts training; press it again (or Space) to pause, and once more to "
            "resume. Step beside it makes exactly one update, so you can watch a single "
            "change.")),
        Step(gradients, _whole(gradients), noop("Tour", "Gradient flow across time"), noop(
            "Tour", "How much of the error signal reaches each earlier time step, update "
            "after update. Colour fading towards the early steps means the gradient is "
            "vanishing: the network cannot learn from what happened that long ago."),
             show_gradients),
        Step(window.menuBar, learn, noop("Tour", "Learn"), noop(
            "Tour", "Lessons, the unrolled network, the equations, try it yourself, race "
            "mode and why gradients vanish: each opens a view that explains what you are "
            "watching.")),
    ]


class Tour(QWidget):
    """The overlay; `finished` is emitted once, when it ends (done, skipped or Esc)."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: list[Step]) -> None:
        super().__init__(window)
        self.setObjectName("tour")
        self.window_ = window
        self.steps = steps
        self.index = 0
        self.target_rect = QRect()  # the current target, in this layer's coordinates
        self._watched: list[QWidget] = []
        self._ended = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

        self.bubble = QFrame(self)
        self.bubble.setObjectName("tour_bubble")
        self.bubble.setFrameShape(QFrame.Shape.StyledPanel)
        self.bubble.setAutoFillBackground(True)
        self.bubble.setStyleSheet(
            f"#tour_bubble {{ border: 2px solid {OUTLINE.name()}; border-radius: 8px; "
            "background: palette(window); }")
        self.count = QLabel()
        self.count.setObjectName("tour_count")
        self.count.setStyleSheet("color: palette(placeholder-text);")
        self.heading = QLabel()
        self.heading.setObjectName("tour_heading")
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.text = QLabel()
        self.text.setObjectName("tour_text")
        self.text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tour_back")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("tour_next")
        self.skip_button = QPushButton(self.tr("Skip tour"))
        self.skip_button.setObjectName("tour_skip")
        for b in (self.back_button, self.next_button, self.skip_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the layer
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.skip_button.clicked.connect(self.finish)
        lay = QVBoxLayout(self.bubble)
        lay.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.count)
        lay.addLayout(head)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        lay.addLayout(row)
        self._later = QTimer(self)  # one more look once a layout change has settled
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.follow)

    # ------------------------------------------------------------------ steps
    def start(self) -> None:
        self.window_.installEventFilter(self)
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.setFocus()
        self.go(0)

    def go(self, index: int) -> None:
        if self._ended:
            return
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        if step.prepare is not None:
            step.prepare()
        self._watch(step.widget())
        self.count.setText(self.tr("{0} / {1}").format(self.index + 1, len(self.steps)))
        self.heading.setText(QCoreApplication.translate("Tour", step.title))
        self.text.setText(QCoreApplication.translate("Tour", step.text))
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.follow()

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.finish()
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        self.go(self.index - 1)

    def finish(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._watch(None)
        self.window_.removeEventFilter(self)
        self.hide()
        self.deleteLater()
        self.finished.emit()

    @property
    def active(self) -> bool:
        return not self._ended

    # ----------------------------------------------------------------- follow
    def _watch(self, target: QWidget | None) -> None:
        for w in self._watched:
            w.removeEventFilter(self)
        self._watched = []
        while target is not None and target is not self.window_:
            target.installEventFilter(self)
            self._watched.append(target)
            target = target.parentWidget()

    def follow(self) -> None:
        """Put the hole on the current target and the bubble beside it."""
        if self._ended:
            return
        if self.geometry() != self.window_.rect():
            self.setGeometry(self.window_.rect())
        self.raise_()
        r = self.steps[self.index].rect()
        self.target_rect = QRect(self.mapFromGlobal(r.topLeft()), r.size())
        self._place_bubble()
        self.update()

    def _place_bubble(self) -> None:
        width = min(max(320, self.width() // 3), self.width() - 2 * GAP)
        self.bubble.setFixedWidth(width)
        self.bubble.adjustSize()
        size = self.bubble.size()
        hole = self.target_rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        if hole.bottom() + GAP + size.height() <= self.height():  # below
            y = hole.bottom() + GAP
        elif hole.top() - GAP - size.height() >= 0:  # above
            y = hole.top() - GAP - size.height()
        else:  # a tall target: over its middle
            y = hole.center().y() - size.height() // 2
        x = hole.center().x() - size.width() // 2
        x = max(GAP, min(x, self.width() - size.width() - GAP))
        y = max(GAP, min(y, self.height() - size.height() - GAP))
        self.bubble.move(x, y)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._ended and event.type() in WATCHED:
            self.follow()
            self._later.start()
        return False

    # --------------------------------------------------------------- drawing
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hole = QRectF(self.target_rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        shade = QPainterPath()
        shade.addRect(QRectF(self.rect()))
        cut = QPainterPath()
        cut.addRoundedRect(hole, 6, 6)
        p.fillPath(shade.subtracted(cut), SHADE)
        p.setPen(QPen(OUTLINE, 3))
        p.drawRoundedRect(hole, 6, 6)
        p.end()

    # ------------------------------------------------------------------ keys
    def event(self, event: QEvent) -> bool:  # noqa: D401 (Qt override)
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the window's shortcuts (Esc stops a run) wait for the tour
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.finish()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.back()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        event.accept()  # the window under the shade waits until the tour ends
