"""The Training panel: optimizer, learning rate (live while training), batch size,
budget and stop condition, clipping, truncation, evaluation interval, precision."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...engine.config import Config
from .form import SettingsForm


class TrainingPanel(SettingsForm):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("training", parent)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        lr = self.editors["lr"]
        lr.widget.setToolTip(lr.widget.toolTip() + "\n" + self.tr(
            "Changes apply at the next update, even while training; arrows step 1, 2, 5, "
            "10..."))

    def set_config(self, config: Config) -> None:
        super().set_config(config)
        self.editors["clip"].widget.setEnabled(config.clip_mode != "none")
