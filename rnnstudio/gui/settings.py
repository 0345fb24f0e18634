"""What the app remembers between sessions: the last Config, the window layout, recent
experiment files, theme, presentation mode and language.

Stored with QSettings under a settings version. Older versions are migrated when the
settings are opened (see MIGRATIONS); a layout saved by another version is ignored (the
dock arrangement may differ), a config that no longer validates falls back to the
default preset. `RNNSTUDIO_SETTINGS_DIR` (used by tests and the screenshot
script) keeps everything in an INI file under that directory instead of the user's.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from ..engine.config import Config, ConfigError, default_preset
from ..engine.text import CONTEXT as ENGINE_CONTEXT
from ..engine.text import render

SETTINGS_VERSION = 2
ENV_DIR = "RNNSTUDIO_SETTINGS_DIR"
ORGANISATION = "RNN Studio"
APPLICATION = "RNN Studio"
MAX_RECENT = 8


class Key:
    """Every QSettings key the app stores, declared once (read and written only here)."""

    VERSION = "version"
    CONFIG = "config"  # the last Config, as JSON
    GEOMETRY = "window/geometry"
    STATE = "window/state"  # the dock arrangement
    THEME = "view/theme"  # "system", "light" or "dark"
    PRESENTATION = "view/presentation"
    SPEED = "view/speed"  # training updates per second; 0: full speed
    RECENT = "recent"  # experiment files, newest first
    LANGUAGE = "language"  # see i18n.LANGUAGES; absent: the system's language
    ASK_REBUILD = "ask/rebuild"  # ask before an edit replaces a trained network
    PRESETS = "settings/apply_presets"  # apply the recommended settings on a task switch
    WELCOME = "welcome/show_at_start"  # the welcome window at start-up (gui/welcome.py)
    PREDICT = "view/predict_first"  # the unrolled view's predict-then-reveal quiz


def configure_storage() -> None:
    """Honour RNNSTUDIO_SETTINGS_DIR: INI files in that directory."""
    folder = os.environ.get(ENV_DIR)
    if folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


def _qsettings() -> QSettings:
    configure_storage()
    if os.environ.get(ENV_DIR):
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         ORGANISATION, APPLICATION)
    return QSettings(ORGANISATION, APPLICATION)


def _from_0(qs: QSettings) -> None:
    """Unversioned (before settings carried a version): only the config is trusted."""
    qs.remove(Key.STATE)


def _from_1(qs: QSettings) -> None:
    """Version 2 added the Runs and Notes docks (and the teaching docks): a version-1 dock
    arrangement would hide them, so only the window's size and position are kept. Theme,
    presentation mode, language and recent files are new keys with defaults."""
    qs.remove(Key.STATE)
    if not qs.contains(Key.THEME):
        qs.setValue(Key.THEME, "system")


MIGRATIONS = {0: _from_0, 1: _from_1}  # version -> step to version + 1


def migrate(qs: QSettings) -> int:
    """Bring stored settings up to SETTINGS_VERSION; returns the version found (-1 when
    there were no settings). Settings of a newer version are left alone."""
    if not qs.allKeys():
        return -1
    try:
        found = int(qs.value(Key.VERSION, 0))
    except (TypeError, ValueError):
        found = 0
    version = found
    while version < SETTINGS_VERSION:
        MIGRATIONS[version](qs)
        version += 1
        qs.setValue(Key.VERSION, version)
    return found


class Settings:
    """Versioned persistence of the config, the window geometry/state and view choices."""

    def __init__(self) -> None:
        self.qs = _qsettings()
        self.problem = ""  # why the stored config was not used, if it was not
        self.migrated_from = migrate(self.qs)

    @property
    def version_ok(self) -> bool:
        try:
            return int(self.qs.value(Key.VERSION, -1)) == SETTINGS_VERSION
        except (TypeError, ValueError):
            return False

    def load_config(self) -> Config:
        text = self.qs.value(Key.CONFIG, "")
        if not text:
            return default_preset()
        try:
            return Config.from_json(str(text))
        except ConfigError as exc:
            self.problem = QCoreApplication.translate(
                "Settings", "The saved settings were not used ({0}); loaded the default "
                "preset.").format(render(exc, lambda t: QCoreApplication.translate(
                    ENGINE_CONTEXT, t)))
            return default_preset()

    def save_config(self, config: Config) -> None:
        self.qs.setValue(Key.VERSION, SETTINGS_VERSION)
        self.qs.setValue(Key.CONFIG, config.to_json())

    def load_window(self) -> tuple[QByteArray | None, QByteArray | None]:
        """(geometry, dock state) saved by this settings version, else (None, None)."""
        if not self.version_ok:
            return None, None
        found = []
        for key in (Key.GEOMETRY, Key.STATE):
            v = self.qs.value(key)
            found.append(v if isinstance(v, QByteArray) and not v.isEmpty() else None)
        return found[0], found[1]

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qs.setValue(Key.VERSION, SETTINGS_VERSION)
        self.qs.setValue(Key.GEOMETRY, geometry)
        self.qs.setValue(Key.STATE, state)

    # ------------------------------------------------------------ view choices
    def recent(self) -> list[str]:
        """Recently opened or saved experiment files, newest first."""
        value = self.qs.value(Key.RECENT, []) or []
        if isinstance(value, str):  # QSettings gives a one-item list back as a string
            value = [value]
        return [str(v) for v in value][:MAX_RECENT]

    def set_recent(self, paths: list[str]) -> None:
        self.qs.setValue(Key.RECENT, list(paths)[:MAX_RECENT])

    def theme(self) -> str:
        return str(self.qs.value(Key.THEME, "system") or "system")

    def set_theme(self, name: str) -> None:
        self.qs.setValue(Key.THEME, name)

    def presentation(self) -> bool:
        return str(self.qs.value(Key.PRESENTATION, "false")).lower() in ("true", "1")

    def set_presentation(self, on: bool) -> None:
        self.qs.setValue(Key.PRESENTATION, bool(on))

    def ask_rebuild(self) -> bool:
        return str(self.qs.value(Key.ASK_REBUILD, "true")).lower() in ("true", "1")

    def set_ask_rebuild(self, on: bool) -> None:
        self.qs.setValue(Key.ASK_REBUILD, bool(on))

    def speed(self) -> int:
        """The chosen training speed in updates per second (0: full speed)."""
        try:
            return max(0, int(self.qs.value(Key.SPEED, 0) or 0))
        except (TypeError, ValueError):
            return 0

    def set_speed(self, updates_per_second: int) -> None:
        self.qs.setValue(Key.SPEED, int(updates_per_second))

    def apply_presets(self) -> bool:
        return str(self.qs.value(Key.PRESETS, "true")).lower() in ("true", "1")

    def set_apply_presets(self, on: bool) -> None:
        self.qs.setValue(Key.PRESETS, bool(on))

    def show_welcome(self) -> bool:
        """Show the welcome window at start-up (until the user unticks it)."""
        return str(self.qs.value(Key.WELCOME, "true")).lower() in ("true", "1")

    def set_show_welcome(self, on: bool) -> None:
        self.qs.setValue(Key.WELCOME, bool(on))
    def predict_first(self) -> bool:
        return str(self.qs.value(Key.PREDICT, "false")).lower() in ("true", "1")

    def set_predict_first(self, on: bool) -> None:
        self.qs.setValue(Key.PREDICT, bool(on))

    def sync(self) -> None:
        self.qs.sync()

    def clear(self) -> None:
        self.qs.clear()
        self.qs.sync()


def stored_language() -> str:
    """The interface language chosen last time ("" if never chosen)."""
    return str(_qsettings().value(Key.LANGUAGE, "") or "")


def store_language(lang: str) -> None:
    qs = _qsettings()
    qs.setValue(Key.LANGUAGE, lang)
    qs.sync()
