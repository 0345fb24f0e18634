"""Recommended settings on a task or cell switch, and the warning for settings likely to
fail, as a learner meets them in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from rnnstudio.engine.presets import recommended
from rnnstudio.gui.settings import Settings, default_preset


def choose(qtbot, window, name, value):
    """Pick `value` in the combo box of setting `name` with the mouse."""
    form = next(f for f in window.forms if name in f.editors)
    combo = form.editor(name).combo
    combo.showPopup()
    view = combo.view()
    index = view.model().index(combo.findData(value), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    QApplication.processEvents()
    assert getattr(window.config, name) == value


def lr_field(window):
    return window.training_panel.editor("lr").spin


def steps_field(window):
    return window.training_panel.editor("steps").spin


@pytest.fixture
def lstm_window(make_window):
    return make_window(default_preset().replace(cell="lstm"))  # lr 0.05, tuned on the adder


def test_choosing_delayed_recall_with_lstm_applies_and_names_the_recommendation(
        qtbot, lstm_window):
    w = lstm_window
    assert w.config.lr == 0.05
    choose(qtbot, w, "task", "recall")
    want = recommended("recall", "lstm")
    assert lr_field(w).value() == pytest.approx(0.01) == want["lr"]
    assert steps_field(w).value() == want["steps"] and w.config.delay == want["delay"]
    note = w.banner.text()
    assert note.startswith("Delayed recall with LSTM: ") and note.endswith("(recommended)")
    assert "Learning rate 0.01" in note and f"Update budget {want['steps']:,}" in note
    assert "Hidden units" not in note  # only what changed is named
    assert w.presets.keep_button.isVisible()
    assert "gated cell" in w.banner.label.toolTip()  # why, on hover
    w.banner.grab().save("/tmp/presets-note.png")


def test_keep_my_settings_puts_the_previous_values_back(qtbot, lstm_window):
    w = lstm_window
    before = w.config
    choose(qtbot, w, "task", "recall")
    qtbot.mouseClick(w.presets.keep_button, Qt.MouseButton.LeftButton)
    assert w.config.task == "recall"  # the switch stays...
    assert w.config == before.replace(task="recall")  # ...with every other value as it was
    assert lr_field(w).value() == pytest.approx(0.05)
    assert w.banner.text().startswith("Kept your settings: ")
    assert not w.presets.keep_button.isVisible()


def test_with_the_toggle_off_a_switch_changes_nothing_else_and_the_choice_is_stored(
        qtbot, lstm_window):
    w = lstm_window
    edit_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Edit")
    toggle = next(a for a in edit_menu.actions()
                  if a.text() == "Apply recommended settings on task switch")
    assert toggle.isCheckable() and toggle.isChecked()
    toggle.trigger()
    assert not Settings().apply_presets()  # remembered for the next start
    before = w.config
    choose(qtbot, w, "task", "recall")
    assert w.config == before.replace(task="recall")
    assert lr_field(w).value() == pytest.approx(0.05)
    assert not w.presets.keep_button.isVisible()


def test_ctrl_z_takes_back_the_whole_switch_in_one_step(qtbot, lstm_window):
    w = lstm_window
    before = w.config
    choose(qtbot, w, "task", "recall")
    assert w.config.lr == 0.01
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=30000)  # the choice's popup has closed
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.config == before
    assert lr_field(w).value() == pytest.approx(0.05)
    assert w.task_panel.editor("task").combo.currentData() == "addition"
    assert not w.undo.action.isEnabled()


def test_a_cell_switch_applies_the_cells_recommendation(qtbot, lstm_window):
    w = lstm_window
    choose(qtbot, w, "task", "recall")
    choose(qtbot, w, "cell", "elman")  # an Elman network cannot hold 20 noisy steps
    assert w.config.delay == recommended("recall", "elman")["delay"] == 8
    assert w.banner.text().startswith("Delayed recall with Elman: ")
    assert "Delay k 8" in w.banner.text()


def test_own_edits_stay_until_the_next_switch(qtbot, lstm_window):
    w = lstm_window
    choose(qtbot, w, "task", "recall")
    assert w.apply_field("lr", 0.003)
    assert w.apply_field("hidden", 24)
    assert (w.config.lr, w.config.hidden) == (0.003, 24)  # nothing puts them back


def warning(window):
    label = window.presets.label
    return label.text() if label.isVisible() else ""


def test_an_elman_recall_set_up_over_20_steps_warns_and_fixing_it_clears_the_warning(
        qtbot, make_window):
    w = make_window(default_preset().replace(task="recall", delay=20, steps=10_000_000))
    assert "Likely to fail:" in warning(w) and "no gates" in warning(w)
    w.settings_dock.widget().grab().save("/tmp/presets-warning.png")
    # Train still starts, and the banner repeats the reasons
    qtbot.mouseClick(w.run_toolbar.widgetForAction(w.actions_by_name["train"]),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.controller.state == "running", timeout=30000)
    qtbot.waitUntil(lambda: "likely to fail" in w.banner.text(), timeout=30000)
    assert w.banner.level == "warning" and "no gates" in w.banner.text()
    w.stop()
    spin = w.task_panel.editor("delay").spin
    spin.setValue(8)  # a gap the Elman network can bridge
    assert w.config.delay == 8
    assert warning(w) == ""


def test_a_large_adam_learning_rate_warns(qtbot, window):
    assert warning(window) == ""
    lr_field(window).setValue(0.8)
    assert "too large for Adam" in warning(window)
    lr_field(window).setValue(0.05)
    assert warning(window) == ""
