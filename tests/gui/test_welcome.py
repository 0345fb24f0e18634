"""First start: the welcome window's three starts, "Show at start-up", and the guided tour
(Train button, gradient-flow panel, Learn menu), in English and Chinese."""

from __future__ import annotations

import re

import numpy as np
import pytest
from conftest import ENDLESS
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFileDialog
from run_state import click
from visible_text import english_left

from rnnstudio.engine.config import default_preset
from rnnstudio.engine.lessons import load_lessons
from rnnstudio.gui import i18n
from rnnstudio.gui.tour import learn_menu_action
from rnnstudio.gui.welcome import DATA_KINDS, LESSON_ID

HAN = re.compile(r"[\u4e00-\u9fff]")
TEXT = ("To be, or not to be, that is the question:\nWhether 'tis nobler in the mind to "
        "suffer\nThe slings and arrows of outrageous fortune,\n") * 20


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def first_start(make_window, config=None):
    """A window as the app opens it: the welcome asked for once it is up."""
    w = make_window(config, restore=True)
    w.welcome.at_start_up()
    return w


def tick(qtbot, box):
    """Click a check box where a person would: on its box."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def help_action(w, name):
    return next(a for a in w.help_menu.actions() if a.objectName() == name)


# ---------------------------------------------------------------- the welcome
def test_first_start_shows_the_welcome_without_blocking_the_window(make_window, qtbot):
    w = first_start(make_window, default_preset().replace(steps=ENDLESS))
    d = w.welcome.dialog
    qtbot.waitUntil(d.isVisible)
    assert not d.isModal()
    assert "RNN Studio" in d.windowTitle()
    # the window stays usable beside it
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: w.controller.step_count > 0, timeout=30000)


def test_a_window_built_on_its_own_shows_no_welcome(make_window):
    w = make_window()
    assert w.welcome.dialog is None


def test_train_the_binary_adder_loads_the_default_and_trains(make_window, qtbot):
    w = first_start(make_window, default_preset().replace(task="recall", cell="gru"))
    qtbot.mouseClick(w.welcome.dialog.adder_button, Qt.MouseButton.LeftButton)
    assert not w.welcome.dialog.isVisible()
    assert w.config.task == "addition" and w.config.cell == default_preset().cell
    qtbot.waitUntil(lambda: w.controller.step_count > 0, timeout=30000)
    assert w.controller.state in ("running", "paused", "finished")


def test_the_lesson_start_opens_the_vanishing_gradient_lesson(make_window, qtbot):
    w = first_start(make_window)
    qtbot.mouseClick(w.welcome.dialog.lesson_button, Qt.MouseButton.LeftButton)
    t = w.teaching
    lesson = next(x for x in load_lessons() if x.id == LESSON_ID)
    qtbot.waitUntil(lambda: t.docks["lessons"].isVisible())
    assert t.lessons.current().id == LESSON_ID
    # a race lesson: race mode holds its lanes, Elman vs LSTM vs GRU
    assert t.race.configs == lesson.configs
    qtbot.waitUntil(lambda: t.docks["race"].isVisible())
    assert lesson.title in w.banner.text()


def test_own_data_a_text_file_becomes_the_char_models_corpus(make_window, qtbot, tmp_path,
                                                              monkeypatch):
    path = tmp_path / "hamlet.txt"
    path.write_text(TEXT, encoding="utf-8")
    asked = []

    def pick(parent, caption, folder, filters, *rest):
        asked.append(filters)
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(pick))
    w = first_start(make_window)
    qtbot.mouseClick(w.welcome.dialog.data_button, Qt.MouseButton.LeftButton)
    assert asked and all(f"*{suffix}" in asked[0] for suffix in DATA_KINDS)
    assert w.config.task == "charlm"
    assert w.config.corpus == str(path)
    assert "hamlet.txt" in w.banner.text()
    # and it trains on that text
    click(qtbot, w, "step")
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=30000)


def test_own_data_a_csv_series_is_forecast(make_window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "temperatures.csv"
    rows = [f"{1900 + i},{10 + 5 * np.sin(i / 3):.3f}" for i in range(200)]
    path.write_text("year,temperature\n" + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w = first_start(make_window)
    qtbot.mouseClick(w.welcome.dialog.data_button, Qt.MouseButton.LeftButton)
    assert (w.config.task, w.config.data) == ("forecast", str(path))
    click(qtbot, w, "step")
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=30000)


@pytest.mark.parametrize("name, delimiter", [("moves.tsv", "\t"), ("moves.csv", ",")])
def test_own_data_labelled_sequences_are_classified(make_window, qtbot, tmp_path, monkeypatch,
                                                    name, delimiter):
    # a table of label, sequence: a .tsv always, a .csv when no column is numeric
    path = tmp_path / name
    rows = [f"{lab}{delimiter}{' '.join(seq)}" for lab, seq in
            [("up", "1234"), ("down", "4321"), ("up", "2345"), ("down", "5432")] * 4]
    path.write_text(f"label{delimiter}sequence\n" + "\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w = first_start(make_window)
    qtbot.mouseClick(w.welcome.dialog.data_button, Qt.MouseButton.LeftButton)
    assert (w.config.task, w.config.data) == ("classify", str(path))
    assert name in w.banner.text()
    click(qtbot, w, "step")
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=30000)


def test_own_data_of_an_unknown_kind_is_refused_by_name(make_window, tmp_path, monkeypatch):
    path = tmp_path / "numbers.xyz"
    path.write_text("1 2 3\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w = make_window()
    before = w.config
    w.welcome.show_welcome().data_button.click()
    assert w.config == before
    assert "numbers.xyz" in w.banner.text() and "*.txt" in w.banner.text()


def test_unticking_show_at_start_up_is_remembered(make_window, qtbot):
    w = first_start(make_window)
    box = w.welcome.dialog.show_at_start
    assert box.isChecked()
    tick(qtbot, box)
    assert not box.isChecked()
    w.close()
    again = make_window(restore=True)
    assert not again.welcome.at_start_up()
    assert again.welcome.dialog is None
    # Help → Welcome… still opens it, with the box unticked; ticking it brings it back
    help_action(again, "action_welcome").trigger()
    d = again.welcome.dialog
    assert d.isVisible() and not d.show_at_start.isChecked()
    tick(qtbot, d.show_at_start)
    again.close()
    third = make_window(restore=True)
    assert third.welcome.at_start_up()


# ------------------------------------------------------------------- the tour
def expected_rect(w, index):
    """Where step `index`'s target is, in the window's coordinates."""
    if index == 2:
        bar = w.menuBar()
        r = bar.actionGeometry(learn_menu_action(w))
        return QRect(bar.mapTo(w, r.topLeft()), r.size())
    target = (w.run_toolbar.widgetForAction(w.actions_by_name["train"]),
              w.docks["gradients"])[index]
    return QRect(target.mapTo(w, QPoint(0, 0)), target.size())


def shaded_point(tour):
    """A point of the window outside the hole and outside the bubble."""
    hole = tour.target_rect.adjusted(-12, -12, 12, 12)
    for x in range(20, tour.width() - 20, 37):
        for y in range(tour.height() // 2, tour.height() - 20, 23):
            p = QPoint(x, y)
            if not hole.contains(p) and not tour.bubble.geometry().adjusted(
                    -4, -4, 4, 4).contains(p):
                return p
    raise AssertionError("no shaded point")


def test_the_tour_steps_through_train_gradients_and_learn(make_window, qtbot):
    w = first_start(make_window)
    before = w.grab().toImage()
    qtbot.mouseClick(w.welcome.dialog.tour_button, Qt.MouseButton.LeftButton)
    tour = w.welcome.tour
    assert not w.welcome.dialog.isVisible()
    assert tour.geometry() == w.rect()
    seen = []
    for i in range(3):
        assert tour.index == i
        assert tour.target_rect == expected_rect(w, i)
        assert w.rect().contains(tour.target_rect)
        seen.append(tour.heading.text())
        # the window is shaded, except in the hole around the target
        now = w.grab().toImage()
        inside = tour.target_rect.center()
        assert now.pixelColor(inside) == before.pixelColor(inside) or i == 1
        p = shaded_point(tour)
        assert now.pixelColor(p).lightness() < before.pixelColor(p).lightness() or \
            before.pixelColor(p).lightness() == 0
        assert not tour.bubble.geometry().intersects(tour.target_rect) or i == 1
        if i == 1:  # Back goes back, Next on again
            qtbot.mouseClick(tour.back_button, Qt.MouseButton.LeftButton)
            assert tour.index == 0
            qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
            assert tour.index == 1
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["Train", "Gradient flow across time", "Learn"]
    assert w.welcome.tour is None and not tour.isVisible()


def test_the_highlight_follows_a_resize_and_presentation_mode(make_window, qtbot):
    w = make_window()
    help_action(w, "action_tour").trigger()
    tour = w.welcome.tour
    tour.go(1)
    first = QRect(tour.target_rect)
    w.resize(w.width() - 120, w.height() - 80)
    qtbot.waitUntil(lambda: tour.geometry() == w.rect()
                    and tour.target_rect == expected_rect(w, 1))
    assert tour.target_rect != first
    w.workspace.toggle_presentation(True)
    for i in (1, 0, 2):
        tour.go(i)
        qtbot.waitUntil(lambda i=i: tour.geometry() == w.rect()
                        and tour.target_rect == expected_rect(w, i))
    w.workspace.toggle_presentation(False)


def test_esc_ends_the_tour_and_not_the_run(make_window, qtbot):
    w = make_window(default_preset().replace(steps=ENDLESS))
    click(qtbot, w, "train")
    qtbot.waitUntil(lambda: w.controller.state == "running", timeout=30000)
    tour = w.welcome.start_tour()
    tour.go(2)
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert w.welcome.tour is None and not tour.isVisible()
    assert w.controller.state == "running"  # Esc is also Stop: the tour took it


# ------------------------------------------------------------------- Chinese
def test_welcome_and_tour_speak_chinese(chinese, make_window, qtbot):
    w = first_start(make_window)
    d = w.welcome.dialog
    assert HAN.search(d.windowTitle()) and HAN.search(d.adder_button.title.text())
    assert not english_left(d, keep={"txt"})
    menu = [a.text() for a in w.help_menu.actions() if a.text()]
    assert all(HAN.search(t) for t in menu), menu
    qtbot.mouseClick(d.tour_button, Qt.MouseButton.LeftButton)
    tour = w.welcome.tour
    for i in range(3):
        assert tour.target_rect == expected_rect(w, i)
        assert HAN.search(tour.heading.text()) and HAN.search(tour.text.text())
        assert not english_left(tour.bubble)
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert w.welcome.tour is None


def test_the_welcome_grows_with_presentation_mode(make_window, qtbot):
    w = first_start(make_window)
    d = w.welcome.dialog
    normal = d.width()
    w.workspace.toggle_presentation(True)
    qtbot.waitUntil(lambda: d.width() > normal)
    for b in (d.adder_button, d.lesson_button, d.data_button):
        # every line of its explanation shows: nothing cut off at the bottom
        qtbot.waitUntil(lambda b=b: b.height() >= b.heightForWidth(b.width()))
        assert b.description.height() >= b.description.heightForWidth(b.description.width())
    w.workspace.toggle_presentation(False)


def test_own_data_that_is_not_text_is_refused_naming_the_corpus(make_window, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 4)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    w = make_window()
    before = w.config
    w.welcome.show_welcome().data_button.click()
    assert w.config == before
    assert w.banner.level == "error" and "Corpus" in w.banner.text()
