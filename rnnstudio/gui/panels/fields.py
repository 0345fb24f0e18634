"""One editor widget per Config field, generated from the field's Spec.

Choices become combo boxes, integers and numbers spin boxes with the spec's range,
step and decimals, the target word a validated line edit, the corpus a file picker, the
data file a file picker with a preview, and the optional stop condition a check box with a
spin box. Each editor is bound to one
field: it shows that field of the window's Config and reports edits as
``edited(name, value)``; the window decides whether the value is accepted.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRegularExpression, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...engine.cells import registry
from ...engine.config import Spec, field_type
from ...engine.tasks import TASK_TITLES

CHOICE_LABELS: dict[str, dict[str, str]] = {
    "cell": {c.name: c.title for c in registry.cells()},
    "task": dict(TASK_TITLES),
    "activation": {"tanh": "tanh", "sigmoid": "sigmoid", "relu": "ReLU"},
    "init": {"uniform": "Uniform (−1, 1)", "glorot": "Glorot", "orthogonal": "Orthogonal",
             "zeros": "All zeros (broken)"},
    "optimizer": {"sgd": "SGD", "momentum": "SGD + momentum", "rmsprop": "RMSprop",
                  "adam": "Adam"},
    "clip_mode": {"none": "None", "norm": "Global norm", "value": "Each value"},
    "bit_loss": {"bce": "Cross-entropy", "mse": "Squared error"},
    "dtype": {"float32": "float32", "float64": "float64"},
    "series": {"sine": "Noisy sine", "arma": "ARMA(2, 1)"},
}

LOG_FIELDS = frozenset({"lr"})  # step through 1-2-5 values instead of adding a step


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def allowed_text(name: str, spec: Spec) -> str:
    """What a setting allows, in the interface language (choices by their shown names)."""
    if spec.choices:
        labels = CHOICE_LABELS.get(name, {})
        names = [QCoreApplication.translate("settings", labels.get(c, c)) for c in spec.choices]
        return QCoreApplication.translate("fields", "one of {0}").format(", ".join(names))
    integer = field_type(name) is int
    if spec.minimum is not None and spec.maximum is not None:
        text = (QCoreApplication.translate("fields", "an integer from {0} to {1}") if integer
                else QCoreApplication.translate("fields", "a number from {0} to {1}"))
        return text.format(_num(spec.minimum), _num(spec.maximum))
    if name == "word":
        return QCoreApplication.translate("fields", "1 to 20 lower-case letters a-z")
    if name == "corpus":
        return QCoreApplication.translate("fields", "a UTF-8 text file, or empty")
    if name == "data":
        return QCoreApplication.translate("fields", "a CSV file, or empty")
    return QCoreApplication.translate("fields", "an integer") if integer else \
        QCoreApplication.translate("fields", "a number")


def tooltip(name: str, spec: Spec) -> str:
    help_text = QCoreApplication.translate("settings", spec.help)
    return QCoreApplication.translate("fields", "{0}\nAllowed: {1}.").format(
        help_text, allowed_text(name, spec))


def ladder_step(value: float, steps: int, lo: float, hi: float) -> float:
    """Move `steps` places along 1, 2, 5, 10, 20, 50... (learning rates)."""
    ladder = []
    for e in range(-7, 3):
        for m in (1.0, 2.0, 5.0):
            ladder.append(m * 10.0**e)
    ladder = [v for v in ladder if lo <= v <= hi]
    if not ladder:
        return value
    # index of the ladder value at or just below `value`
    i = max((k for k, v in enumerate(ladder) if v <= value * (1 + 1e-9)), default=0)
    if steps < 0 and ladder[i] < value * (1 - 1e-9):
        steps += 1  # value lies between rungs: the first step down lands on rung i
    j = min(max(i + steps, 0), len(ladder) - 1)
    return ladder[j]


HINT_MS = 8000  # how long "4096 is not allowed ...: kept 32" stays beside a field


def typed_number(spin: QAbstractSpinBox, text: str) -> float | None:
    """The number a spin box's text spells (prefix, suffix and group separators aside),
    whether or not it is in range; None if it is not a number (or not whole, for an
    integer box)."""
    t = text
    if spin.prefix() and t.startswith(spin.prefix()):
        t = t[len(spin.prefix()):]
    if spin.suffix() and t.endswith(spin.suffix()):
        t = t[:-len(spin.suffix())]
    t = t.strip().replace(spin.locale().groupSeparator(), "")
    value, ok = spin.locale().toDouble(t)
    if not ok:
        try:
            value = float(t)
        except ValueError:
            return None
    if not math.isfinite(value) or (isinstance(spin, QSpinBox) and not value.is_integer()):
        return None
    return value


class _KeepsTypedNumbers:
    """Spin-box mixin: a number outside the range stays as typed (Qt would refuse the
    digit that crosses the limit, turning 4096 into 409 without a word); the editor then
    names the allowed range, and Enter or leaving the box keeps the last allowed value."""

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)  # type: ignore[misc]
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and typed_number(self, text) is not None:
            return (QValidator.State.Intermediate, text, pos)
        return result


class BoundedSpinBox(_KeepsTypedNumbers, QSpinBox):
    pass


class CompactDoubleSpinBox(_KeepsTypedNumbers, QDoubleSpinBox):
    """Shows 0.03 rather than 0.030000; optional 1-2-5 stepping."""

    def __init__(self, log_steps: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.log_steps = log_steps

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        text = f"{value:.{self.decimals()}f}".rstrip("0").rstrip(".")
        return text if text not in ("", "-") else "0"

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.log_steps:
            self.setValue(ladder_step(self.value(), steps, self.minimum(), self.maximum()))
        else:
            super().stepBy(steps)


class FieldEditor(QObject):
    """Base: `widget` (put in a form), `value()`, `set_value()` without signals."""

    edited = Signal(str, object)

    def __init__(self, name: str, spec: Spec, parent: QWidget | None = None):
        super().__init__(parent)
        self.name, self.spec = name, spec
        self.label = QLabel()
        self.widget: QWidget = self._build(parent)
        self.widget.setObjectName(f"field_{name}")
        self.label.setBuddy(self.widget)
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.timeout.connect(self.clear_error)
        self.retranslate()

    def retranslate(self) -> None:
        """The label, tooltips and shown names in the interface language (the form calls
        it on a language change: an editor is a QObject, not a widget)."""
        self.label.setText(QCoreApplication.translate("fields", "{0}:").format(
            QCoreApplication.translate("settings", self.spec.label)))
        self.label.setToolTip(tooltip(self.name, self.spec))
        self.widget.setToolTip(tooltip(self.name, self.spec))

    def _build(self, parent: QWidget | None) -> QWidget:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_: Any) -> None:
        self.edited.emit(self.name, self.value())

    def show_config(self, config: Any) -> None:
        """The whole config, for editors that show more than their own value."""

    def show_error(self) -> None:
        """Outline the control in red for a few seconds (the message is elsewhere)."""
        framed = getattr(self, "_framed", self.widget)
        framed.setProperty("invalid", True)
        framed.setStyleSheet("*[invalid=\"true\"] { border: 2px solid #c62828; }")
        self._error_timer.start(4000)

    def clear_error(self) -> None:
        framed = getattr(self, "_framed", self.widget)
        framed.setProperty("invalid", False)
        framed.setStyleSheet("")

    # ------------------------------------------------ typed out-of-range numbers
    def _with_range_hint(self, spin: QAbstractSpinBox, field: QWidget, parent: QWidget | None
                         ) -> QWidget:
        """``field`` (holding ``spin``) with a hint line under it that names the allowed
        range while the typed number is outside it."""
        box = QWidget(parent)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(field)
        self.hint = QLabel(box)
        self.hint.setObjectName("range_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #c62828;")
        self.hint.hide()
        lay.addWidget(self.hint)
        self._hint_spin = spin
        self._framed = field  # what show_error outlines
        self._typed: float | None = None  # the last out-of-range number typed
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self.hint.hide)
        spin.lineEdit().textEdited.connect(self._text_typed)
        spin.editingFinished.connect(self._typing_finished)
        return box

    def _out_of_range(self, text: str) -> float | None:
        spin = self._hint_spin
        value = typed_number(spin, text)
        if value is None or spin.minimum() <= value <= spin.maximum():
            return None
        return value

    def _text_typed(self, text: str) -> None:
        self._typed = self._out_of_range(text)
        self._hint_timer.stop()
        if self._typed is None:
            self.hint.hide()
            return
        self.hint.setText(QCoreApplication.translate("fields", "{0} is not allowed: {1}.").format(
            _num(self._typed), allowed_text(self.name, self.spec)))
        self.hint.show()

    def _typing_finished(self) -> None:
        if self._typed is None:
            self.hint.hide()
            return
        self.hint.setText(QCoreApplication.translate(
            "fields", "{0} is not allowed ({1}): kept {2}.").format(
            _num(self._typed), allowed_text(self.name, self.spec), self._hint_spin.text()))
        self.hint.show()
        self._typed = None
        self._hint_timer.start(HINT_MS)


class ChoiceEditor(FieldEditor):
    def _build(self, parent: QWidget | None) -> QWidget:
        self.combo = QComboBox(parent)
        for choice in self.spec.choices:
            self.combo.addItem("", choice)
        self.combo.activated.connect(self._emit)
        return self.combo

    def retranslate(self) -> None:
        super().retranslate()
        labels = CHOICE_LABELS.get(self.name, {})
        for i, choice in enumerate(self.spec.choices):
            self.combo.setItemText(i, QCoreApplication.translate("settings",
                                                                 labels.get(choice, choice)))

    def value(self) -> str:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        i = self.combo.findData(value)
        if i >= 0 and i != self.combo.currentIndex():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(i)
            self.combo.blockSignals(False)


class IntEditor(FieldEditor):
    def _build(self, parent: QWidget | None) -> QWidget:
        s = self.spec
        self.spin = BoundedSpinBox(parent)
        self.spin.setRange(int(s.minimum if s.minimum is not None else -2**31),
                           int(s.maximum if s.maximum is not None else 2**31 - 1))
        if s.step is not None:
            self.spin.setSingleStep(int(s.step))
        elif self.spin.maximum() >= 10_000 and self.name != "seed":
            self.spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.spin.setKeyboardTracking(False)  # commit on Enter / focus out, not per digit
        self.spin.setGroupSeparatorShown(self.spin.maximum() >= 100_000 and self.name != "seed")
        self.spin.valueChanged.connect(self._emit)
        return self._with_range_hint(self.spin, self.spin, parent)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value))
        self.spin.blockSignals(False)


class FloatEditor(FieldEditor):
    def _build(self, parent: QWidget | None) -> QWidget:
        s = self.spec
        self.spin = CompactDoubleSpinBox(log_steps=self.name in LOG_FIELDS, parent=parent)
        self.spin.setDecimals(s.decimals)
        self.spin.setRange(s.minimum if s.minimum is not None else -1e9,
                           s.maximum if s.maximum is not None else 1e9)
        if s.step is not None:
            self.spin.setSingleStep(s.step)
        self.spin.setKeyboardTracking(False)
        self.spin.valueChanged.connect(self._emit)
        return self._with_range_hint(self.spin, self.spin, parent)

    def value(self) -> float:
        return float(self.spin.value())

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(float(value))
        self.spin.blockSignals(False)


class WordEditor(FieldEditor):
    """Lower-case letters only; typing anything else is refused on the spot."""

    rejected = Signal(str)  # a message explaining what was refused

    def _build(self, parent: QWidget | None) -> QWidget:
        self.edit = QLineEdit(parent)
        self.edit.setMaxLength(20)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression("[a-z]{0,20}"),
                                                           self.edit))
        self.edit.editingFinished.connect(self._finished)
        self.edit.inputRejected.connect(
            lambda: self.rejected.emit(QCoreApplication.translate(
                "fields", "{0}: only lower-case letters a-z are allowed (1 to 20 of them)")
                .format(QCoreApplication.translate("settings", self.spec.label))))
        self._shown = ""
        return self.edit

    def _finished(self) -> None:
        if self.edit.text() != self._shown:
            self._emit()

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self._shown = str(value)
        if self.edit.text() != self._shown:
            self.edit.setText(self._shown)


class FileEditor(FieldEditor):
    """A path with a Browse… button; empty means the bundled default."""

    def _build(self, parent: QWidget | None) -> QWidget:
        box = QWidget(parent)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        self.edit = QLineEdit(box)
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self._finished)
        self.browse = QToolButton(box)
        self.browse.setText("…")
        self.browse.clicked.connect(self._pick)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.browse)
        self._shown = ""
        return box

    def retranslate(self) -> None:
        super().retranslate()
        self.edit.setPlaceholderText(QCoreApplication.translate("fields", "bundled Shakespeare"))
        self.browse.setToolTip(QCoreApplication.translate("fields", "Choose a UTF-8 text file"))

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, QCoreApplication.translate("fields", "Choose a text corpus"),
            self.edit.text(),
            QCoreApplication.translate("fields", "Text files (*.txt);;All files (*)"))
        if path:
            self.edit.setText(path)
            self._finished()

    def _finished(self) -> None:
        if self.edit.text() != self._shown:
            self._emit()

    def value(self) -> str:
        return self.edit.text().strip()

    def set_value(self, value: Any) -> None:
        self._shown = str(value)
        if self.edit.text() != self._shown:
            self.edit.setText(self._shown)


class CorpusEditor(FileEditor):
    """The character model's text, with what the model will read of it under the path
    (size, distinct characters, the most frequent, the opening)."""

    def _build(self, parent: QWidget | None) -> QWidget:
        from .corpus_preview import CorpusPreview

        row = super()._build(parent)
        self.preview = CorpusPreview(parent)  # the panel puts it in a row of its own
        return row

    def show_config(self, config: Any) -> None:
        self.preview.show_config(config)


class DataFileEditor(FileEditor):
    """A CSV file of your own, with a preview of its first rows under the path (and, for
    forecasting, the chosen column over time); empty means the built-in data."""

    def _build(self, parent: QWidget | None) -> QWidget:
        from .data_preview import DataPreview

        row = super()._build(parent)
        self.preview = DataPreview(parent)  # the panel puts it in a row of its own
        return row

    def retranslate(self) -> None:
        FieldEditor.retranslate(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("fields", "built-in data"))
        self.browse.setToolTip(QCoreApplication.translate("fields", "Choose a CSV file"))

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, QCoreApplication.translate("fields", "Choose a data file"),
            self.edit.text(),
            QCoreApplication.translate("fields", "Tables (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.edit.setText(path)
            self._finished()

    def show_config(self, config: Any) -> None:
        if self.spec.tasks and config.task not in self.spec.tasks:
            self.preview.hide()
            return
        self.preview.show_config(config)


class OptionalFloatEditor(FieldEditor):
    """A check box that enables a number: None when unchecked."""

    def _build(self, parent: QWidget | None) -> QWidget:
        s = self.spec
        box = QWidget(parent)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(box)
        self.spin = CompactDoubleSpinBox(parent=box)
        self.spin.setDecimals(4)
        self.spin.setRange(s.minimum if s.minimum is not None else -1e9,
                           s.maximum if s.maximum is not None else 1e9)
        self.spin.setSingleStep(s.step if s.step is not None else 0.01)
        self.spin.setValue(1.0)
        self.spin.setKeyboardTracking(False)
        self.spin.setEnabled(False)
        lay.addWidget(self.check)
        lay.addWidget(self.spin, 1)
        self.check.toggled.connect(self.spin.setEnabled)
        self.check.toggled.connect(self._emit)
        self.spin.valueChanged.connect(self._emit)
        return self._with_range_hint(self.spin, box, parent)

    def retranslate(self) -> None:
        super().retranslate()
        self.check.setToolTip(QCoreApplication.translate(
            "fields", "Off: train for the whole update budget"))

    def value(self) -> float | None:
        return float(self.spin.value()) if self.check.isChecked() else None

    def set_value(self, value: Any) -> None:
        for w in (self.check, self.spin):
            w.blockSignals(True)
        self.check.setChecked(value is not None)
        self.spin.setEnabled(value is not None)
        if value is not None and math.isfinite(value):
            self.spin.setValue(float(value))
        for w in (self.check, self.spin):
            w.blockSignals(False)


def make_editor(name: str, spec: Spec, parent: QWidget | None = None) -> FieldEditor:
    """The editor for one Config field, chosen from its spec and type."""
    if spec.choices:
        return ChoiceEditor(name, spec, parent)
    if name == "corpus":
        return CorpusEditor(name, spec, parent)
    if name == "data":
        return DataFileEditor(name, spec, parent)
    t = field_type(name)
    if spec.optional and t is float:
        return OptionalFloatEditor(name, spec, parent)
    if t is int:
        return IntEditor(name, spec, parent)
    if t is float:
        return FloatEditor(name, spec, parent)
    return WordEditor(name, spec, parent)
