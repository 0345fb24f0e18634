"""Race mode and the lessons panel in Simplified Chinese: no English left in either,
the Chinese lessons shown, and a short race run to the end in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from visible_text import english_left

from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.lessons import load_lessons
from rnnstudio.engine.race import check_lanes
from rnnstudio.gui import i18n
from rnnstudio.gui.teach.lessons_panel import LessonsPanel
from rnnstudio.gui.teach.race import RaceView, _error_text

# a name in the peephole lesson that visible_text.KEEP lacks
NAMES = {"gers"}


@pytest.fixture
def chinese(qapp):
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_the_lessons_panel_shows_the_chinese_lessons_with_no_english_left(qtbot, chinese):
    panel = LessonsPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    zh = load_lessons(lang="zh_CN")
    assert [ls.title for ls in panel.lessons] == [ls.title for ls in zh]
    for lesson in zh:
        assert panel.select(lesson.id)
        shown = panel.text.toPlainText()
        assert lesson.title in shown and "观察要点" in shown and "设置" in shown
        assert all(item[:20] in shown for item in lesson.look_for)
        if lesson.is_race:
            assert panel.load_button.text() == "在竞赛模式中打开"
            assert panel.kind.text().startswith(f"{len(lesson.lanes)} 条赛道竞赛：")
            assert panel.list.currentItem().toolTip().endswith("（竞赛模式）")
        else:
            assert panel.load_button.text() == "载入课程"
            assert panel.kind.text() == f"单次运行：{lesson.lanes[0].label}"
        assert not english_left(panel, keep=NAMES), lesson.id
    with qtbot.waitSignal(panel.lessonChosen, timeout=1000) as blocker:
        qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].lang == "zh_CN"


def test_a_race_lesson_runs_in_chinese_with_no_english_left(qtbot, chinese):
    view = RaceView()
    qtbot.addWidget(view)
    view.resize(1300, 820)
    view.show()
    assert not english_left(view), english_left(view)  # the default Elman/LSTM/GRU race
    assert "窥孔 LSTM" in [view.cell_boxes[0].itemText(i)
                          for i in range(view.cell_boxes[0].count())]
    lesson = {ls.id: ls for ls in load_lessons(lang="zh_CN")}["exploding"]
    view.load_lesson(lesson)
    assert view.title.text() == "梯度爆炸与梯度裁剪"
    assert view.labels == ["Elman，不裁剪", "Elman，按范数裁剪到 1"]
    assert view.clip_lines and view.clip_lines[0].toolTip() == \
        "Elman，按范数裁剪到 1：裁剪阈值 1"
    view.budget_box.setValue(12)
    try:
        with qtbot.waitSignal(view.finished, timeout=60_000) as blocker:
            qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not view.running, timeout=5000)
    finally:
        view.shutdown()
    status, text = blocker.args
    assert status == "done" and text == "完成了 12 次更新" == view.status.text()
    assert view.steps_done == 12
    summary = view.summary.text()
    assert "损失" in summary and "次更新/秒" in summary and "回忆准确率" in summary
    assert not english_left(view), english_left(view)
    view.grab().save("/tmp/race_zh.png")


def test_a_race_that_cannot_run_says_why_in_chinese(qtbot, chinese):
    cfg = Config(task="recall", delay=5, hidden=8, batch=8)
    with pytest.raises(ConfigError) as info:
        check_lanes([cfg, cfg.replace(delay=6)])
    text = _error_text(info.value)
    assert "第 2 条赛道是 6，而第 1 条赛道是 5" in text
    assert "delay" not in text  # the setting is named by its (translated) label
