"""PyInstaller runtime hook: stand in for PySide6.QtOpenGL, which the bundle leaves out.

pyqtgraph (0.14) imports PySide6.QtOpenGL when it loads, but only touches it when
OpenGL drawing is switched on (`useOpenGL`), which RNN Studio never does. Leaving the
8.5 MB module out keeps the bundle under 150 MB. Should anything use it, the error
says what is missing instead of crashing. Delete this hook and "QtOpenGL" from
QT_EXCLUDES in rnnstudio.spec to bundle the real module.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name: str):
        raise AttributeError(f"PySide6.QtOpenGL.{name}: Qt's OpenGL bindings are not part "
                             f"of the RNN Studio bundle")


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL"))
