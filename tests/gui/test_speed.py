"""Watching training happen: the speed control, Run N updates, the pause at the goal and
the one Train / Pause / Resume button (issue 12 items 2 and 8).

Never timing-dependent: a slow pace is checked with an upper bound on the updates done
(a slower machine does fewer), everything else by waiting for a state.
"""

from __future__ import annotations

import re

import pytest
from conftest import ENDLESS
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from run_state import button, click, network

from rnnstudio.gui import i18n
from rnnstudio.gui.main_window import FULL_SPEED, SPEEDS
from rnnstudio.gui.messages import RunUpdates, Speed
from rnnstudio.gui.settings import default_preset
from rnnstudio.gui.worker import RunLoop

HAN = re.compile(r"[\u4e00-\u9fff]")



def choose_speed(qtbot, window, ups: int) -> None:
    """Pick a speed from the toolbar's list with the keyboard, as a person would."""
    combo = window.speed_combo
    combo.setFocus()
    key = Qt.Key.Key_Down if SPEEDS.index(ups) > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentData() != ups:
        qtbot.keyClick(combo, key)


def toolbar_texts(window) -> list[str]:
    return [b.text() for b in window.run_toolbar.findChildren(type(button(window, "train")))]


# ------------------------------------------------------------------ the speed control
def test_the_speed_list_offers_slow_motion_and_full_speed(window):
    combo = window.speed_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "1 update/s", "5 updates/s", "20 updates/s", "100 updates/s", "Full speed"]
    assert combo.currentText() == "Full speed"  # the default
    assert "updates per second" in combo.toolTip()
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "speed_menu")
    assert [a.text() for a in menu.actions()] == [combo.itemText(i) for i in range(5)]
    assert [a.isChecked() for a in menu.actions()] == [False] * 4 + [True]


def test_one_update_a_second_then_full_speed_finishes(qtbot, make_window):
    w = make_window(default_preset().replace(steps=200))
    c = w.controller
    choose_speed(qtbot, w, 1)
    assert c.speed == 1
    sizes = []
    c.progress.connect(lambda p: sizes.append(len(p.steps)))
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: c.step_count >= 1, timeout=30000)
    qtbot.wait(400)
    assert c.step_count <= 2  # at most the next update: a second apart
    assert max(sizes) <= 1  # every update reported on its own (the plots animate)
    qtbot.waitUntil(lambda: w.loss_plot.loss_buf.total == c.step_count, timeout=30000)
    # Full speed at once, mid-wait: the small budget finishes.
    choose_speed(qtbot, w, FULL_SPEED)
    assert c.speed is None
    qtbot.waitUntil(lambda: c.state == "finished", timeout=30000)
    assert c.step_count == 200


def test_pause_at_slow_speed_is_immediate_and_nothing_more_comes(qtbot, window):
    c = window.controller
    choose_speed(qtbot, window, 1)
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: c.step_count >= 1, timeout=30000)
    click(qtbot, window, "train")  # the same button now pauses
    assert c.state == "paused"
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=30000)  # the worker confirms
    step = c.step_count
    assert step <= 2
    qtbot.wait(1200)  # longer than one paced update
    assert c.step_count == step
    assert network(qtbot, c).step == step


def test_slow_speed_waits_on_commands_so_they_end_the_wait_at_once():
    """The loop paces by waiting for the next command with a timeout: Pause, Stop or
    quit end a slow update's wait as soon as they arrive."""
    from rnnstudio.engine.config import Config
    from rnnstudio.gui.messages import Load

    sent = [(1, Speed(5.0)), (2, Load(1, config=Config(hidden=4, bits=4, batch=4,
                                                        steps=ENDLESS))),
            (3, "train")]
    waits: list[float | None] = []

    def get(timeout):
        waits.append(timeout)
        if sent:
            return sent.pop(0)
        if len(waits) > 8:
            return (4, "quit")
        return None  # nothing came within the timeout

    RunLoop(lambda m: None).serve(get)
    paced = [t for t in waits[3:] if t]
    assert paced and all(0 < t <= 0.2 for t in paced)  # 5/s: up to 0.2 s, on the channel


def test_the_speed_is_remembered_in_a_new_window(qtbot, make_window):
    w = make_window()
    choose_speed(qtbot, w, 5)
    w.close()
    again = make_window()
    assert again.speed_combo.currentText() == "5 updates/s"
    assert again.controller.speed == 5
    assert again.config.steps  # a view setting: the Config has no speed
    assert "speed" not in again.config.to_json()


# ---------------------------------------------------------------------- Run N updates
def test_run_7_updates_ends_paused_at_exactly_seven_more(qtbot, window):
    c = window.controller
    click(qtbot, window, "step")
    qtbot.waitUntil(lambda: c.step_count == 1 and c.checkpoint is not None, timeout=30000)
    start = c.step_count
    spin = window.run_n_spin
    assert spin.value() == 100  # the default
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    assert window.actions_by_name["run_n"].text() == "Run 7 updates"
    click(qtbot, window, "run_n")
    qtbot.waitUntil(lambda: c.state == "paused" and c.checkpoint is not None, timeout=30000)
    assert c.step_count == start + 7
    assert network(qtbot, c).step == start + 7
    qtbot.waitUntil(lambda: window.loss_plot.loss_buf.total == start + 7, timeout=10000)
    assert button(window, "train").text() == "Resume"
    click(qtbot, window, "train")  # Resume carries on
    qtbot.waitUntil(lambda: c.step_count > start + 7, timeout=30000)


def test_pause_ends_a_slow_run_of_n_early(qtbot, window):
    c = window.controller
    choose_speed(qtbot, window, 1)
    click(qtbot, window, "run_n")  # 100 updates at 1 a second
    assert c.state == "running" and button(window, "train").text() == "Pause"
    qtbot.waitUntil(lambda: c.step_count >= 1, timeout=30000)
    click(qtbot, window, "train")
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=30000)
    step = c.step_count
    assert c.state == "paused" and step <= 2
    qtbot.wait(1200)
    assert c.step_count == step  # the rest of the 100 were dropped


def test_worker_run_updates_is_exact():
    from rnnstudio.engine.config import Config
    from rnnstudio.gui.messages import Load, Report

    out: list = []
    script = [(1, Load(1, config=Config(hidden=4, bits=4, batch=4, steps=ENDLESS))),
              (2, RunUpdates(7)), (3, "step")]

    def get(timeout):  # a command whenever the loop is idle; none while it trains
        if timeout is not None:
            return None
        return script.pop(0) if script else (9, "quit")

    RunLoop(out.append).serve(get)
    paused = [m for m in out if isinstance(m, Report) and m.state == "paused"]
    assert [int(r.checkpoint.state["step"]) for r in paused] == [7, 8]



@pytest.mark.parametrize("burst", [0.0, 3600.0])
def test_full_speed_looks_at_commands_once_per_burst(monkeypatch, burst):
    """At full speed the loop trains back to back for a burst between two looks at its
    command channel (each look is a system call in the training process); a burst never
    runs past the end of a run. Burst 0: a look after every update."""
    from rnnstudio.engine.config import Config
    from rnnstudio.gui import worker
    from rnnstudio.gui.messages import Load, Report

    monkeypatch.setattr(worker, "BURST", burst)
    out: list = []
    script = [(1, Load(1, config=Config(hidden=4, bits=4, batch=4, steps=40))), (2, "train")]
    looks: list[float | None] = []

    def get(timeout):
        looks.append(timeout)
        if timeout is None:  # idle: the next command, or quit once the run has finished
            return script.pop(0) if script else (9, "quit")
        return None

    RunLoop(out.append).serve(get)
    finished = [m for m in out if isinstance(m, Report) and m.state == "finished"]
    assert [int(r.checkpoint.state["step"]) for r in finished] == [40]
    training_looks = [t for t in looks if t is not None]
    assert len(training_looks) == (40 if burst == 0 else 1)  # one before each burst

# ------------------------------------------------------------------ the goal pauses
@pytest.mark.slow
def test_the_goal_pauses_and_resume_trains_past_it(qtbot, make_window):
    w = make_window(default_preset().replace(until_metric=0.5, steps=ENDLESS, eval_every=10))
    c = w.controller
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: c.state == "paused" and c.checkpoint is not None, timeout=60000)
    snap = c.latest.latest
    assert snap.status == "goal" and snap.metric >= 0.5
    first = c.step_count
    text = w.banner.text()
    assert w.banner_bar.isVisible()
    assert f"Goal reached at update {first}: whole-sum accuracy" in text, text
    assert "≥ 0.5 — paused (Resume trains on" in text
    assert button(w, "train").text() == "Resume"
    # A higher goal, set while paused, counts: Resume trains on to it and pauses again.
    assert w.apply_field("until_metric", 1.0)
    click(qtbot, w, "train")
    assert c.state == "running"
    qtbot.waitUntil(lambda: c.state == "paused" and c.checkpoint is not None, timeout=60000)
    second = c.step_count
    assert second > first and c.latest.latest.metric == 1.0
    assert "1.00 ≥ 1" in w.banner.text()
    # ...and Resume goes on past a goal already reached (no pause at the next evaluation).
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: c.step_count >= second + 35, timeout=60000)
    assert c.state == "running"
    assert not w.banner_bar.isVisible()


def test_a_goal_does_not_stop_the_headless_trainer_from_ending_the_run():
    """`rnnstudio train` (the engine without the GUI) still stops at the goal."""
    from rnnstudio.engine.trainer import Trainer

    tr = Trainer(default_preset().replace(until_metric=0.0, steps=500, eval_every=5))
    snaps = list(tr.run())
    assert snaps[-1].status == "goal" and tr.step < 500


# --------------------------------------------------------------- one Train button
def test_train_pause_and_resume_are_one_button(qtbot, window):
    train = window.actions_by_name["train"]
    assert train.shortcut() == QKeySequence("Space")  # shown beside it in the Run menu
    run_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Run")
    assert train in run_menu.actions()
    assert "Space" in train.toolTip()
    assert button(window, "train").text() == "Train"
    click(qtbot, window, "train")
    assert button(window, "train").text() == "Pause"
    qtbot.waitUntil(lambda: window.controller.step_count > 0, timeout=30000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.controller.state == "paused"
    assert button(window, "train").text() == "Resume"
    texts = toolbar_texts(window)
    assert texts.count("Resume") == 1 and "Pause" not in texts  # no second button
    click(qtbot, window, "train")
    assert window.controller.state == "running"


def test_space_still_trains_from_the_speed_list_and_the_count(qtbot, window):
    for widget in (window.speed_combo, window.run_n_spin):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        assert window.controller.state == "running"
        qtbot.keyClick(widget, Qt.Key.Key_Space)
        assert window.controller.state == "paused"
    assert window.speed_combo.currentText() == "Full speed"


# ----------------------------------------------------------------------- 简体中文
@pytest.fixture
def zh(qapp):
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_the_toolbar_speaks_chinese(zh, qtbot, make_window):
    w = make_window()
    combo = w.speed_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["1 次更新/秒", "5 次更新/秒", "20 次更新/秒", "100 次更新/秒", "全速"]
    assert HAN.search(combo.toolTip())
    assert w.run_n_spin.suffix() == " 次更新" and HAN.search(w.run_n_spin.toolTip())
    assert w.actions_by_name["run_n"].text() == "运行 100 次更新"
    assert button(w, "run_n").text() == "运行"
    assert button(w, "train").text() == "训练" and HAN.search(button(w, "train").toolTip())
    click(qtbot, w, "train")
    assert button(w, "train").text() == "暂停"
    click(qtbot, w, "train")
    assert button(w, "train").text() == "继续"
    assert_nothing_cut(qtbot, w)


def assert_nothing_cut(qtbot, w) -> None:
    """At 1024 px wide every toolbar item is on the bar (none moved into the » menu), and
    each has the room its text needs."""
    w.resize(1024, 700)
    qtbot.waitUntil(lambda: w.width() == 1024)
    qtbot.wait(50)
    for action in w.run_toolbar.actions():
        widget = w.run_toolbar.widgetForAction(action)
        assert widget.isVisible(), action.text()
        assert widget.width() >= widget.sizeHint().width(), action.text()


def test_the_toolbar_fits_in_english(qtbot, window):
    click(qtbot, window, "step")
    assert button(window, "train").text() == "Resume"  # its longest face
    assert_nothing_cut(qtbot, window)
