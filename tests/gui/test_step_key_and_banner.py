"""'.' steps from an integer field without taking the decimal point from decimal fields;
the run-end banner goes away on Reset."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _click(qtbot, window, key: str) -> None:
    b = window.run_toolbar.widgetForAction(window.actions_by_name[key])
    assert b.isEnabled(), key
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def test_period_steps_while_the_hidden_units_field_has_focus(qtbot, window):
    spin = window.model_panel.editor("hidden").spin
    window.activateWindow()
    spin.setFocus()
    qtbot.keyClicks(spin, ".")
    qtbot.waitUntil(lambda: window.controller.step_count == 1, timeout=30000)
    assert window.controller.state == "paused"
    assert window.config.hidden == 16 and spin.lineEdit().text() == "16"


def test_typing_a_decimal_point_into_the_learning_rate_still_works(qtbot, window):
    spin = window.training_panel.editor("lr").spin
    window.activateWindow()
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "0.5")
    assert spin.lineEdit().text() == "0.5"
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.config.lr == 0.5
    qtbot.wait(200)
    assert window.controller.step_count == 0  # '.' was a decimal point, not Step


def test_finished_banner_clears_on_reset(qtbot, window):
    assert window.apply_field("steps", 3)
    _click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.state == "finished", timeout=30000)
    qtbot.waitUntil(lambda: "Finished" in window.banner.text(), timeout=30000)
    assert window.banner_bar.isVisible()
    _click(qtbot, window, "reset")
    qtbot.waitUntil(lambda: window.controller.state == "ready", timeout=30000)
    assert window.banner.text() == ""
    assert not window.banner_bar.isVisible()
