"""Messages the engine shows to people, kept translatable without Qt.

The engine writes English. A message built with :func:`msg` is an ordinary ``str`` (the
English text, so the CLI, logs and tests need nothing special) that also remembers its
template and arguments; the GUI renders it again through Qt's translation system::

    raise ConfigError("bits", msg("{value} is out of range; expected {allowed}",
                                  value=12, allowed=describe_allowed("bits")))

``packaging/update_translations.py`` collects every literal template passed to ``msg()``
under the translation context ``"engine"``. Arguments that are messages themselves are
translated too; other arguments (numbers, file names, reasons from the operating system)
are shown as they are. Templates use ``str.format`` fields by name: ``{value!r}``,
``{step:,}``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "engine"


class Msg(str):
    """English text plus the template and arguments it was made from."""

    template: str
    args: dict[str, Any]

    def __new__(cls, template: str, **args: Any) -> Msg:
        self = super().__new__(cls, template.format(**args))
        self.template = template
        self.args = args
        return self

    def render(self, translate: Callable[[str], str]) -> str:
        """The message with its template (and any message arguments) passed through
        `translate`; the English text if a translated template does not fit the arguments."""
        args = {k: v.render(translate) if isinstance(v, Msg) else v for k, v in self.args.items()}
        try:
            return translate(self.template).format(**args)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**args)

    def __reduce__(self) -> tuple:  # stays a Msg through pickling and copying
        return (_rebuild, (self.template, self.args))


def _rebuild(template: str, args: dict[str, Any]) -> Msg:
    return Msg(template, **args)


def msg(template: str, **args: Any) -> Msg:
    """A translatable engine message; `template` must be a string literal."""
    return Msg(template, **args)


def render(text: object, translate: Callable[[str], str]) -> str:
    """`text` translated if it is (or, for an exception, carries) a :class:`Msg`."""
    if isinstance(text, BaseException):
        reason = getattr(text, "reason", None)
        if isinstance(reason, Msg):
            field = getattr(text, "field", "")
            return f"{field}: {reason.render(translate)}" if field else reason.render(translate)
        text = text.args[0] if len(text.args) == 1 else str(text)
    return text.render(translate) if isinstance(text, Msg) else str(text)
