"""The Challenges panel as a learner uses it: load a challenge, train it, check it, see
why it did not pass, fix it, pass it, and find it ticked next time; the gallery's broken
set-ups and their fixes load with one click. In English and in Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from rnnstudio.engine.challenges import load_challenges
from rnnstudio.gui import i18n
from rnnstudio.gui.teach.challenges_panel import PASSED_KEY, ChallengesPanel

HAN = re.compile(r"[\u4e00-\u9fff]")


def train_to_end(w, qtbot):
    """Until the budget is spent, the run diverges, or it reaches its goal (which pauses
    it: nothing else pauses a run here)."""
    w.train()
    qtbot.waitUntil(lambda: w.controller.state in ("finished", "diverged", "paused"),
                    timeout=60_000)
    qtbot.waitUntil(lambda: bool(w.workspace.history.steps), timeout=10_000)
    qtbot.wait(50)  # the last progress message


def test_load_train_check_fail_fix_pass(make_window, qtbot):
    w = make_window()
    learn = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Learn")
    assert "Challenges" in [a.text() for a in learn.actions()]
    w.teaching.actions["challenges"].trigger()
    panel = w.teaching.challenges
    qtbot.waitUntil(lambda: w.teaching.docks["challenges"].isVisible())
    assert panel.select("fast_adder")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)  # the preset's run: none
    assert "no run to check" in panel.result.text()
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    start = {c.id: c for c in load_challenges()}["fast_adder"]
    assert w.config == start.config
    train_to_end(w, qtbot)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    text = panel.result.text()
    assert text.startswith("Not passed yet") and "sum_accuracy" in text and "at least 1" in text
    assert "fast_adder" not in panel.passed()
    # the learner changes settings as the hint suggests
    assert w.set_config(start.solution_config())
    train_to_end(w, qtbot)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.result.text().startswith("✓ Passed")
    assert "fast_adder" in panel.passed()
    row = panel.lists["challenge"].currentItem().text()
    assert row.startswith("✓")
    assert panel.progress.text() == "1 of 9 challenges passed"
    # kept in QSettings: a new panel shows the tick
    again = ChallengesPanel()
    qtbot.addWidget(again)
    assert "fast_adder" in again.passed() and again.store.value(PASSED_KEY)
    again.select("fast_adder")
    assert again.lists["challenge"].currentItem().text().startswith("✓")


def test_the_gallery_loads_a_broken_setup_and_its_fix(make_window, qtbot):
    w = make_window()
    panel = w.teaching.challenges
    w.teaching.show_view("challenges")
    assert panel.select("fail_explode")
    assert panel.tabs.currentIndex() == 1 and panel.fix_button.isVisible()
    assert panel.load_button.text() == "Load the broken set-up"
    md = panel.markdown(panel.current())
    assert "What goes wrong" in md and "Why" in md and "The fix to try" in md
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert w.config.clip_mode == "none" and w.config.activation == "relu"
    train_to_end(w, qtbot)
    assert w.controller.state == "diverged"
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert "diverged at update" in panel.result.text()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert w.config.clip_mode == "norm" and w.config.clip == 1.0
    train_to_end(w, qtbot)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.result.text().startswith("✓ Passed")


def test_an_instructors_file_opens_and_a_wrong_one_says_why(qtbot, tmp_path):
    panel = ChallengesPanel(record_source=lambda: None)
    qtbot.addWidget(panel)
    good = tmp_path / "mine.json"
    good.write_text('{"id": "mine", "title": "Mine", "goal": "G", "hint": "H", '
                    '"config": {"bits": 4}, "max_updates": 10, '
                    '"require": [{"check": "metric", "at_least": 1}]}', encoding="utf-8")
    assert panel.open_file(str(good))
    assert panel.current().id == "mine" and "Mine" in panel.lists["challenge"].currentItem().text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "bad", "title": "B"}', encoding="utf-8")
    assert not panel.open_file(str(bad))
    assert not panel.error.isHidden() and "bad.json" in panel.error.text()


@pytest.fixture
def zh(qapp):
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_chinese(zh, qtbot, tmp_path):
    panel = ChallengesPanel(record_source=lambda: None)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    for kind in ("challenge", "failure"):
        for i in range(panel.lists[kind].count()):
            assert HAN.search(panel.lists[kind].item(i).text())
    assert HAN.search(panel.tabs.tabText(0)) and HAN.search(panel.tabs.tabText(1))
    for b in (panel.load_button, panel.check_button, panel.open_button):
        assert HAN.search(b.text()), b.text()
    assert panel.select("fail_zero_init")
    md = panel.markdown(panel.current())
    assert not re.search(r"\b(What goes wrong|Why|Hint|Starting settings)\b", md)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert HAN.search(panel.result.text())
    panel.grab().save(str(tmp_path / "zh.png"))
