"""Recommended settings on a task or cell switch, and warnings for settings likely to fail.

A switch of task or cell in the settings applies the engine's recommendation for the new
pair (engine/presets.py) in the same edit, so Undo takes the whole switch back; the
banner names what changed and offers "Keep my settings", which puts the previous values
back. Edit > "Apply recommended settings on task switch" (stored) turns this off.

Whatever the settings, a line over them lists the reasons they are likely to fail
(``likely_failures``); Train with such settings repeats them in the banner. Nothing here
blocks: no dialog, training starts anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton

from ..engine.cells import registry as cells
from ..engine.config import Config, ConfigError, specs
from ..engine.presets import likely_failures, reason, recommended
from ..engine.tasks import registry as tasks
from .i18n import engine_text, setting_text
from .panels.fields import CHOICE_LABELS
from .widgets import LEVELS

SWITCHES = ("task", "cell")  # the edits that bring the recommended settings


def shown_value(name: str, value: Any) -> str:
    """A setting's value as the settings panel shows it ("Adam", "0.01", "3,000")."""
    if name in CHOICE_LABELS:
        return setting_text(CHOICE_LABELS[name].get(value, value))
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


class Presets(QObject):
    """The window's recommended-settings note, its opt-outs and the failure warning."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self.previous: dict[str, Any] = {}  # what "Keep my settings" puts back
        self.note = ""  # the banner text of the last switch
        self.warnings: list[str] = []
        self.action = QAction(window)
        self.action.setObjectName("action_apply_presets")
        self.action.setCheckable(True)
        self.action.setChecked(window.settings.apply_presets())
        self.action.toggled.connect(window.settings.set_apply_presets)
        self.keep_button = QToolButton()
        self.keep_button.setObjectName("keep_settings")
        self.keep_button.setAutoRaise(True)
        self.keep_button.setStyleSheet("QToolButton { text-decoration: underline; }")
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.hide()
        banner = window.banner
        banner.layout().insertWidget(1, self.keep_button)
        banner.shown.connect(self._banner_changed)
        self.label = QLabel()
        self.label.setObjectName("settings_warning")
        self.label.setWordWrap(True)
        bg, border, fg = LEVELS["warning"]
        self.label.setStyleSheet(f"QLabel {{ background: {bg}; border: 1px solid {border}; "
                                 f"border-radius: 4px; color: {fg}; padding: 4px; }}")
        self.label.hide()
        box = window.settings_dock.widget().widget().layout()
        box.insertWidget(0, self.label)  # over the settings, where it is seen unscrolled
        window.controller.state_changed.connect(self._on_state)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("Apply recommended settings on task switch"))
        self.keep_button.setText(self.tr("Keep my settings"))
        self.keep_button.setToolTip(self.tr("Put back the values you had before the switch"))
        if hasattr(self.w, "config"):
            self.config_changed(self.w.config)

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    # ---------------------------------------------------------------- switches
    def switch(self, name: str, config: Config) -> bool:
        """Apply the edit of `name` (a task or cell switch) with the recommended settings
        for the new pair, as one edit; True if the window took it."""
        old = self.w.config
        target, changed = config, {}
        if self.enabled and getattr(config, name) != getattr(old, name):
            rec = recommended(config.task, config.cell)
            changed = {k: getattr(config, k) for k, v in rec.items() if getattr(config, k) != v}
            try:
                target = config.replace(**rec)
            except ConfigError:  # a recommendation the config refuses: the plain switch
                target, changed = config, {}
        if not self.w.set_config(target, name):
            return False
        self.previous = changed
        if changed:
            self._show_note(target, changed)
        return True

    def _show_note(self, config: Config, changed: dict[str, Any]) -> None:
        def note() -> str:
            parts = [self.tr("{0} {1}").format(setting_text(specs()[k].label),
                                               shown_value(k, getattr(config, k)))
                     for k in changed]
            task = setting_text(tasks.info(config.task).title)
            cell = QCoreApplication.translate("Cells", cells.info(config.cell).short)
            self.note = self.tr("{0} with {1}: {2} (recommended)").format(
                task, cell, self.tr(", ").join(parts))
            return self.note

        self.w.banner.show_message(note(), "info", note)
        self.keep_button.show()
        why = reason(config.task, config.cell)
        self.w.banner.label.setToolTip(setting_text(why) if why else "")

    def keep(self) -> None:
        """Put back the values the last switch replaced (an edit of its own: undoable)."""
        if not self.previous:
            return
        back, self.previous = self.previous, {}
        try:
            config = self.w.config.replace(**back)
        except ConfigError:
            return
        if self.w.set_config(config):
            names = self.tr(", ").join(setting_text(specs()[k].label) for k in back)
            self.w.banner.show_message(self.tr("Kept your settings: {0}").format(names), "info")

    def _banner_changed(self, shown: bool) -> None:
        on = shown and bool(self.note) and self.w.banner.text() == self.note
        self.keep_button.setVisible(on)
        if not on:
            self.w.banner.label.setToolTip("")
            self.note = ""

    # ---------------------------------------------------------------- warnings
    def config_changed(self, config: Config) -> None:
        """Show (or clear) the reasons `config` is likely to fail, under the settings."""
        self.warnings = [engine_text(m) for m in likely_failures(config)]
        if self.warnings:
            self.label.setText(self.tr("Likely to fail:") + "\n"
                               + "\n".join(f"• {w}" for w in self.warnings))
        self.label.setVisible(bool(self.warnings))

    def _on_state(self, state: str) -> None:
        if state == "running" and self.warnings:
            def warning() -> str:
                return self.tr("Training with settings likely to fail: {0}").format(
                    " ".join(self.warnings))

            self.w.banner.show_message(warning(), "warning", warning)
