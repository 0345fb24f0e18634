"""The Model panel: cell type with a one-line explanation and a data-flow diagram,
layers, hidden size, activation, initialiser, bit loss and the seed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ...engine.cells import registry
from ...engine.config import Config
from ..widgets import WrapLabel
from .diagram import CellDiagram
from .fields import FieldEditor
from .form import SettingsForm

# each cell's own explanation (its descriptor; translated in the "settings" context)
CELL_EXPLANATIONS = {c.name: c.explanation for c in registry.cells()}


class ModelPanel(SettingsForm):
    randomise_seed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("model", parent)

    def add_field_row(self, name: str, editor: FieldEditor) -> QWidget | None:
        if name == "cell":
            self.form.addRow(editor.label, editor.widget)
            self.explanation = WrapLabel()
            self.explanation.setObjectName("cell_explanation")
            self.explanation.setStyleSheet("font-style: italic;")
            self.form.addRow(self.explanation)
            self.diagram = CellDiagram()
            self.diagram.setObjectName("cell_diagram")
            self.form.addRow(self.diagram)
        elif name == "seed":
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(editor.widget, 1)
            self.dice = QToolButton()
            self.dice.setText("⚄")
            self.retranslate_dice()
            self.dice.clicked.connect(self.randomise_seed)
            lay.addWidget(self.dice)
            self.form.addRow(editor.label, row)
            return row
        else:
            self.form.addRow(editor.label, editor.widget)
        return None

    def retranslate_dice(self) -> None:
        self.dice.setToolTip(self.tr("Randomise the seed: new start weights and data order"))

    def retranslate(self) -> None:
        super().retranslate()
        self.retranslate_dice()

    def set_config(self, config: Config) -> None:
        super().set_config(config)
        text = CELL_EXPLANATIONS.get(config.cell, "")
        self.explanation.setText(QCoreApplication.translate("settings", text) if text else "")
        self.diagram.set_cell(config.cell, config.activation, config.layers)
