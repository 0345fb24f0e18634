"""The run as tests read it, and the toolbar buttons they press.

The GUI holds no live network, so a test asks the worker.

`network(qtbot, controller)` is a private Trainer rebuilt from a checkpoint of the
current run: the one the worker confirmed its idle state with, or (while training) one
captured between two updates.
"""

from __future__ import annotations

TAG = "test-network"


def checkpoint(qtbot, c, timeout: int = 10000):
    if c.state == "running":
        got = []
        c.captured.connect(lambda tag, cp: tag == TAG and got.append(cp))
        assert c.request_capture(TAG)
        qtbot.waitUntil(lambda: bool(got), timeout=timeout)
        return got[0]
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=timeout)
    return c.checkpoint


def network(qtbot, c, timeout: int = 10000):
    return checkpoint(qtbot, c, timeout).trainer()


def flat(qtbot, c, timeout: int = 10000):
    """All weights as one vector (the network's own parameter layout)."""
    return network(qtbot, c, timeout).net.flat.copy()


def button(window, key):
    """The run toolbar's button for action `key` ("train", "step", ...)."""
    return window.run_toolbar.widgetForAction(window.actions_by_name[key])


def click(qtbot, window, key):
    """Press a run toolbar button as a person would (it must be enabled)."""
    from PySide6.QtCore import Qt

    b = button(window, key)
    assert b.isEnabled(), f"{key} button is disabled"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
