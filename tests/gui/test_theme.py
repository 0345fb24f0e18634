"""Themes, presentation mode and the hidden-controls dialog."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from rnnstudio.gui import theme as th


@pytest.fixture
def app_look(qapp):
    """Put the application's style, palette and font back after the test."""
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), QFont(qapp.font())
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


def lightness(role: QPalette.ColorRole) -> int:
    return QApplication.palette().color(role).lightness()


def test_dark_and_light_themes_are_readable(app_look) -> None:
    tm = th.ThemeManager(app_look)
    assert tm.apply("dark") == "dark"
    R = QPalette.ColorRole
    assert lightness(R.Window) < 80 and lightness(R.WindowText) > 180
    assert lightness(R.Base) < 80 and lightness(R.Text) > 180
    assert tm.apply("light") == "light"
    assert lightness(R.Window) > 200 and lightness(R.WindowText) < 80


def test_system_theme_follows_the_desktop(app_look, monkeypatch) -> None:
    tm = th.ThemeManager(app_look)
    monkeypatch.setattr(th, "system_scheme", lambda fallback=None: "dark")
    assert tm.apply("system") == "dark"
    assert lightness(QPalette.ColorRole.Window) < 80
    monkeypatch.setattr(th, "system_scheme", lambda fallback=None: "light")
    tm._system_changed()  # the desktop switched back
    assert tm.applied == "light"
    assert lightness(QPalette.ColorRole.Window) > 200
    tm.apply("dark")
    monkeypatch.setattr(th, "system_scheme", lambda fallback=None: "light")
    tm._system_changed()  # a forced theme ignores the desktop
    assert tm.applied == "dark"


def test_presentation_mode_enlarges_fonts_and_thickens_lines(app_look, qtbot) -> None:
    from rnnstudio.gui.runs import RunsPanel

    panel = RunsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.loss_plot.plot([1, 2, 3], [3, 2, 1], pen=th.pg.mkPen("b", width=1.5))
    pres = th.Presentation(panel)
    before_font = app_look.font().pointSizeF()
    assert max(pres.line_widths()) == 1.5
    pres.set_enabled(True)
    assert app_look.font().pointSizeF() == pytest.approx(before_font * th.FONT_SCALE)
    assert min(pres.line_widths()) >= th.MIN_PEN
    tick = panel.loss_plot.getAxis("bottom").style["tickFont"].pointSizeF()
    late = panel.metric_plot.plot([1, 2], [1, 2], pen=th.pg.mkPen("r", width=1))
    pres.refresh()  # curves drawn after switching on thicken too
    assert late.curve.opts["pen"].widthF() >= th.MIN_PEN
    pres.set_enabled(False)
    assert app_look.font().pointSizeF() == pytest.approx(before_font)
    assert sorted(pres.line_widths()) == [1.0, 1.5]
    assert panel.loss_plot.getAxis("bottom").style["tickFont"].pointSizeF() < tick


def drawn_ticks(axis) -> list[str]:
    """The tick labels an axis really paints (pyqtgraph leaves out those that do not fit)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in specs[2]] if specs else []


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_presentation_mode_keeps_every_row_name_of_the_adder_grid(app_look, make_window,
                                                                  qtbot, lang) -> None:
    from rnnstudio.gui import i18n

    i18n.install(lang)
    try:
        w = make_window()
        w.step()  # one update: the probe's inputs reach the strip above the heat map
        strip = w.inside_view.strip_plot.getAxis("left")
        qtbot.waitUntil(lambda: len(drawn_ticks(strip)) == 2, timeout=10_000)
        grid = w.prediction_view.bits.plot.getAxis("left")
        want = [text for _, text in grid._tickLevels[0]]
        assert len(want) == 4 and drawn_ticks(grid) == want
        w.workspace.toggle_presentation(True)
        qtbot.wait(50)
        assert drawn_ticks(grid) == want  # "a + b (true)" used to vanish here
        assert len(drawn_ticks(strip)) == 2  # "a bit", "b bit"
        w.workspace.toggle_presentation(False)
        assert drawn_ticks(grid) == want
    finally:
        i18n.install("en")


def test_presentation_mode_enlarges_the_digits_of_the_adder_grid(app_look, make_window,
                                                                qtbot) -> None:
    w = make_window()
    w.step()
    grid = w.prediction_view.bits
    qtbot.waitUntil(lambda: grid.texts[0][0].textItem.toPlainText() != "", timeout=10_000)
    before = grid.texts[0][0].textItem.font().pointSizeF()
    w.workspace.toggle_presentation(True)
    qtbot.wait(50)
    assert grid.texts[0][0].textItem.font().pointSizeF() == pytest.approx(
        before * th.FONT_SCALE)
    w.workspace.toggle_presentation(False)
    assert grid.texts[0][0].textItem.font().pointSizeF() == pytest.approx(before)


def test_hide_controls_dialog_lists_every_setting(qtbot) -> None:
    from rnnstudio.engine.config import specs

    dlg = th.HideControlsDialog({"seed", "clip"})
    qtbot.addWidget(dlg)
    assert set(dlg.boxes) == set(specs())
    assert dlg.hidden() == {"seed", "clip"}
    dlg.boxes["optimizer"].setChecked(True)
    dlg.boxes["seed"].setChecked(False)
    assert dlg.hidden() == {"clip", "optimizer"}


def test_presentation_mode_gives_the_plots_the_room_and_puts_the_settings_back(app_look,
                                                                             make_window,
                                                                             qtbot) -> None:
    w = make_window()
    w.resize(1600, 1000)
    w.balance_docks()
    qtbot.wait(50)
    before = w.settings_dock.width()
    w.workspace.toggle_presentation(True)
    qtbot.waitUntil(w.isFullScreen, timeout=3000)
    # settings at most 30 % of the screen's width (its minimum where that is less)
    qtbot.waitUntil(lambda: w.settings_dock.width() <= max(
        0.3 * w.width(), w.settings_dock.minimumSizeHint().width() + 4), timeout=3000)
    w.workspace.toggle_presentation(False)
    qtbot.waitUntil(lambda: abs(w.settings_dock.width() - before) <= 10, timeout=3000)
