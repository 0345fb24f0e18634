"""The Model panel: cell type with a one-line explanation and a data-flow diagram,
layers, hidden size, activation, initialiser, bit loss and the seed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ...engine.config import Config
from ..widgets import WrapLabel
from .diagram import CellDiagram
from .fields import FieldEditor
from .form import SettingsForm

CELL_EXPLANATIONS = {
    "elman": QT_TRANSLATE_NOOP("ModelPanel", "Elman: a single nonlinearity mixes the input "
                               "with the previous hidden state. Simple and fast, but "
                               "gradients fade (or blow up) over long gaps."),
    "lstm": QT_TRANSLATE_NOOP("ModelPanel", "LSTM: forget, input and output gates guard a "
                              "cell state c_t that is carried forward by addition, so "
                              "gradients survive long gaps."),
    "peephole": QT_TRANSLATE_NOOP("ModelPanel", "Peephole LSTM: an LSTM whose gates also see "
                                  "the cell state itself, which helps with precise timing."),
    "gru": QT_TRANSLATE_NOOP("ModelPanel", "GRU: an update gate blends the old state with a "
                             "candidate, a reset gate decides how much of the past the "
                             "candidate sees. Fewer weights than an LSTM."),
}


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
            self.dice.setToolTip(self.tr("Randomise the seed: new start weights and data "
                                         "order"))
            self.dice.clicked.connect(self.randomise_seed)
            lay.addWidget(self.dice)
            self.form.addRow(editor.label, row)
            return row
        else:
            self.form.addRow(editor.label, editor.widget)
        return None

    def set_config(self, config: Config) -> None:
        super().set_config(config)
        text = CELL_EXPLANATIONS.get(config.cell, "")
        self.explanation.setText(QCoreApplication.translate("ModelPanel", text) if text else "")
        self.diagram.set_cell(config.cell, config.activation)
