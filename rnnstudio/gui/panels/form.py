"""A settings panel: a form of field editors for some Config fields.

Fields that apply only to some tasks or cells (Spec.tasks / Spec.cells) are shown
only when the current config uses one of them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from ...engine.config import Config, Spec, specs
from ..i18n import Retranslatable
from .fields import FieldEditor, WordEditor, make_editor

# Which panel shows each field: the spec's group, except that the seed sits with the
# model (it decides the start weights).
PANEL_OF = {name: ("model" if name == "seed" else s.group) for name, s in specs().items()}


def fields_of(panel: str) -> list[str]:
    names = [n for n, g in PANEL_OF.items() if g == panel]
    if panel == "model" and "seed" in names:  # the seed goes last, after the cell options
        names.remove("seed")
        names.append("seed")
    return names


def relevant(spec: Spec, config: Config) -> bool:
    """Whether a field matters for this config's task and cell."""
    if spec.tasks and config.task not in spec.tasks:
        return False
    return not (spec.cells and config.cell not in spec.cells)


class SettingsForm(Retranslatable, QWidget):
    edited = Signal(str, object)  # field name, new value (not yet accepted)
    message = Signal(str)  # input refused inside an editor

    def __init__(self, panel: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        self.form = QFormLayout(self)
        self.form.setContentsMargins(6, 6, 6, 6)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, QWidget] = {}  # the field widget of each row (for visibility)
        self.hidden: set[str] = set()  # fields an instructor chose to hide
        self.config: Config | None = None  # the one shown
        all_specs = specs()
        for name in fields_of(panel):
            ed = make_editor(name, all_specs[name], self)
            self.editors[name] = ed
            ed.edited.connect(self.edited)
            if isinstance(ed, WordEditor):
                ed.rejected.connect(self.message)
            self.rows[name] = self.add_field_row(name, ed) or ed.widget

    def add_field_row(self, name: str, editor: FieldEditor) -> QWidget | None:
        """Put one editor in the form (panels may add extras around it); returns the
        row's field widget if it is not the editor's own."""
        self.form.addRow(editor.label, editor.widget)
        return None

    def retranslate(self) -> None:
        """Labels, tooltips and choice names in the interface language; the config shown
        again (explanations that depend on it follow)."""
        for ed in self.editors.values():
            ed.retranslate()
        if self.config is not None:
            self.set_config(self.config)

    def set_config(self, config: Config) -> None:
        """Show `config`: every editor's value and which rows apply (and are not hidden)."""
        self.config = config
        for name, ed in self.editors.items():
            ed.set_value(getattr(config, name))
            ed.show_config(config)
            self.form.setRowVisible(self.rows[name],
                                    relevant(ed.spec, config) and name not in self.hidden)

    def set_hidden(self, names: set[str]) -> None:
        """Hide these fields' rows (applied at the next set_config)."""
        self.hidden = set(names) & set(self.editors)

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def value(self, name: str) -> Any:
        return self.editors[name].value()
