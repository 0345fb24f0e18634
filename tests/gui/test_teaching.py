"""The teaching views inside the main window: the Learn menu, lessons, and views that
show the network being trained (through private copies)."""

import numpy as np
from PySide6.QtCore import Qt
from run_state import network

from rnnstudio.engine import Config
from rnnstudio.engine.lessons import load_lessons

SMALL = Config(hidden=6, steps=40, eval_every=20, lr=0.05)


def train_then_pause(qtbot, w, steps=25):
    w.controller.train()
    qtbot.waitUntil(lambda: w.controller.step_count >= steps, timeout=20_000)
    w.controller.pause()
    qtbot.waitUntil(lambda: w.controller.state in ("paused", "finished"), timeout=10_000)


def test_learn_menu_lists_every_view_and_opens_it(make_window, qtbot):
    w = make_window(SMALL)
    learn = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Learn")
    titles = [a.text() for a in learn.actions() if a.text()]
    for title in ("Lessons", "Unrolled network", "Equations", "Try it yourself",
                  "Verify gradients", "Race mode"):
        assert title in titles
    w.teaching.actions["equations"].trigger()
    qtbot.waitUntil(lambda: w.teaching.docks["equations"].isVisible())
    assert w.teaching.equations.cell() == "elman"


def test_views_show_the_trained_network_not_a_stale_one(make_window, qtbot):
    w = make_window(SMALL)
    t = w.teaching
    t.show_view("unrolled")
    t.show_view("tryit")
    train_then_pause(qtbot, w)
    tr = network(qtbot, w.controller)
    want = tr.net.internals(tr.probe_batch.x)["l0.h"][:, 0, :]
    qtbot.waitUntil(lambda: np.allclose(t.unrolled.shown_values(0, "h"), want, atol=1e-6),
                    timeout=10_000)
    page = t.tryit.addition
    page.a_box.setValue(21)
    page.b_box.setValue(37)
    page.compute()
    x = tr.task.encode(np.array([21]), np.array([37])).x
    expected = (tr.net.predict(x)[:, 0, 0] > 0.5).astype(int)
    np.testing.assert_array_equal(page.predicted_bits(), expected)


def test_changing_the_cell_updates_the_equations(make_window, qtbot):
    w = make_window(SMALL)
    w.set_config(w.config.replace(cell="gru"))
    qtbot.waitUntil(lambda: w.teaching.equations.cell() == "gru", timeout=10_000)


def test_choosing_lessons_loads_settings_or_opens_race_mode(make_window, qtbot):
    w = make_window(SMALL)
    lessons = {lesson.id: lesson for lesson in load_lessons()}
    w.teaching.open_lesson(lessons["adder"])
    qtbot.waitUntil(lambda: w.config == lessons["adder"].config, timeout=10_000)
    race_lesson = next(lesson for lesson in lessons.values() if lesson.is_race)
    w.teaching.open_lesson(race_lesson)
    assert w.teaching.docks["race"].isVisible()
    assert w.teaching.race.configs == list(race_lesson.configs)
    assert w.config == lessons["adder"].config  # a race leaves the main run alone


def test_closing_the_window_stops_a_running_race(make_window, qtbot):
    w = make_window(SMALL)
    race = w.teaching.race
    race.set_base_config(SMALL.replace(steps=100_000), cells=["elman", "gru"])
    qtbot.mouseClick(race.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: race.running, timeout=5000)
    w.close()
    qtbot.waitUntil(lambda: not race.running, timeout=10_000)


def test_views_behind_other_tabs_cost_training_nothing(make_window, qtbot):
    """Only views on screen follow the live run: tabbed-away ones (which Qt keeps
    'visible' off screen) ask the worker for no copies while training runs."""
    from rnnstudio.gui.teaching import REFRESH_MS

    w = make_window(SMALL.replace(steps=10**6, eval_every=1000))
    asked = []
    w.controller.captured.connect(lambda tag, cp: asked.append(tag))
    w.controller.train()
    qtbot.wait(int(REFRESH_MS * 1.6))
    assert asked == []
    w.teaching.show_view("unrolled")
    qtbot.waitUntil(lambda: "teaching" in asked, timeout=REFRESH_MS * 3 + 30_000)
    w.controller.pause()
