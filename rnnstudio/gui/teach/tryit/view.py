"""The "Try it yourself" view: one page per task (see __init__.py), a title and a note."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from ....engine.model import Network
from ...i18n import Retranslatable
from ..unrolled_trace import copy_network
from . import fallback_page, page_classes
from .common import note, task_title


class TryItView(Retranslatable, QtWidgets.QWidget):
    """Type an input, see the network's answer. ``set_model(net, task, config)``."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.title = QtWidgets.QLabel()
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.source = note()
        self.stack = QtWidgets.QStackedWidget()
        self.empty = note()
        self._message: str | None = None  # the empty page's text, if not the usual one
        self._step: int | None = None
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        # one page per task that has its own (registered in this package), one for the rest
        self.pages = {name: cls() for name, cls in page_classes().items()}
        self.example = fallback_page()()
        for page in self.pages.values():  # view.addition, view.chars, ... for scripts
            setattr(self, page.view_attr, page)
        for w in (self.empty, *self.pages.values(), self.example):
            self.stack.addWidget(w)
        self.large_box = QtWidgets.QCheckBox()
        self.large_box.toggled.connect(self.set_large_fonts)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.large_box)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.source)
        lay.addWidget(self.stack, 1)
        self._base_pt = self.font().pointSizeF()
        self.retranslate()

    def retranslate(self) -> None:
        self.large_box.setText(self.tr("Large"))
        self.large_box.setToolTip(self.tr("Larger text, for a projector"))
        self.empty.setText(self._message or self.tr(
            "Train a model first; then type your own input here and watch the network answer."))
        self._titles()  # the pages work their answers out again themselves

    def _titles(self) -> None:
        if self.task is None:
            self.title.setText(self.tr("Try it yourself"))
            self.source.setText("")
            return
        self.title.setText(self.tr("Try it yourself — {0}").format(task_title(self.task)))
        step = self._step
        self.source.setText(
            self.tr("Answers come from a copy of the weights taken at update {0}.").format(step)
            if step is not None else self.tr("Answers come from a copy of the weights."))

    def clear(self, message: str | None = None) -> None:
        self.net = self.task = None
        if message:
            self._message = message
            self.empty.setText(message)
        self._titles()
        self.stack.setCurrentWidget(self.empty)

    def set_model(self, net: Network, task: Any, config: Any = None,
                  weights: dict[str, np.ndarray] | None = None, step: int | None = None) -> None:
        """Use a private copy of `net`'s weights (or of `weights`) on `task`."""
        self.net = copy_network(net, weights)
        self.task = task
        name = getattr(task, "name", "")
        self._step = step
        self._titles()
        page = self.pages.get(name, self.example)
        page.set_model(self.net, task, config)
        self.stack.setCurrentWidget(page)

    def page(self) -> QtWidgets.QWidget:
        return self.stack.currentWidget()

    def set_large_fonts(self, on: bool) -> None:
        scale = 1.5 if on else 1.0
        f = self.font()
        f.setPointSizeF(self._base_pt * scale)
        self.setFont(f)
        title = self.title.font()  # set explicitly, so it does not inherit
        title.setPointSizeF(self._base_pt * 1.2 * scale)
        self.title.setFont(title)
        if self.large_box.isChecked() != bool(on):
            self.large_box.setChecked(bool(on))
