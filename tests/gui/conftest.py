"""GUI tests run offscreen, with settings kept in a per-test temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Never read or write the user's real RNN Studio settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("RNNSTUDIO_SETTINGS_DIR", str(folder))
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def gone_after_the_test(qapp):
    """Widgets closed by a test are really deleted before the next one starts, so that
    app-wide changes (fonts, themes) never reach another test's leftovers. The app
    collects garbage on a GUI-thread timer; tests collect at once."""
    yield
    import gc

    # Leftover widgets are deleted by Qt first, while their Python side is intact. Left
    # to the cyclic collector, a widget's attributes can be cleared before Qt destroys
    # it, and a last resize event (an app-wide font change makes one) then reaches a
    # pyqtgraph view without its attributes, failing whichever test runs then. So every
    # top-level widget that is ours, pyqtgraph's, or holds a plot goes, and so does any
    # plot view still alive outside a window.
    import pyqtgraph as pg
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    def ours(widget) -> bool:
        return not type(widget).__module__.startswith("PySide6")

    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None and (ours(widget) or widget.findChildren(pg.GraphicsView)):
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for obj in shiboken6.getAllValidWrappers():
        if isinstance(obj, pg.GraphicsView):
            obj.hide()
            obj.deleteLater()
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


@pytest.fixture(autouse=True)
def rebuild_questions(monkeypatch):
    """"Changing X builds a new network: Rebuild / Cancel?" is modal; tests answer it
    Rebuild and list what was asked (``.asked``), unless they replace the answer; the
    real dialog stays reachable as ``.real``."""
    from types import SimpleNamespace

    from rnnstudio.gui import main_window

    questions = SimpleNamespace(asked=[], real=main_window.confirm_rebuild)

    def answer(_parent, name):
        questions.asked.append(name)
        return True, True

    monkeypatch.setattr(main_window, "confirm_rebuild", answer)
    return questions


@pytest.fixture
def make_window(qtbot):
    """Build MainWindows (closed, and their training ended, after the test)."""
    from rnnstudio.gui.main_window import MainWindow

    made = []

    def make(config=None, restore=False):
        w = MainWindow(config, restore=restore)
        made.append(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    yield make
    for w in made:
        w.close()
        assert not w.controller.alive
        w.deleteLater()


# A budget no test can finish (the largest the settings allow): a test that acts while
# training runs (Pause, Stop, a new learning rate, saving) must not depend on how fast
# this machine trains.
ENDLESS = 10_000_000


@pytest.fixture
def window(make_window):
    """The window as a user first sees it (the default preset, ready to train), with a
    budget that cannot end during a test."""
    from rnnstudio.gui.settings import default_preset

    w = make_window(default_preset().replace(steps=ENDLESS))
    return w


@pytest.fixture
def check_view(qtbot):
    """A gradient-check view on screen (its check thread joined after the test)."""
    from rnnstudio.gui.teach.gradcheck_view import GradCheckView

    view = GradCheckView()
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    yield view
    view.shutdown()
