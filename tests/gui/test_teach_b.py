"""Teaching views B: race mode, gradient check and the lessons panel, driven offscreen."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6 import QtCore
from PySide6.QtCore import Qt

from rnnstudio.engine import race as race_mod
from rnnstudio.engine.cells.elman import Elman
from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.gradcheck import check_gradients
from rnnstudio.engine.lessons import load_lessons
from rnnstudio.engine.trainer import Trainer
from rnnstudio.gui.teach.gradcheck_view import probe_batch
from rnnstudio.gui.teach.lessons_panel import LessonsPanel
from rnnstudio.gui.teach.race import RaceView

SMALL = Config(task="addition", bits=6, hidden=8, batch=8, steps=40, eval_every=10, seed=5)


@pytest.fixture
def race_view(qtbot):
    view = RaceView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    yield view
    view.shutdown()
    assert not view.running


def run_race(qtbot, view, timeout=60_000):
    with qtbot.waitSignal(view.finished, timeout=timeout) as blocker:
        qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.running, timeout=5000)
    return blocker.args


def test_race_trains_every_lane_on_identical_batches_and_draws_one_curve_per_lane(
        qtbot, race_view, monkeypatch):
    seen: list[tuple[int, np.ndarray]] = []  # (trainer id, batch x) in update order
    lock = threading.Lock()
    update = race_mod.Trainer.update

    def spy(trainer, batch=None):
        with lock:
            seen.append((id(trainer), batch.x.copy()))
        return update(trainer, batch)

    monkeypatch.setattr(race_mod.Trainer, "update", spy)
    race_view.set_base_config(SMALL, cells=["elman", "lstm", "gru"])
    assert race_view.labels == ["Elman", "LSTM", "GRU"]
    race_view.budget_box.setValue(30)
    status, _ = run_race(qtbot, race_view)
    assert status == "done"

    lanes = len({tid for tid, _ in seen})
    assert lanes == 3 and len(seen) == 3 * 30
    for k in range(30):  # lockstep: one batch per update, the same for every lane
        xs = [x for _, x in seen[3 * k:3 * k + 3]]
        assert all(np.array_equal(xs[0], x) for x in xs[1:])
    assert not np.array_equal(seen[0][1], seen[3][1])

    curves = race_view.curve_data("loss")
    assert len(curves) == 3
    for x, y in curves:
        assert np.array_equal(x, np.arange(1, 31)) and np.all(np.isfinite(y))
    assert not np.allclose(curves[0][1], curves[1][1])  # different cells, different losses
    assert [len(x) for x, _ in race_view.curve_data("metric")] == [4, 4, 4]  # 1, 10, 20, 30
    assert [item[1].text for item in race_view.legend.items] == ["Elman", "LSTM", "GRU"]
    assert len(race_view.heat_images) == 3
    for img in race_view.heat_images:
        data = img.image
        assert data.shape[1] == SMALL.bits and np.isfinite(data).any()
    assert "LSTM" in race_view.summary.text() and race_view.start_button.isEnabled()


def test_race_stops_on_request_and_loads_lessons(qtbot, race_view):
    lesson = {ls.id: ls for ls in load_lessons()}["vanishing"]
    race_view.load_lesson(lesson)
    assert race_view.labels == ["Elman", "LSTM", "GRU"]
    assert race_view.title.text() == lesson.title
    assert [b.currentData() for b in race_view.cell_boxes] == ["elman", "lstm", "gru"]

    race_view.set_lanes([SMALL, SMALL.replace(cell="lstm")])
    race_view.budget_box.setValue(100_000)
    with qtbot.waitSignal(race_view.finished, timeout=30_000) as blocker:
        race_view.start()
        assert race_view.running and not race_view.start_button.isEnabled()
        qtbot.waitUntil(lambda: race_view.steps_done >= 3, timeout=20_000)
        qtbot.mouseClick(race_view.stop_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "stopped"
    qtbot.waitUntil(lambda: not race_view.running, timeout=5000)
    assert 3 <= race_view.steps_done < 100_000

    with pytest.raises(ConfigError):  # different data: refused, lanes unchanged
        race_view.set_lanes([SMALL, SMALL.replace(bits=7)])
    with pytest.raises(ConfigError):
        race_view.set_lanes([SMALL])
    assert race_view.labels == ["Elman", "LSTM"]


def test_choosing_cells_in_the_lane_boxes_races_them_on_the_current_task(race_view):
    race_view.set_base_config(SMALL.replace(task="recall", delay=5), cells=["elman", "gru"])
    assert [c.cell for c in race_view.configs] == ["elman", "gru"]
    box = race_view.cell_boxes[2]
    box.setCurrentIndex(box.findData("peephole"))
    box.activated.emit(box.currentIndex())
    assert [c.cell for c in race_view.configs] == ["elman", "gru", "peephole"]
    assert all(c.task == "recall" and c.delay == 5 for c in race_view.configs)
    assert len(race_view.heat_plots) == 3 and len(race_view.loss_curves) == 3


def test_race_shows_each_lanes_contributions_and_how_far_back_it_reaches(qtbot, race_view):
    from rnnstudio.engine.mechanism import reach_back
    from rnnstudio.gui.teach.mechanism_views import contribution_image

    base = SMALL.replace(task="recall", delay=6)
    race_view.set_lanes([base, base.replace(cell="lstm")])
    assert not race_view.contrib_plots  # off by default: nothing extra to compute
    race_view.contrib_box.setChecked(True)
    assert len(race_view.contrib_plots) == 2 and race_view.reach_label.isVisible()
    race_view.budget_box.setValue(25)
    status, _ = run_race(qtbot, race_view)
    assert status == "done"
    qtbot.waitUntil(lambda: race_view.contrib_step == 25, timeout=5000)

    # the same race, re-run by the engine: each lane's triangle is its own network's
    ref = race_mod.Race(race_view.configs, race_view.labels)
    list(ref.run(budget=25))
    want = ref.contributions()
    for lane, C in enumerate(want):
        np.testing.assert_allclose(race_view.shown_contributions(lane), contribution_image(C))
    assert not np.allclose(np.nan_to_num(want[0]), np.nan_to_num(want[1]))

    # recall scores one step: the row picked at first is the last one with a loss
    T = want[0].shape[0]
    t = int(np.flatnonzero(want[0].max(axis=1) > 0)[-1]) + 1
    assert t < T and race_view.contrib_t == t
    shown = race_view.shown_contributions(0)
    assert np.isnan(shown[0]).all() and np.isfinite(shown[t - 1, :t]).all()  # no loss: blank
    text = race_view.reach_label.text()
    assert f"output step {t} " in text and "Elman" in text and "LSTM" in text
    assert f"Elman {reach_back(want[0], t)}," in text
    assert text.endswith(f"LSTM {reach_back(want[1], t)}")

    # a click on a lane's triangle picks that output step on every lane
    plot = race_view.contrib_plots[1]
    vb = plot.getViewBox()
    scene_pos = vb.mapViewToScene(QtCore.QPointF(1.0, T - 2.0))
    race_view._contrib_clicked(type("Click", (), {"scenePos": lambda self: scene_pos})())
    assert race_view.contrib_t == T - 2
    assert all((a.value(), b.value()) == (T - 2.5, T - 1.5) for a, b in race_view.contrib_lines)
    assert f"output step {T - 2} " in race_view.reach_label.text()

    race_view.contrib_box.setChecked(False)
    assert not race_view.contrib_plots and not race_view.reach_label.isVisible()


def test_race_contributions_follow_a_running_race(qtbot, race_view, monkeypatch):
    from rnnstudio.gui.teach import race as race_gui

    monkeypatch.setattr(race_gui, "CONTRIB_INTERVAL", 0.0)
    race_view.set_lanes([SMALL, SMALL.replace(cell="gru")])
    race_view.contrib_box.setChecked(True)
    race_view.budget_box.setValue(1_000_000)  # a budget no machine finishes here
    with qtbot.waitSignal(race_view.finished, timeout=30_000):
        race_view.start()
        qtbot.waitUntil(lambda: race_view.contrib_step > 0, timeout=20_000)
        race_view.stop()
    qtbot.waitUntil(lambda: not race_view.running, timeout=5000)
    assert race_view.contrib_step < 1_000_000
    assert all(race_view.shown_contributions(i) is not None for i in range(2))


def run_check(qtbot, view):
    with qtbot.waitSignal(view.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.running, timeout=5000)
    return blocker.args[0]


def test_gradient_check_table_shows_bptt_is_correct(qtbot, check_view):
    cfg = SMALL.replace(cell="lstm")
    tr = Trainer(cfg)
    list(tr.run(budget=20))
    check_view.set_network(tr.net)
    assert check_view.entries_box.text() == "all"
    checks = run_check(qtbot, check_view)

    names = list(tr.net.params)
    rows = check_view.rows()
    assert [r[0] for r in rows] == names == [c.name for c in checks]
    # the table shows what the engine's check computes for the same float64 model and batch
    cfg64, batch = probe_batch(cfg)
    net64 = Trainer(cfg64).net
    net64.set_weights(tr.net.get_weights())
    want = check_gradients(net64, batch.x, batch.y, batch.mask)
    for row, c in zip(rows, want, strict=True):
        assert row[2] == str(c.entries) == str(np.prod(c.shape))
        assert float(row[3]) == pytest.approx(c.analytic_norm, rel=1e-5)
        assert float(row[4]) == pytest.approx(c.numeric_norm, rel=1e-5)
        assert float(row[6]) < 1e-6 and row[7] == "✓ correct"
    assert check_view.headline.text().startswith("✓ BPTT is correct to")
    assert f"All {len(names)} parameters" in check_view.detail.text()


def test_gradient_check_flags_a_corrupted_gradient(qtbot, check_view, monkeypatch):
    backward = Elman.backward

    def wrong(self, dh, cache, *args, **kwargs):  # a 5 % error in dW_hh only
        grads, dx, flow = backward(self, dh, cache, *args, **kwargs)
        grads["W_hh"] = grads["W_hh"] * 1.05
        return grads, dx, flow

    monkeypatch.setattr(Elman, "backward", wrong)
    check_view.set_model(SMALL)  # initial weights
    checks = run_check(qtbot, check_view)
    verdicts = {row[0]: row[7] for row in check_view.rows()}
    assert verdicts["l0.W_hh"] == "✗ wrong"
    assert all(v == "✓ correct" for k, v in verdicts.items() if k != "l0.W_hh")
    bad = {c.name: c.relative_error for c in checks if not c.ok}
    assert list(bad) == ["l0.W_hh"] and bad["l0.W_hh"] > 1e-3
    assert check_view.headline.text().startswith("✗ BPTT is wrong for 1 of")
    assert "l0.W_hh" in check_view.detail.text()


def test_lessons_panel_shows_a_lesson_and_emits_the_chosen_one(qtbot):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    lessons = load_lessons()
    assert panel.list.count() == len(lessons) >= 6
    assert panel.select("exploding")
    lesson = panel.current()
    shown = panel.text.toPlainText()
    assert lesson.title in shown and "What to look for" in shown and "##" not in shown
    assert all(item[:40] in shown for item in lesson.look_for)
    assert panel.load_button.text() == "Open in race mode"
    with qtbot.waitSignal(panel.lessonChosen, timeout=1000) as blocker:
        qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].id == "exploding" and blocker.args[0].is_race

    panel.select("adder")
    assert panel.load_button.text() == "Load lesson"
    item = panel.list.currentItem()
    with qtbot.waitSignal(panel.lessonChosen, timeout=1000) as blocker:
        panel.list.itemActivated.emit(item)
    assert blocker.args[0].id == "adder" and blocker.args[0].config.hidden == 16
