"""The Task panel: which task the network learns and that task's options."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ...engine.config import Config
from ..widgets import WrapLabel
from .fields import FieldEditor
from .form import SettingsForm

TASK_EXPLANATIONS = {
    "addition": QT_TRANSLATE_NOOP("TaskPanel", "Add two binary numbers one bit pair at a "
                                  "time, least significant bit first. The hidden state has "
                                  "to carry the carry."),
    "detection": QT_TRANSLATE_NOOP("TaskPanel", "Read a stream of random letters and raise a "
                                   "flag each time the target word has just been spelled."),
    "charlm": QT_TRANSLATE_NOOP("TaskPanel", "Predict the next character of a text; then let "
                                "the network write new text one sampled character at a time."),
    "recall": QT_TRANSLATE_NOOP("TaskPanel", "See a symbol, wait k steps, then say it again: "
                                "how long can the memory hold?"),
    "adding": QT_TRANSLATE_NOOP("TaskPanel", "Add the two marked numbers hidden in a long "
                                "random sequence (the classic long-range test for gated "
                                "cells)."),
    "forecast": QT_TRANSLATE_NOOP("TaskPanel", "Predict the next value of a noisy time series "
                                  "from the values so far."),
}


class TaskPanel(SettingsForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("task", parent)

    def add_field_row(self, name: str, editor: FieldEditor) -> QWidget | None:
        self.form.addRow(editor.label, editor.widget)
        if name == "task":
            self.explanation = WrapLabel()
            self.explanation.setObjectName("task_explanation")
            self.explanation.setStyleSheet("font-style: italic;")
            self.form.addRow(self.explanation)
        return None

    def set_config(self, config: Config) -> None:
        super().set_config(config)
        text = TASK_EXPLANATIONS.get(config.task, "")
        self.explanation.setText(QCoreApplication.translate("TaskPanel", text) if text else "")
