"""What the "Try it yourself" pages share: colours, fonts, notes, the task's title."""

from __future__ import annotations

from typing import Any

from PySide6 import QtGui, QtWidgets

from ...i18n import Retranslatable, setting_text
from ..unrolled_common import GATE_MAP, cmap, text_on

GOOD = "#009E73"
BAD = "#D55E00"
MAX_LETTERS = 200
STEP_MS = 450


def task_title(task: Any) -> str:
    """The task's title in the interface language (titles live in context "settings")."""
    return setting_text(str(getattr(task, "title", getattr(task, "name", ""))))


def mono() -> QtGui.QFont:
    f = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    return f


def note(text: str = "") -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    # Secondary text in the theme's own grey (a style sheet would also stop the label
    # from following the view's Large font).
    lab.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
    return lab


class Page(Retranslatable):
    """Mixin of a page (before QWidget): ``texts()`` sets its fixed texts; on a language
    change they are set again and the answer shown is worked out again in it."""

    net: Any = None
    task: Any = None
    config: Any = None

    def texts(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.texts()
        if self.net is not None:
            self.set_model(self.net, self.task, self.config)  # type: ignore[attr-defined]


def prob_cell(p: float) -> str:
    """Background colour and ink for a probability cell."""
    fill = cmap(GATE_MAP)(p, 0.0, 1.0)
    return f"background:{fill.name()}; color:{text_on(fill).name()}"
