"""The whole app in Simplified Chinese, read as a student would: no English words left in
the window, its menus, its dialogs and every teaching view, across cells and tasks.
(Each view's own states are covered in detail by the test_i18n_* files beside this.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDockWidget, QMenu, QMessageBox
from visible_text import english_left, english_words, window_texts

from rnnstudio.engine import Config
from rnnstudio.gui import i18n
from rnnstudio.gui.main_window import MainWindow

CONFIGS = [
    Config(hidden=6, steps=30, eval_every=15, lr=0.05),
    Config(cell="lstm", task="charlm", hidden=16, seq_len=16, steps=20, eval_every=10),
    Config(cell="gru", task="recall", delay=5, hidden=8, steps=20, eval_every=10),
    Config(cell="elman", task="detection", hidden=8, steps=20, eval_every=10),
    Config(cell="lstm", task="adding", seq_len=20, hidden=8, steps=20, eval_every=10),
    Config(cell="peephole", task="forecast", layers=2, hidden=8, steps=20, eval_every=10),
]


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def menu_texts(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        out.append(action.text())
        if action.menu() is not None:
            out += menu_texts(action.menu())
    return out


def train_then_pause(qtbot, w, steps: int) -> None:
    w.controller.train()
    qtbot.waitUntil(lambda: w.controller.step_count >= steps
                    or w.controller.state == "finished", timeout=30_000)
    w.controller.pause()
    qtbot.waitUntil(lambda: w.controller.state in ("paused", "finished"), timeout=10_000)
    w.pacer.flush()


@pytest.mark.parametrize("config", CONFIGS, ids=lambda c: f"{c.cell}-{c.task}")
def test_window_and_every_view_speak_chinese(chinese, make_window, qtbot, config):
    w = make_window(config)
    train_then_pause(qtbot, w, 10)
    for name in w.teaching.docks:
        w.teaching.show_view(name)
    qtbot.wait(300)
    left = [(where, text) for root in (w, *w.teaching.docks.values())
            for where, text in english_left(root)]
    assert not left, left[:10]
    bar = [t for a in w.menuBar().actions() for t in [a.text(), *menu_texts(a.menu())]]
    assert len(bar) > 30
    titles = [a.menu() for a in w.menuBar().actions()]
    assert titles[-1] is w.help_menu  # Help comes last, Learn just before it, as in English
    assert titles[-2] is w.teaching.actions["lessons"].associatedObjects()[-1]
    # The language menu names each language in itself, like the Preferences dialog.
    keep = frozenset({"english", "simplified", "chinese"})
    assert not [t for t in bar if english_words(t.replace("&", ""), keep)]


def test_presentation_mode_and_the_runs_list_speak_chinese(chinese, make_window, qtbot):
    w = make_window(CONFIGS[0])
    train_then_pause(qtbot, w, 10)
    ws = w.workspace
    ws.toggle_presentation(True)
    ws.runs_dock.show()
    qtbot.wait(200)
    assert not english_left(w)
    assert not english_left(ws.runs_dock)


def test_dialogs_speak_chinese_down_to_qts_own_buttons(chinese, make_window, qtbot,
                                                       monkeypatch):
    from rnnstudio.gui.theme import HideControlsDialog
    from rnnstudio.gui.workspace import PreferencesDialog

    w = make_window(CONFIGS[0])
    for dialog in (PreferencesDialog("zh_CN", "system", w), HideControlsDialog((), w)):
        qtbot.addWidget(dialog)
        dialog.show()
        # Each language is named in itself ("English", "简体中文 (Simplified Chinese)").
        assert not english_left(dialog, keep={"english", "simplified", "chinese"}), dialog
        buttons = [b.text() for box in dialog.findChildren(QDialogButtonBox)
                   for b in box.buttons()]
        assert buttons and not [b for b in buttons if english_words(b.replace("&", ""))]
        dialog.close()

    # The unsaved-changes question, as closing the window asks it.
    train_then_pause(qtbot, w, 5)
    asked = []

    def answer(box):
        asked.append([box.windowTitle(), box.text(), box.informativeText()]
                     + [b.text() for b in box.buttons()])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    w.workspace.dirty = True
    assert w.workspace.maybe_save() is False
    assert len(asked) == 1 and len(asked[0]) == 6
    assert not [t for t in asked[0] if english_words(t.replace("&", ""))], asked


# ------------------------------------------------------------- switching in place
def step_once_and_open_everything(qtbot, w) -> None:
    """One update (the same in every window of a config), then every view on screen."""
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 1 and w.controller.state == "paused",
                    timeout=30_000)
    # the plots and the status bar show the update (the redraws are paced)
    qtbot.waitUntil(lambda: any(ch.isdigit() for ch in w.status_labels["loss"].text()),
                    timeout=10_000)
    for name in w.teaching.docks:
        w.teaching.show_view(name)
    w.mechanism.show_view("jacobian")
    w.workspace.runs_dock.show()
    t = w.teaching  # the views that show the network have their copy of it
    qtbot.waitUntil(lambda: t.unrolled.trace is not None and t.tryit.net is not None
                    and t.gradcheck.verify_button.isEnabled(), timeout=10_000)
    qtbot.wait(400)


def switch(qtbot, w, lang: str) -> None:
    w.workspace.set_language(lang)
    assert i18n.current() == lang
    qtbot.wait(400)


def differences(a: list, b: list) -> tuple[list, list]:
    return sorted(set(a) - set(b))[:15], sorted(set(b) - set(a))[:15]


@pytest.mark.parametrize("config", [CONFIGS[0], CONFIGS[1], CONFIGS[5]],
                         ids=lambda c: f"{c.cell}-{c.task}")
def test_a_window_switched_in_place_reads_as_a_fresh_one(make_window, qtbot, config):
    """Every text shown (menus and their actions, the tool and status bars, docks, the
    settings, plots and every teaching view) equals a window built in that language."""
    w = make_window(config)
    step_once_and_open_everything(qtbot, w)
    english = window_texts(w)

    def fresh_texts() -> list:  # read with the other window closed: one on screen at a time
        w.hide()
        fresh = make_window(config)
        step_once_and_open_everything(qtbot, fresh)
        got = window_texts(fresh)
        fresh.close()
        w.show()
        return got

    try:
        switch(qtbot, w, "zh_CN")
        assert w.isVisible() and w.controller.step_count == 1  # the same window, its run
        chinese = window_texts(w)
        assert differences(chinese, fresh_texts()) == ([], [])
        switch(qtbot, w, "en")
        assert differences(window_texts(w), english) == ([], [])  # as it was
        assert differences(english, fresh_texts()) == ([], [])
    finally:
        i18n.install("en")


def layout(w) -> dict:
    """Each shown dock: (area, floating, its tab group), geometry."""
    return {d.objectName(): ((w.dockWidgetArea(d), d.isFloating(),
                              sorted(t.objectName() for t in w.tabifiedDockWidgets(d))),
                             d.geometry())
            for d in w.findChildren(QDockWidget) if d.isVisible()}


def test_a_run_trains_on_through_a_language_switch(window, qtbot):
    w = window  # a budget it cannot finish
    w.train()
    qtbot.waitUntil(lambda: w.controller.step_count >= 3, timeout=30_000)
    qtbot.waitUntil(lambda: len(w.loss_plot.loss_data()[0]) >= 3, timeout=10_000)
    run = w.controller.run_id
    docks = layout(w)
    try:
        switch(qtbot, w, "zh_CN")
        assert w.controller.state == "running" and w.controller.run_id == run
        assert w.actions_by_name["train"].text() == "暂停"  # the button says Pause
        history = w.workspace.history.copy()  # every update's loss so far
        first = w.loss_plot.loss_data()[0][0]
        done = w.controller.step_count
        qtbot.waitUntil(lambda: w.controller.step_count >= done + 3, timeout=30_000)
        qtbot.waitUntil(lambda: len(w.workspace.history.steps) > len(history.steps),
                        timeout=10_000)
        n = len(history.steps)
        assert w.workspace.history.steps[:n] == history.steps
        assert w.workspace.history.losses[:n] == history.losses
        assert w.loss_plot.loss_data()[0][0] == first  # the curve goes on, not over
        after = layout(w)
        assert after.keys() == docks.keys()
        for name, (place, rect) in docks.items():  # the same places and sizes (the menu
            assert after[name][0] == place, name   # and tool bars may be a few pixels
            new = after[name][1]                   # taller in Chinese)
            assert (new.x(), new.width()) == (rect.x(), rect.width()), name
            assert abs(new.y() - rect.y()) <= 8 and abs(new.height() - rect.height()) <= 8
        assert [x for x in QApplication.topLevelWidgets()
                if isinstance(x, MainWindow) and x.isVisible()] == [w]  # no second window
    finally:
        i18n.install("en")


def test_presentation_mode_stays_on_through_a_language_switch(make_window, qtbot):
    w = make_window(CONFIGS[0])
    font = QApplication.font().pointSizeF()
    w.workspace.toggle_presentation(True)
    qtbot.waitUntil(w.isFullScreen, timeout=3000)
    big = QApplication.font().pointSizeF()
    assert big > font
    try:
        switch(qtbot, w, "zh_CN")
        assert w.workspace.presentation.enabled and w.workspace.presentation_action.isChecked()
        assert w.isFullScreen() and QApplication.font().pointSizeF() == big
        assert w.workspace.presentation_action.text() == "演示模式(&P)"
    finally:
        i18n.install("en")
        w.workspace.toggle_presentation(False)


def test_the_banner_says_its_message_again_in_the_new_language(make_window, qtbot):
    w = make_window(CONFIGS[0].replace(steps=5))
    w.train()
    qtbot.waitUntil(lambda: w.controller.state == "finished", timeout=30_000)
    qtbot.waitUntil(lambda: "Finished" in w.banner.text(), timeout=5000)
    try:
        switch(qtbot, w, "zh_CN")
        assert w.banner.text() and not english_words(w.banner.text())
        w.reset()  # Reset still knows it as the run's end, and clears it
        assert not w.banner.text()
        # a task switch's recommended settings, with "Keep my settings" beside them
        w.apply_field("task", "recall")
        keep = w.presets.keep_button
        assert w.banner.text() and keep.isVisible()
        switch(qtbot, w, "en")
        assert "recommended" in w.banner.text() and keep.isVisible()
        assert keep.text() == "Keep my settings"
    finally:
        i18n.install("en")
