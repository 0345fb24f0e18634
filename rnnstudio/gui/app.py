"""`rnnstudio` with no arguments: the desktop app.

Hidden switches for tests and scripts (environment variables):
RNNSTUDIO_QUIT_AFTER_MS=N closes the window after N ms; RNNSTUDIO_AUTOTRAIN=1 presses
Train once the window is up; RNNSTUDIO_SETTINGS_DIR=path keeps settings in that folder;
RNNSTUDIO_TRAINING=thread trains in a thread of the window's process instead of a process
of its own (see gui/worker.py).
"""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .settings import APPLICATION, ORGANISATION, configure_storage

# BLAS threads are set once, by the package (rnnstudio/__init__.py), before NumPy loads.

USAGE = """usage: rnnstudio [EXPERIMENT.rnnstudio | train ...]

With no arguments, opens the RNN Studio window (with an experiment file: opens it).
'rnnstudio train --help' lists the options of headless training."""


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with RNN Studio's names and icon (reused if one exists)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "rnnstudio", *(argv or [])])
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName("RNN Studio")
    configure_storage()
    from .main_window import app_icon

    app.setWindowIcon(app_icon())
    return app


def settle_memory() -> None:
    """Once the window stands: move everything built so far out of the garbage
    collector's sight (`gc.freeze`). The window lives as long as the app, and its ~100,000
    objects made every full collection pause the event loop for ~30 ms, and the middle
    generation's ~10 ms, while training."""
    gc.collect()
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in argv):
        print(USAGE)
        return 0
    # A shorter GIL switch interval keeps the window responsive while the training
    # thread runs Python code (default 5 ms would show up as redraw lag).
    sys.setswitchinterval(0.001)
    app = make_app(argv)
    from . import i18n
    from .main_window import MainWindow

    i18n.install(i18n.saved_language())
    window = MainWindow()
    quit_after = os.environ.get("RNNSTUDIO_QUIT_AFTER_MS")
    window.workspace.confirm_close = not quit_after  # scripted runs never ask
    window.workspace.restore_view()
    window.show()
    files = [a for a in argv if not a.startswith("-")]
    if files:
        QTimer.singleShot(0, lambda: window.workspace.open(files[0]))
    if os.environ.get("RNNSTUDIO_AUTOTRAIN"):
        QTimer.singleShot(0, window.train)
    elif not files and not quit_after:  # the welcome window, unless the user turned it off
        QTimer.singleShot(0, window.welcome.at_start_up)
    if quit_after:
        QTimer.singleShot(int(quit_after), window.close)
    QTimer.singleShot(0, settle_memory)
    code = app.exec()
    return int(code)
