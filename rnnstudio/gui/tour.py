"""The guided tour: a translucent layer over the main window with a hole around one
widget at a time and a bubble saying what it is (Back / Next / Skip; Esc skips).

The hole follows its target: the layer looks where the target is every FOLLOW_MS (a
rectangle is cheap to compute; an event filter on the window and its docks would be
called while they are being destroyed), so it stays right after a resize, in
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
FOLLOW_MS = 50
# the stops' headings and texts: the Train button, the gradient-flow panel, the Learn menu
TITLES = (QT_TRANSLATE_NOOP("Tour", "Train"),
          QT_TRANSLATE_NOOP("Tour", "Gradient flow across time"),
          QT_TRANSLATE_NOOP("Tour", "Learn"))
TEXTS = (
    QT_TRANSLATE_NOOP("Tour", "Starts training; press it again (or Space) to pause, and once "
                              "more to resume. Step beside it makes exactly one update, so "
                              "you can watch a single change."),
    QT_TRANSLATE_NOOP("Tour", "How much of the error signal reaches each earlier time step, "
                              "update after update. Colour fading towards the early steps "
                              "means the gradient is vanishing: the network cannot learn "
                              "from what happened that long ago."),
    QT_TRANSLATE_NOOP("Tour", "Lessons, the unrolled network, the equations, try it "
                              "yourself, race mode and why gradients vanish: each opens a "
                              "view that explains what you are watching."),
)


@dataclass(frozen=True)
class Step:
    """One stop: where its target is, in global coordinates (a widget's rectangle, or
    part of one, as a menu title in the menu bar), and what to say."""

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

    return [
        Step(_whole(train), TITLES[0], TEXTS[0]),
        Step(_whole(gradients), TITLES[1], TEXTS[1], show_gradients),
        Step(learn, TITLES[2], TEXTS[2]),
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
        self._ended = False
        self._placed = False  # the bubble placed for the current step
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
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)

    # ------------------------------------------------------------------ steps
    def start(self) -> None:
        self._timer.start()
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
        self.count.setText(self.tr("{0} / {1}").format(self.index + 1, len(self.steps)))
        self.heading.setText(QCoreApplication.translate("Tour", step.title))
        self.text.setText(QCoreApplication.translate("Tour", step.text))
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self._placed = False
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
        self._timer.stop()
        self.hide()
        self.deleteLater()
        self.finished.emit()

    # ----------------------------------------------------------------- follow
    def follow(self) -> None:
        """Put the hole on the current target and the bubble beside it."""
        if self._ended:
            return
        if self.geometry() != self.window_.rect():
            self.setGeometry(self.window_.rect())
            self._placed = False  # the bubble's width follows the window's
        self.raise_()
        r = self.steps[self.index].rect()
        rect = QRect(self.mapFromGlobal(r.topLeft()), r.size())
        if rect != self.target_rect or not self._placed:
            self.target_rect = rect
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
        self._placed = True

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
