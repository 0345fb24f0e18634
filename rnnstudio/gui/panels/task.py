"""The Task panel: which task the network learns and that task's options."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...engine.config import Config
from ...engine.tasks import registry as task_registry
from ..widgets import WrapLabel
from .fields import FieldEditor
from .form import SettingsForm

# each task's own explanation (its descriptor; translated in the "settings" context)
TASK_EXPLANATIONS = {t.name: t.explanation for t in task_registry.tasks()}
# settings of the built-in generated series, which a data file of your own replaces
GENERATED_ONLY = ("series", "noise")


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
        if name == "corpus":  # what the character model will read: full width
            self.form.addRow(editor.preview)
        if name == "column" and "data" in self.editors:  # the data file's preview (of
            self.form.addRow(self.editors["data"].preview)  # this column): full width
        return None

    def set_config(self, config: Config) -> None:
        super().set_config(config)
        if config.task == "forecast" and config.data:  # a file's series: nothing generated
            for name in GENERATED_ONLY:
                self.form.setRowVisible(self.rows[name], False)
        text = TASK_EXPLANATIONS.get(config.task, "")
        self.explanation.setText(QCoreApplication.translate("settings", text) if text else "")
