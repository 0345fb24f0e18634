"""Layout: windows and docks stay on a visible screen, panels open readable, and
presentation mode (F11) goes full screen and comes back exactly as it was."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from rnnstudio.gui import i18n
from rnnstudio.gui.screens import best_screen, clamp

# ============================================================== the pure rule
SCREEN = QRect(0, 0, 1600, 1000)  # the reporter's screen
LEFT, RIGHT = QRect(0, 0, 1920, 1080), QRect(1920, 0, 1366, 768)  # two monitors


def inside(rect: QRect, area: QRect) -> bool:
    return area.contains(rect)


def test_a_window_already_on_screen_stays_where_it_is() -> None:
    r = QRect(100, 80, 1200, 800)
    assert clamp(r, [SCREEN]) == r


def test_a_window_taller_than_the_screen_is_cut_to_it() -> None:
    r = clamp(QRect(80, 40, 1440, 1199), [SCREEN])  # the status bar was off screen
    assert r.height() == 1000 and r.width() == 1440 and inside(r, SCREEN)


def test_a_dock_above_and_left_of_the_screen_comes_back_onto_it() -> None:
    r = clamp(QRect(-666, -648, 900, 600), [SCREEN])  # the floated race dock
    assert r == QRect(0, 0, 900, 600)


def test_a_window_on_the_second_monitor_stays_there() -> None:
    r = QRect(2000, 100, 800, 500)
    assert clamp(r, [LEFT, RIGHT]) == r
    big = clamp(QRect(2000, 100, 1500, 900), [LEFT, RIGHT])  # larger than that monitor
    assert inside(big, RIGHT) and big.size().toTuple() == (1366, 768)


def test_a_window_on_a_monitor_that_is_gone_goes_to_the_primary_screen() -> None:
    r = clamp(QRect(4000, 2000, 800, 500), [LEFT, RIGHT])
    assert inside(r, LEFT)
    assert best_screen(QRect(4000, 2000, 10, 10), [RIGHT, LEFT]) == RIGHT  # first = primary


def test_a_window_across_two_monitors_goes_to_the_one_it_covers_most() -> None:
    r = clamp(QRect(1700, 50, 1000, 600), [LEFT, RIGHT])  # 220 px left, 780 px right
    assert inside(r, RIGHT)


def test_clamp_needs_a_screen() -> None:
    with pytest.raises(ValueError, match="available"):
        clamp(QRect(0, 0, 10, 10), [])


# ================================================================ the window
def available() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def test_a_restored_window_off_screen_and_too_large_comes_back_inside(make_window,
                                                                      qtbot) -> None:
    from rnnstudio.gui.settings import SETTINGS_VERSION

    first = make_window()
    area = available()
    first.setGeometry(area.x() - 666, area.y() - 648, area.width() + 640,
                      area.height() + 400)
    first.close()  # saves geometry and dock state
    w = make_window(restore=True)
    qtbot.wait(600)
    assert inside(w.frameGeometry(), area), (w.frameGeometry(), area)
    assert w.width() <= area.width() and w.height() <= area.height()
    assert w.settings.load_window()[1] is not None and SETTINGS_VERSION


def test_a_floating_dock_restored_off_screen_comes_back_onto_the_screen(make_window,
                                                                        qtbot) -> None:
    first = make_window()
    runs = first.workspace.runs_dock
    runs.toggleViewAction().trigger()
    runs.setFloating(True)
    qtbot.waitUntil(lambda: runs.isFloating() and runs.isVisible(), timeout=3000)
    runs.move(available().x() - 666, available().y() - 648)
    first.close()  # the next launch restores it there
    w = make_window(restore=True)
    dock = w.workspace.runs_dock
    qtbot.waitUntil(lambda: dock.isFloating() and dock.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: inside(dock.frameGeometry(), available()), timeout=3000)


def test_the_race_dock_stays_on_screen_through_a_language_switch(make_window,
                                                                 qtbot) -> None:
    w = make_window()
    w.teaching.show_view("race")  # opens floating over the window
    race = w.teaching.docks["race"]
    qtbot.waitUntil(lambda: race.isFloating() and race.isVisible(), timeout=3000)
    assert inside(race.frameGeometry(), available())
    race.move(available().x() - 666, available().y() - 648)
    qtbot.waitUntil(lambda: inside(race.frameGeometry(), available()), timeout=3000)
    where = race.frameGeometry()
    try:
        w.workspace.set_language("zh_CN")  # retranslated in place: the dock stays put
        qtbot.wait(50)
        assert race.isFloating() and race.isVisible() and race.frameGeometry() == where
    finally:
        i18n.install("en")
        i18n.save_language("en")


def test_a_floating_dock_shown_again_off_screen_is_put_back(make_window, qtbot) -> None:
    w = make_window()
    dock = w.teaching.docks["equations"]
    w.teaching.show_view("equations")
    dock.setFloating(True)
    qtbot.waitUntil(lambda: dock.isFloating() and dock.isVisible(), timeout=3000)
    qtbot.wait(20)
    assert dock.width() >= 0.5 * 0.5 * available().width()  # a default size, not a sliver
    dock.hide()
    dock.move(available().right() + 500, available().bottom() + 500)
    dock.show()
    qtbot.waitUntil(lambda: inside(dock.frameGeometry(), available()), timeout=3000)


# ======================================================= panels open readable
def on_screen_in(widget: QWidget, dock: QWidget) -> QRect:
    """`widget`'s rectangle in `dock` coordinates, cut to what the dock shows."""
    top_left = widget.mapTo(dock, QPoint(0, 0))
    return QRect(top_left, widget.size())


@pytest.mark.parametrize(("view", "lang", "size"), [
    ("lessons", "en", None), ("challenges", "en", None), ("challenges", "zh_CN", None),
    ("challenges", "zh_CN", (1366, 740)), ("lessons", "zh_CN", (1366, 740))])
def test_the_lessons_and_challenges_text_and_load_button_show_whole(make_window, qtbot, view,
                                                                    lang, size) -> None:
    from rnnstudio.gui import i18n

    assert i18n.install(lang)
    try:
        w = make_window()
    finally:
        i18n.install("en")
    w.resize(QSize(*size) if size else w.default_size())
    qtbot.wait(50)
    w.teaching.show_view(view)
    dock = w.teaching.docks[view]
    panel = getattr(w.teaching, view)
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=3000)
    qtbot.wait(50)
    button = on_screen_in(panel.load_button, dock)
    shown = dock.widget().viewport()  # the scroll area's visible part
    view = QRect(shown.mapTo(dock, QPoint(0, 0)), shown.size())
    assert view.contains(button), (button, view)
    assert panel.load_button.width() >= panel.load_button.sizeHint().width()
    text = on_screen_in(panel.text, dock)
    assert view.contains(text) and text.width() >= 200 and text.height() >= 120


def rows_that_fit(table) -> float:
    return table.viewport().height() / table.verticalHeader().defaultSectionSize()


def headers_fit(table) -> list[str]:
    """The column headers cut short (empty when every one shows whole)."""
    header = table.horizontalHeader()
    cut = []
    for i in range(header.count()):
        if header.isSectionHidden(i):
            continue
        need = header.sectionSizeFromContents(i).width()
        if header.sectionSize(i) < need:
            cut.append(table.horizontalHeaderItem(i).text())
    return cut


def test_the_runs_table_opens_with_room_for_four_runs_and_whole_headers(make_window,
                                                                        qtbot) -> None:
    w = make_window()
    w.resize(w.default_size())
    qtbot.wait(50)
    ws = w.workspace
    ws.runs_dock.toggleViewAction().trigger()  # View → Runs
    table = ws.runs.table
    qtbot.waitUntil(lambda: not ws.runs_dock.visibleRegion().isEmpty(), timeout=3000)
    qtbot.wait(50)
    assert rows_that_fit(table) >= 4
    assert headers_fit(table) == []


def test_verify_gradients_opens_with_room_for_four_parameters(make_window, qtbot) -> None:
    w = make_window()
    w.resize(w.default_size())
    qtbot.wait(50)
    w.teaching.show_view("gradcheck")
    view = w.teaching.gradcheck
    qtbot.waitUntil(lambda: not w.teaching.docks["gradcheck"].visibleRegion().isEmpty(),
                    timeout=3000)
    qtbot.wait(50)
    assert rows_that_fit(view.table) >= 4
    assert headers_fit(view.table) == []
    assert view.model_label.width() >= 0.8 * view.width()  # its own line, not a sliver


def test_equations_open_taller_than_a_quarter_of_the_window(make_window, qtbot) -> None:
    w = make_window()
    w.resize(w.default_size())
    qtbot.wait(50)
    before = w.docks["inside"].height()
    w.teaching.show_view("equations")
    dock = w.teaching.docks["equations"]
    qtbot.waitUntil(lambda: dock.height() > before + 20, timeout=3000)


# ============================================================ presentation mode
def axes_now(window) -> dict[int, tuple]:
    """Every plot axis on screen (tabs behind others are not laid out): tick font size,
    fixed and actual thickness and length, label text and size."""
    out = {}
    for view in window.findChildren(pg.GraphicsView):
        if view.scene() is None or view.viewport().visibleRegion().isEmpty():
            continue
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem) and item.isVisible():
                font = item.style.get("tickFont")
                out[id(item)] = (
                    item.orientation, font.pointSizeF() if font is not None else None,
                    item.minimumWidth(), item.maximumWidth(), item.minimumHeight(),
                    item.maximumHeight(), round(item.geometry().width()),
                    round(item.geometry().height()), item.labelText,
                    item.labelStyle.get("font-size"))
    return out


@pytest.fixture
def app_font(qapp):
    font = QFont(qapp.font())
    yield qapp
    qapp.setFont(font)


def test_presentation_mode_goes_full_screen_and_comes_back_exactly(app_font, make_window,
                                                                   qtbot) -> None:
    w = make_window()
    w.step()
    qtbot.wait(300)
    w.move(available().topLeft() + QPoint(10, 10))
    w.resize(w.default_size() * 0.9)
    qtbot.wait(200)
    geometry = w.geometry()
    before = axes_now(w)
    settings_width = w.settings_dock.width()
    assert before
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(w.isFullScreen, timeout=3000)
    qtbot.wait(200)
    assert w.workspace.presentation.enabled
    big = axes_now(w)
    left = [k for k, v in before.items() if v[0] == "left" and v[1]]
    assert all(big[k][1] > before[k][1] for k in left)  # larger tick fonts
    # the plots get the room: settings at most 30 % (or its minimum on a small screen)
    assert w.settings_dock.width() <= max(0.3 * w.width(),
                                          w.settings_dock.minimumSizeHint().width() + 4)
    qtbot.keyClick(w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=3000)
    qtbot.wait(600)  # the second placement, after a window manager's frame
    assert w.geometry() == geometry
    assert abs(w.settings_dock.width() - settings_width) <= 1
    after = axes_now(w)
    changed = {k: (before[k], after.get(k)) for k in before if after.get(k) != before[k]}
    assert not changed, [tuple(map(str, v)) for v in changed.values()][:5]


def test_presentation_mode_remembers_the_normal_geometry_for_the_next_launch(
        app_font, make_window, qtbot) -> None:
    w = make_window()
    w.resize(w.default_size() * 0.9)
    qtbot.wait(50)
    normal = w.geometry()
    w.workspace.toggle_presentation(True)
    qtbot.waitUntil(w.isFullScreen, timeout=3000)
    w.close()  # closed while full screen
    again = make_window(restore=True)
    qtbot.wait(600)  # its placement settles
    assert again.workspace.presentation.enabled is False
    assert again.size() == normal.size()


def test_a_narrow_window_shows_the_toolbar_as_icons_with_nothing_in_the_overflow(
        make_window, qtbot) -> None:
    w = make_window()
    tb = w.run_toolbar
    w.resize(1400, 700)
    qtbot.waitUntil(lambda: tb.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                    timeout=3000)
    w.resize(640, 600)
    qtbot.waitUntil(lambda: tb.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly,
                    timeout=3000)
    qtbot.wait(50)
    # every button and the speed control lie inside the bar: none went to the » menu
    for action in tb.actions():
        widget = tb.widgetForAction(action)
        if widget is not None and action.isVisible() and not action.isSeparator():
            assert widget.isVisible(), action.text()
            right = widget.mapTo(tb, QPoint(widget.width(), 0)).x()
            assert right <= tb.width(), (action.text(), right, tb.width())
    train = tb.widgetForAction(w.actions_by_name["train"])
    assert "Train" in train.toolTip() or "Space" in train.toolTip()  # its name, on hover
    w.resize(1400, 700)  # and the names come back
    qtbot.waitUntil(lambda: tb.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                    timeout=3000)


def test_maximising_gives_the_plots_the_new_width_not_the_settings(make_window, qtbot) -> None:
    # Qt would hand the settings column a share of a maximised window's extra width
    from rnnstudio.gui.main_window import FRAME_WAIT_MS

    w = make_window()
    qtbot.wait(FRAME_WAIT_MS + 100)  # the first placement settled (kept on the screen)
    w.resize(1100, 700)
    qtbot.wait(100)
    side = w.settings_dock
    loss, grads = w.docks["loss"], w.docks["gradients"]
    rest = (side.width() + loss.width() + grads.width() - 300) // 2
    w.resizeDocks([side, loss, grads], [300, rest, rest],  # the user drags the separator
                  Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(side.width() - 300) <= 4, timeout=3000)
    kept = side.width()
    plots = loss.width() + grads.width()
    w.resize(1800, 700)  # maximised on a large screen
    qtbot.waitUntil(lambda: loss.width() + grads.width() > plots + 600, timeout=3000)
    qtbot.wait(100)
    assert side.width() == kept
    assert abs(loss.width() - grads.width()) < 0.25 * loss.width()  # both plot columns grew
    w.resize(1100, 700)  # and restored again
    qtbot.waitUntil(lambda: loss.width() + grads.width() < plots + 50, timeout=3000)
    qtbot.wait(100)
    assert side.width() == kept
