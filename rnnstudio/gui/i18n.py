"""The interface language: English (the source strings) or Simplified Chinese.

Translations use Qt's system: the GUI wraps its strings in ``self.tr()`` or
``QCoreApplication.translate(context, text)``; ``packaging/update_translations.py``
collects them (plus every setting's label, help text and choice name from the engine's
specs, context "settings") into ``resources/translations/rnnstudio_zh_CN.ts`` and
compiles ``rnnstudio_zh_CN.qm``, which :func:`install` loads. Qt's own translations
(standard dialog buttons) are loaded too when the Qt installation has them.

The choice is stored in QSettings (`settings.Key.LANGUAGE`); by default the system locale
decides. Installing a translator makes Qt send QEvent.LanguageChange to every widget: each
one that shows translated text sets it in its ``retranslate()`` (:class:`Retranslatable`),
so a switch retranslates the window in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..engine.text import CONTEXT as ENGINE_CONTEXT
from ..engine.text import render
from .settings import store_language, stored_language

LANGUAGES = {"en": "English", "zh_CN": "简体中文 (Simplified Chinese)"}
DEFAULT = "en"

_installed: list[QTranslator] = []
_current = DEFAULT
_switches = 0  # language changes so far (a widget retranslates once per change)


def qm_path(lang: str):
    """The compiled translation of `lang` in the resources folder (may not exist)."""
    from ..resources import resource_path

    return resource_path("translations", f"rnnstudio_{lang}.qm")


def system_language(name: str | None = None) -> str:
    """The language of LANGUAGES closest to the system locale (or `name`, e.g. "zh_TW"):
    the same code, else the same language ("zh_TW" -> "zh_CN"), else English."""
    name = name or QLocale.system().name()
    if name in LANGUAGES:
        return name
    same = [lang for lang in LANGUAGES if lang.split("_")[0] == name.split("_")[0]]
    return same[0] if same else DEFAULT


def saved_language() -> str:
    """The stored preference, else the system's language."""
    value = stored_language()
    return value if value in LANGUAGES else system_language()


def save_language(lang: str) -> None:
    store_language(lang)


def current() -> str:
    return _current


def install(lang: str) -> bool:
    """Make `lang` the interface language from now on (widgets built afterwards, and
    those that retranslate on QEvent.LanguageChange). Returns False (and stays in
    English) if its translation file is missing or unreadable."""
    global _current, _switches
    app = QCoreApplication.instance()
    if app is None:
        return False
    _switches += 1
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = DEFAULT
    if lang not in LANGUAGES or lang == DEFAULT:
        return lang == DEFAULT
    ours = QTranslator(app)
    try:
        path = qm_path(lang)
    except FileNotFoundError:
        return False
    if not path.exists() or not ours.load(str(path)):
        return False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = lang
    return True


def apply_now() -> None:
    """Deliver the LanguageChange events an :func:`install` posted, now: every widget
    has retranslated itself when this returns."""
    for _ in range(3):  # the application's event, then the windows', then their children's
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


class Retranslatable:
    """Mixin for a widget (listed before the Qt class) whose texts are set by its
    ``retranslate()``: called from its __init__ and again on QEvent.LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)  # type: ignore[misc]
        # once per change: a floating dock gets the event as a window and as a child
        if event.type() == QEvent.Type.LanguageChange and \
                getattr(self, "_retranslated", None) != _switches:
            self._retranslated = _switches
            self.retranslate()

    def retranslate(self) -> None:
        raise NotImplementedError


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def setting_text(text: str) -> str:
    """A setting's label, help text or choice name in the interface language."""
    return QCoreApplication.translate("settings", text) if text else text


def engine_text(text: object) -> str:
    """An engine message (a ``text.Msg``, or an exception carrying one) in the interface
    language; other texts as they are."""
    return render(text, lambda s: QCoreApplication.translate(ENGINE_CONTEXT, s))
