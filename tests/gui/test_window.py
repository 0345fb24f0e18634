"""The main window as a learner uses it: offscreen, driven through its buttons and fields."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from run_state import button, click, flat, network

from rnnstudio.engine.config import Config
from rnnstudio.gui.settings import default_preset

ROOT = Path(__file__).resolve().parents[2]



def loss_points(window) -> int:
    return len(window.loss_plot.loss_data()[0])


def updates_drawn(window) -> int:
    """Updates the loss curve has received (a long run's curve folds them into fewer
    points, so a fast machine may have more updates than points)."""
    return window.loss_plot.loss_buf.total


def settle(qtbot, window, ms=250):
    """Let messages already sent by the worker arrive."""
    qtbot.wait(ms)
    QApplication.processEvents()


# --------------------------------------------------------------------------- opening
def test_opens_ready_with_the_binary_adder(window):
    # Ends with the app's name, so window managers do not append it once more.
    assert window.windowTitle() == "Binary addition, Elman × 16 — RNN Studio"
    assert not window.windowIcon().isNull()
    cfg = window.config
    assert (cfg.task, cfg.cell, cfg.hidden) == ("addition", "elman", 16)
    assert window.controller.state == "ready"
    assert button(window, "train").isEnabled()
    assert not button(window, "stop").isEnabled()
    # The widgets show the config: the model panel's cell and hidden size.
    assert window.model_panel.value("cell") == "elman"
    assert window.model_panel.value("hidden") == 16
    assert "Elman" in window.model_panel.explanation.text()


def test_train_button_feeds_the_loss_curve_and_prediction(qtbot, window):
    click(qtbot, window, "train")
    assert window.controller.state == "running"
    qtbot.waitUntil(lambda: loss_points(window) >= 20, timeout=15000)
    x, y = window.loss_plot.loss_curve.getOriginalDataset()  # drawn: a few per pixel
    assert np.all(np.diff(x) > 0) and np.all(np.isfinite(y))
    # The bit grid shows the probe pair: a, b and the true sum add up, four rows of 8 bits.
    grid = window.prediction_view.bits
    qtbot.waitUntil(lambda: grid.values is not None, timeout=10000)
    a, b, true, _ = grid.values
    assert a + b == true
    assert grid.image.image.shape[:2] == (8, 4)
    qtbot.waitUntil(lambda: window.status_labels["step"].text().startswith("step "))
    assert "loss" in window.status_labels["loss"].text()


@pytest.mark.slow
def test_a_trained_adder_gets_the_probe_pair_right(qtbot, make_window):
    w = make_window(default_preset().replace(until_metric=1.0, steps=3000, eval_every=25))
    grid = w.prediction_view.bits
    qtbot.waitUntil(lambda: grid.values is not None, timeout=10000)
    click(qtbot, w, "train")
    # The goal pauses the run (Resume trains on past it).
    qtbot.waitUntil(lambda: w.controller.state == "paused", timeout=60000)
    assert w.controller.latest.latest.status == "goal"
    assert "Goal reached" in w.banner.text()
    assert button(w, "train").text() == "Resume"
    qtbot.waitUntil(lambda: grid.values is not None and grid.values[3] == grid.values[2],
                    timeout=10000)
    assert not grid.wrong.any()
    qtbot.waitUntil(lambda: "100.0%" in w.status_labels["metric"].text(), timeout=10000)


def test_space_trains_and_space_again_pauses(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state == "running"
    qtbot.waitUntil(lambda: window.controller.step_count > 0, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state == "paused"


def test_space_trains_even_from_a_spin_box(qtbot, window):
    spin = window.model_panel.editor("hidden").spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Space)
    assert window.controller.state == "running"
    assert window.config.hidden == 16


def test_docks_move_and_export(window):
    from PySide6.QtWidgets import QDockWidget

    for name, dock in window.docks.items():
        assert dock.features() & QDockWidget.DockWidgetFeature.DockWidgetMovable
        assert dock.features() & QDockWidget.DockWidgetFeature.DockWidgetFloatable
        texts = [a.text() for a in dock.title_bar.export_button.menu().actions()]
        assert texts == ["Export PNG…", "Export SVG…"], name
        assert dock.widget() is window.plots[name]


def test_dock_tabs_show_their_titles_whole(window):
    """Tab bars read '&' as a shortcut marker: a title with one would lose a letter."""
    from PySide6.QtWidgets import QDockWidget

    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 10
    for dock in docks:
        assert "&" not in dock.windowTitle().replace("&&", ""), dock.windowTitle()


def test_pause_stops_updates(qtbot, window):
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: loss_points(window) >= 5, timeout=10000)
    click(qtbot, window, "pause")
    assert window.controller.state == "paused"
    # The pause is taken at the next update boundary: an update already under way may
    # still finish. Then every update reaches the curve, and nothing more comes.
    qtbot.wait(300)
    qtbot.waitUntil(lambda: updates_drawn(window) == window.controller.step_count,
                    timeout=10000)
    step = window.controller.step_count
    qtbot.wait(400)
    assert window.controller.step_count == step
    assert updates_drawn(window) == step
    assert button(window, "pause").text() == "Resume"
    click(qtbot, window, "pause")  # Resume
    qtbot.waitUntil(lambda: window.controller.step_count > step, timeout=10000)


def test_step_performs_exactly_one_update(qtbot, window):
    c = window.controller
    click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 1, timeout=10000)
    qtbot.waitUntil(lambda: loss_points(window) == 1, timeout=10000)
    for expected in (2, 3):
        click(qtbot, window, "step")
        qtbot.waitUntil(lambda e=expected: loss_points(window) == e, timeout=10000)
    settle(qtbot, window, 400)
    assert c.step_count == 3 and loss_points(window) == 3
    assert network(qtbot, c).step == 3
    assert window.controller.state == "paused"


def test_reset_restores_the_seeded_start_weights(qtbot, window):
    start = flat(qtbot, window.controller)
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.step_count >= 30, timeout=15000)
    assert not np.array_equal(flat(qtbot, window.controller), start)
    click(qtbot, window, "reset")
    assert window.controller.state == "ready"
    assert np.array_equal(flat(qtbot, window.controller), start)
    settle(qtbot, window)
    assert loss_points(window) == 0  # the curves start over
    # A different seed gives different start weights.
    click(qtbot, window, "randomise")
    assert window.config.seed != 0
    assert not np.array_equal(flat(qtbot, window.controller), start)


def test_stop_then_close_leaves_no_running_thread(qtbot, window):
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.step_count > 5, timeout=10000)
    click(qtbot, window, "stop")
    assert window.controller.state == "finished"
    settle(qtbot, window)
    step = window.controller.step_count
    qtbot.wait(200)
    assert window.controller.step_count == step
    window.close()
    assert not window.controller.alive
    assert not [t for t in threading.enumerate() if t.name == "rnnstudio-training"]
    assert not [p for p in multiprocessing.active_children() if p.name == "rnnstudio-training"]


def test_closing_mid_training_joins_the_worker(qtbot, window):
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.step_count > 5, timeout=10000)
    assert window.controller.alive
    window.close()
    assert not window.controller.alive


# ------------------------------------------------------------------------- settings
def test_invalid_values_are_refused_with_a_message(qtbot, window):
    before = window.config
    assert window.apply_field("hidden", 0) is False
    assert window.config == before
    text = window.banner.text()
    assert "Hidden units" in text and "1 to 1024" in text

    # The target word only accepts lower-case letters: typing others does nothing...
    window.apply_field("task", "detection")
    word = window.task_panel.editor("word").edit
    assert not window.task_panel.form.isRowVisible(window.task_panel.rows["bits"])
    assert window.task_panel.form.isRowVisible(word)
    word.setFocus()
    word.selectAll()
    qtbot.keyClicks(word, "AB1")
    assert word.text() == "udacity"
    assert "lower-case" in window.banner.text()
    # ...and an empty word is refused when committed, naming the field.
    word.clear()
    word.editingFinished.emit()
    assert window.config.word == "udacity"
    assert "Target word" in window.banner.text()
    assert word.text() == "udacity"  # the widget shows the config again

    # Spin boxes cannot go past their range.
    spin = window.model_panel.editor("hidden").spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5000")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert 1 <= window.config.hidden <= 1024


@pytest.mark.parametrize(("panel", "name", "typed"), [
    ("model", "hidden", "4096"), ("task", "seq_len", "100000"), ("model", "hidden", "0"),
    ("training", "lr", "50"), ("task", "bits", "99")])
def test_a_typed_number_out_of_range_is_kept_whole_named_and_not_applied(
        qtbot, window, panel, name, typed):
    if name == "seq_len":
        assert window.apply_field("task", "charlm")
    ed = {"model": window.model_panel, "task": window.task_panel,
          "training": window.training_panel}[panel].editor(name)
    spin, before = ed.spin, getattr(window.config, name)
    lo, hi = spin.minimum(), spin.maximum()
    assert not lo <= float(typed) <= hi
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    assert spin.lineEdit().text().replace(",", "") == typed  # never cut digit by digit
    assert ed.hint.isVisible() and typed in ed.hint.text().replace(",", "")
    allowed = f"from {lo:g} to {hi:g}"
    assert allowed in ed.hint.text()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert getattr(window.config, name) == before  # nothing applied...
    assert ed.hint.isVisible() and "kept" in ed.hint.text() and allowed in ed.hint.text()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")  # ...and an allowed number clears the hint
    assert not ed.hint.isVisible()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert getattr(window.config, name) == 2


def test_fields_follow_the_task_and_cell(window):
    model, task = window.model_panel, window.task_panel
    assert model.form.isRowVisible(model.rows["activation"])
    assert not model.form.isRowVisible(model.rows["forget_bias"])
    assert window.apply_field("cell", "lstm")
    assert not model.form.isRowVisible(model.rows["activation"])
    assert model.form.isRowVisible(model.rows["forget_bias"])
    assert model.diagram.cell == "lstm"
    assert "LSTM" in model.explanation.text()
    assert task.form.isRowVisible(task.rows["bits"])
    # Every field has a tooltip that explains it and states what it allows.
    for form in window.forms:
        for ed in form.editors.values():
            assert ed.spec.help.split(".")[0] in ed.widget.toolTip()
            assert "Allowed:" in ed.widget.toolTip()


def test_learning_rate_changes_mid_run(qtbot, window):
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.step_count > 5, timeout=10000)
    c = window.controller
    run = c.run_id
    lr = window.training_panel.editor("lr").spin
    lr.setValue(0.002)
    qtbot.waitUntil(lambda: abs(c.latest.latest.lr - 0.002) < 1e-12, timeout=10000)
    # Same run, still training: the network was not re-initialised.
    assert c.run_id == run and c.latest.latest.step > 5
    assert window.controller.state == "running"
    assert window.config.lr == pytest.approx(0.002)


def test_live_settings_change_the_running_network_and_say_so(qtbot, window):
    click(qtbot, window, "train")
    c = window.controller
    qtbot.waitUntil(lambda: c.step_count > 5, timeout=10000)
    run = c.run_id
    edits = [("training", "clip_mode", "value", "Clipping Each value from the next update"),
             ("training", "truncate", 3, "Truncate BPTT 3 from the next update"),
             ("training", "optimizer", "momentum", "fresh optimizer state"),
             ("training", "eval_every", 7, "Evaluate every 7 from the next update"),
             ("training", "dtype", "float64", "moments are converted")]
    for _panel, name, value, said in edits:
        step = c.step_count
        assert window.apply_field(name, value)
        assert c.run_id == run and getattr(window.config, name) == value
        assert said in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda s=step: c.step_count > s + 3, timeout=10000)  # trains on
    assert c.state == "running"
    click(qtbot, window, "pause")
    qtbot.waitUntil(lambda: c.state == "paused", timeout=10000)
    tr = network(qtbot, c)  # the worker's network took every setting
    assert (tr.config.clip_mode, tr.config.truncate, tr.config.eval_every) == ("value", 3, 7)
    assert tr.config.optimizer == "momentum" and tr.step == c.step_count > 10
    assert tr.config.dtype == "float64" and tr.net.dtype == np.float64

    # a budget already spent ends the run where it is, the network kept
    assert window.apply_field("steps", 5)
    assert "Update budget 5" in window.statusBar().currentMessage() and c.run_id == run
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: c.state == "finished", timeout=10000)
    assert c.run_id == run and c.step_count > 10


def test_after_a_divergence_or_on_loading_a_set_up_the_network_starts_fresh(qtbot, window):
    from rnnstudio.engine.challenges import load_challenges

    c = window.controller
    broken = {ch.id: ch for ch in load_challenges()}["fail_explode"].config
    assert window.set_config(broken, fresh=True)
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: c.state == "diverged", timeout=30000)
    run = c.run_id
    assert window.apply_field("clip_mode", "norm")  # live, but the diverged net is no use
    assert c.run_id != run and c.state == "ready" and c.step_count == 0
    assert "fresh network" in window.statusBar().currentMessage()

    for _ in range(3):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 3, timeout=10000)
    run = c.run_id
    same_but_lr = window.config.replace(lr=window.config.lr / 2)  # a set-up, not an edit
    assert window.set_config(same_but_lr, fresh=True)
    assert c.run_id != run and c.step_count == 0
    run = c.run_id
    assert window.set_config(same_but_lr, fresh=True)  # nothing trained yet: kept
    assert c.run_id == run


def test_undo_takes_back_a_live_change_and_brings_back_a_trained_network(qtbot, window):
    c = window.controller
    assert not window.undo.action.isEnabled()
    for _ in range(6):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 6, timeout=10000)
    trained = flat(qtbot, c)
    run = c.run_id

    assert window.apply_field("lr", 0.02)  # live: same run
    assert window.undo.action.text() == "Undo Learning rate"
    window.undo.action.trigger()
    assert window.config.lr == default_preset().lr and c.run_id == run
    assert window.training_panel.editor("lr").spin.value() == pytest.approx(window.config.lr)

    window.model_panel.editor("hidden").spin.setValue(8)  # a new network...
    assert c.step_count == 0 and window.config.hidden == 8
    qtbot.waitUntil(lambda: window.workspace.parked.can_reopen(window.undo.pending["run"]),
                    timeout=10000)
    assert window.undo.action.isEnabled() and "Hidden units" in window.undo.action.text()
    # ...and Ctrl+Z (the window's shortcut) brings the trained one back, exactly
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.step_count == 6, timeout=10000)
    assert window.config.hidden == default_preset().hidden
    assert window.model_panel.editor("hidden").spin.value() == window.config.hidden
    np.testing.assert_array_equal(flat(qtbot, c), trained)
    assert "Back to the trained network (6 updates)" in window.statusBar().currentMessage()
    assert not window.undo.action.isEnabled()  # one level


def test_a_replaced_run_reopens_from_the_runs_list_with_its_curves(qtbot, window):
    c, runs = window.controller, window.workspace.runs
    for _ in range(6):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 6, timeout=10000)
    first, trained = c.run_id, flat(qtbot, c)
    window.model_panel.editor("hidden").spin.setValue(8)
    qtbot.waitUntil(lambda: window.workspace.parked.can_reopen(first), timeout=10000)
    for _ in range(3):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 3, timeout=10000)
    second = c.run_id
    window.workspace.runs_dock.show()
    runs.select_run(second)
    assert not runs.reopen_button.isEnabled()  # the window's own run
    runs.select_run(first)
    assert runs.reopen_button.isEnabled()
    assert "can reopen" in runs.table.item(0, len(runs.rows()[0])).text()
    qtbot.mouseClick(runs.reopen_button, Qt.MouseButton.LeftButton)
    assert c.step_count == 6 and window.config.hidden == default_preset().hidden
    np.testing.assert_array_equal(flat(qtbot, c), trained)
    assert list(window.loss_plot.loss_curve.getOriginalDataset()[0]) == [1, 2, 3, 4, 5, 6]
    assert len(runs.rows()) == 2 and [r["updates"] for r in runs.rows()] == [6, 3]
    assert "Run 1 reopened at update 6" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.workspace.parked.can_reopen(second), timeout=10000)
    click(qtbot, window, "step")  # the reopened run trains on
    qtbot.waitUntil(lambda: c.step_count == 7, timeout=10000)


def test_an_edit_that_would_replace_a_trained_network_asks_first(qtbot, window, monkeypatch,
                                                                 rebuild_questions):
    asked = rebuild_questions.asked
    from rnnstudio.gui import main_window

    c = window.controller
    window.model_panel.editor("hidden").spin.setValue(8)  # nothing trained: no question
    assert asked == [] and window.config.hidden == 8
    for _ in range(4):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 4, timeout=10000)
    run = c.run_id
    monkeypatch.setattr(main_window, "confirm_rebuild", lambda *_: (False, True))
    window.model_panel.editor("hidden").spin.setValue(12)  # Cancel: all kept
    assert window.config.hidden == 8 and c.run_id == run and c.step_count == 4
    assert window.model_panel.editor("hidden").spin.value() == 8
    assert "Kept the trained network" in window.statusBar().currentMessage()
    assert window.apply_field("lr", 0.02) and c.run_id == run  # live: never asks

    def rebuild_once_then_stop_asking(*_):
        asked.append("asked")
        return True, False

    monkeypatch.setattr(main_window, "confirm_rebuild", rebuild_once_then_stop_asking)
    window.model_panel.editor("hidden").spin.setValue(12)
    assert window.config.hidden == 12 and c.run_id != run and asked == ["asked"]
    for _ in range(2):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 2, timeout=10000)
    window.model_panel.editor("hidden").spin.setValue(16)  # "Ask every time" was unticked
    assert window.config.hidden == 16 and asked == ["asked"]


def test_the_rebuild_question_names_the_setting_and_its_buttons_answer(
        qtbot, window, rebuild_questions):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}

    def press(which):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        seen["buttons"] = sorted(buttons)
        if which == "untick":
            box.checkBox().setChecked(False)
            which = "Rebuild"
        buttons[which].click()

    ask = rebuild_questions.real
    QTimer.singleShot(0, lambda: press("Rebuild"))
    assert ask(window, "hidden") == (True, True)
    assert "Changing Hidden units builds a new network" in seen["text"]
    assert "Runs list" in seen["text"] and seen["buttons"] == ["Cancel", "Rebuild"]
    QTimer.singleShot(0, lambda: press("Cancel"))
    assert ask(window, "cell") == (False, True)
    QTimer.singleShot(0, lambda: press("untick"))
    assert ask(window, "cell") == (True, False)


def test_other_edits_load_a_fresh_network(qtbot, window):
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: window.controller.step_count > 5, timeout=10000)
    window.model_panel.editor("hidden").spin.setValue(8)
    assert window.config.hidden == 8
    assert window.controller.state == "ready"
    assert window.controller.step_count == 0
    assert network(qtbot, window.controller).net.n_h == 8


def test_divergence_pauses_with_a_message_and_reset_recovers(qtbot, make_window):
    wild = default_preset().replace(activation="relu", init="uniform", recurrent_scale=20.0,
                                    optimizer="sgd", lr=10.0, clip_mode="none", bits=32,
                                    hidden=64)
    w = make_window(wild)
    start = flat(qtbot, w.controller)
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: w.controller.state == "diverged", timeout=15000)
    assert w.banner_bar.isVisible()  # the message is on screen, not just set
    assert "diverged" in w.banner.text().lower()
    assert "learning rate" in w.banner.text().lower()
    assert button(w, "train").isEnabled() and not button(w, "stop").isEnabled()
    assert np.isfinite(flat(qtbot, w.controller)).all()  # last finite weights kept
    click(qtbot, w, "reset")
    assert w.controller.state == "ready"
    assert np.array_equal(flat(qtbot, w.controller), start)


def test_last_config_and_layout_come_back(qtbot, make_window):
    w = make_window(restore=True)
    assert w.apply_field("hidden", 12)
    assert w.apply_field("lr", 0.005)
    w.docks["inside"].close()
    w.close()
    again = make_window(restore=True)
    assert again.config.hidden == 12 and again.config.lr == pytest.approx(0.005)
    assert again.docks["inside"].isHidden()


def test_saved_config_from_another_version_falls_back_to_the_preset(make_window,
                                                                     isolated_settings):
    from rnnstudio.gui.settings import Settings

    s = Settings()
    s.qs.setValue("config", '{"version": 99, "hidden": 5}')
    s.sync()
    w = make_window(restore=True)
    assert w.config == default_preset()
    assert "default preset" in w.banner.text()


def test_export_panels_to_png_and_svg(window, tmp_path):
    for name in window.plots:
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        assert window.export_panel(name, str(png)), window.banner.text()
        assert window.export_panel(name, str(svg)), window.banner.text()
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in svg.read_text(encoding="utf-8")[:2000]
    assert not window.export_panel("loss", str(tmp_path / "plot.bmp"))
    assert "png" in window.banner.text().lower()


def test_open_settings_file_with_a_bad_value_is_refused(window, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"hidden": 99999}', encoding="utf-8")
    assert not window.load_config_file(str(bad))
    assert "hidden" in window.banner.text().lower() and "1024" in window.banner.text()
    good = tmp_path / "good.json"
    Config().replace(hidden=7).save(good)
    assert window.load_config_file(str(good))
    assert window.config.hidden == 7


# ---------------------------------------------------------------------- entry point
def test_console_entry_point_opens_trains_and_exits_cleanly(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RNNSTUDIO_QUIT_AFTER_MS="2500",
               RNNSTUDIO_AUTOTRAIN="1", RNNSTUDIO_SETTINGS_DIR=str(tmp_path))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([sys.executable, "-m", "rnnstudio"], env=env, cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "QThread: Destroyed" not in proc.stderr
    # It remembered the session.
    assert list(tmp_path.rglob("*.ini"))
