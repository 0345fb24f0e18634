"""Looks: light and dark themes (following the system by default), presentation mode for
projectors, and the instructor's hidden controls.

* Theme ``system`` follows the desktop's colour scheme (``QStyleHints.colorScheme()``,
  Qt >= 6.5) and changes with it; ``light`` and ``dark`` force one. Forced themes use
  the Fusion style with our palettes, so they look the same on every platform. Plot
  canvases stay light in both themes: colour maps, the Okabe-Ito series colours and
  exported figures then read the same everywhere.
* Presentation mode enlarges every font and thickens every plotted line (pyqtgraph
  pens), so a lecture hall can read the plots. It is re-applied to curves created later.
* Hidden controls: a set of Config field names whose editors the settings panels do not
  show (an instructor hides what a lesson does not need); it travels in experiment files.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..engine.config import specs

THEMES = ("system", "light", "dark")
FONT_SCALE = 1.5  # presentation mode: fonts this much larger
PEN_SCALE = 2.5  # ...and plotted lines this much thicker (at least MIN_PEN px)
MIN_PEN = 3.0



def theme_names() -> dict[str, str]:
    names = {"system": QT_TRANSLATE_NOOP("theme", "Follow the system"),
             "light": QT_TRANSLATE_NOOP("theme", "Light"),
             "dark": QT_TRANSLATE_NOOP("theme", "Dark")}
    return {k: QCoreApplication.translate("theme", v) for k, v in names.items()}


# ================================================================= themes
def system_scheme(fallback: QPalette | None = None) -> str:
    """"dark" or "light": what the desktop asks for (before Qt 6.5, or when the platform
    does not say, the lightness of `fallback`, by default the application's palette)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return "dark"
        if value == Qt.ColorScheme.Light:
            return "light"
    window = (fallback or QGuiApplication.palette()).color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def _palette(colours: dict[str, str], disabled: dict[str, str]) -> QPalette:
    pal = QPalette()
    R = QPalette.ColorRole
    for role, hex_ in colours.items():
        pal.setColor(getattr(R, role), QColor(hex_))
    for role, hex_ in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(R, role), QColor(hex_))
    return pal


def light_palette() -> QPalette:
    return _palette({
        "Window": "#f3f3f3", "WindowText": "#1d1d1d", "Base": "#ffffff",
        "AlternateBase": "#f2f5f8", "ToolTipBase": "#ffffdc", "ToolTipText": "#1d1d1d",
        "PlaceholderText": "#7a7a7a", "Text": "#1d1d1d", "Button": "#ececec",
        "ButtonText": "#1d1d1d", "BrightText": "#ffffff", "Light": "#ffffff",
        "Midlight": "#e3e3e3", "Mid": "#b8b8b8", "Dark": "#9f9f9f", "Shadow": "#707070",
        "Highlight": "#2a6fdb", "HighlightedText": "#ffffff", "Link": "#1a5fb4",
        "LinkVisited": "#6a3fb4",
    }, {"WindowText": "#9a9a9a", "Text": "#9a9a9a", "ButtonText": "#9a9a9a"})


def dark_palette() -> QPalette:
    return _palette({
        "Window": "#2b2d30", "WindowText": "#e8e8e8", "Base": "#1f2023",
        "AlternateBase": "#292b2f", "ToolTipBase": "#3b3e43", "ToolTipText": "#f0f0f0",
        "PlaceholderText": "#8c8c8c", "Text": "#e8e8e8", "Button": "#36393e",
        "ButtonText": "#e8e8e8", "BrightText": "#ffffff", "Light": "#4a4d52",
        "Midlight": "#3e4146", "Mid": "#2f3236", "Dark": "#1b1c1f", "Shadow": "#0d0d0d",
        "Highlight": "#3d7bd9", "HighlightedText": "#ffffff", "Link": "#7cb7ff",
        "LinkVisited": "#b69cff",
    }, {"WindowText": "#7b7b7b", "Text": "#7b7b7b", "ButtonText": "#7b7b7b",
        "Base": "#26272a"})


def repolish(app: QApplication) -> None:
    """Widgets with their own style sheet keep the palette and font they were polished
    with: polish them again so they follow a new theme or font size."""
    for widget in app.allWidgets():
        if widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


class ThemeManager(QObject):
    """Applies a theme to the application and, for "system", follows the desktop."""

    def __init__(self, app: QApplication | None = None):
        super().__init__(app or QApplication.instance())
        self.app = app or QApplication.instance()
        self.choice = "system"
        self.applied = ""
        self._style = self.app.style().name() if self.app is not None else ""
        self._palette = QPalette(self.app.palette()) if self.app is not None else QPalette()
        hints = QGuiApplication.styleHints()
        signal = getattr(hints, "colorSchemeChanged", None)
        if signal is not None:
            signal.connect(self._system_changed)

    def effective(self, choice: str | None = None) -> str:
        choice = choice or self.choice
        return system_scheme(self._palette) if choice == "system" else choice

    def apply(self, choice: str) -> str:
        """Apply "system", "light" or "dark"; returns the scheme in effect."""
        if choice not in THEMES:
            choice = "system"
        self.choice = choice
        scheme = self.effective(choice)
        app = self.app
        if app is None:
            return scheme
        if choice == "system" and scheme == "light" and self._palette.color(
                QPalette.ColorRole.Window).lightness() >= 128:
            app.setStyle(self._style or "Fusion")  # the platform's own look
            app.setPalette(self._palette)
        else:
            app.setStyle("Fusion")
            app.setPalette(dark_palette() if scheme == "dark" else light_palette())
        self.applied = scheme
        repolish(app)
        return scheme

    def _system_changed(self, *_: object) -> None:
        if self.choice == "system":
            self.apply("system")


# =========================================================== presentation
def _vertical(axis: pg.AxisItem) -> bool:
    return axis.orientation in ("left", "right")


def _refit_label(axis: pg.AxisItem) -> None:
    """Choose the axis label's full or short text again for its new font size."""
    from .plots.common import fit_axis_label

    if getattr(axis, "_fit_texts", None):
        fit_axis_label(axis)


def _refit_title(label: pg.LabelItem) -> None:
    from .plots.common import fit_title

    if getattr(label, "_fit_texts", None):
        fit_title(label)


class Presentation(QObject):
    """Presentation mode for one window: big fonts, thick lines. Original sizes are kept
    and put back when the mode is switched off."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.enabled = False
        self._font: QFont | None = None
        self._pens: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._axes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._titles: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._texts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)  # curves made later (new runs, layers) thicken too
        self._timer.timeout.connect(self.refresh)

    def set_enabled(self, on: bool) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        app = QApplication.instance()
        if on:
            self._font = QFont(app.font())
            big = QFont(self._font)
            size = self._font.pointSizeF() if self._font.pointSizeF() > 0 else 9.0
            big.setPointSizeF(size * FONT_SCALE)
            app.setFont(big)
            repolish(app)
            self.refresh()
            self._timer.start()
        else:
            self._timer.stop()
            if self._font is not None:
                app.setFont(self._font)
                repolish(app)
            self._restore()

    def _views(self) -> Iterable[pg.GraphicsView]:
        return self.window.findChildren(pg.GraphicsView)

    def refresh(self) -> None:
        """Thicken lines and enlarge plot text of everything drawn now."""
        if not self.enabled:
            return
        for view in self._views():
            scene = view.scene()
            if scene is None:
                continue
            for item in scene.items():
                if isinstance(item, (pg.PlotCurveItem, pg.PlotDataItem)):
                    self._thicken(item)
                elif isinstance(item, pg.AxisItem):
                    self._enlarge_axis(item)
                elif isinstance(item, pg.PlotItem):
                    self._enlarge_title(item)
                elif isinstance(item, pg.TextItem):
                    self._enlarge_text(item)

    def _thicken(self, item: pg.GraphicsObject) -> None:
        opts = getattr(item, "opts", {})
        pen = opts.get("pen")
        if pen is None or isinstance(item, pg.PlotDataItem):
            return  # a PlotDataItem draws through its PlotCurveItem child
        pen = pg.mkPen(pen)
        if pen.style() == Qt.PenStyle.NoPen:
            return
        width = pen.widthF()
        known = self._pens.get(item)
        if known is not None and abs(width - known[1]) < 1e-9:
            return  # already thick
        thick = max(width * PEN_SCALE, MIN_PEN)
        self._pens[item] = (width, thick)
        pen.setWidthF(thick)
        item.setPen(pen)

    def _enlarge_axis(self, axis: pg.AxisItem) -> None:
        if axis in self._axes:
            return
        # Everything switching off puts back, as it was: the tick font as set (None means
        # the app's font, which is large by now), the label style, the fixed size along
        # the axis's thickness and pyqtgraph's measured tick-text room.
        own = axis.style.get("tickFont")
        self._axes[axis] = (QFont(own) if own is not None else None, dict(axis.labelStyle),
                            axis.fixedWidth, axis.fixedHeight, axis.textWidth,
                            axis.textHeight)
        font = own or self._font or QFont()
        big = QFont(font)
        big.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 9.0) * FONT_SCALE)
        axis.setStyle(tickFont=big)
        # Labels set later keep this size (plots.common.set_axis_label reads it); fixed
        # sizes (which line up stacked plots) grow with the text, or it would not fit.
        axis.labelStyle = {**axis.labelStyle, "font-size": f"{big.pointSizeF():g}pt"}
        if _vertical(axis) and axis.fixedWidth is not None:
            axis.setWidth(int(round(axis.fixedWidth * FONT_SCALE)))
        if not _vertical(axis) and axis.fixedHeight is not None:
            axis.setHeight(int(round(axis.fixedHeight * FONT_SCALE)))
        if axis.labelText:
            axis._updateLabel()
        _refit_label(axis)

    def _enlarge_title(self, plot: pg.PlotItem) -> None:
        label = plot.titleLabel
        if label is None or plot in self._titles or not label.text:
            return
        size = str(label.opts.get("size") or "11pt")
        self._titles[plot] = size
        try:
            pt = float(size.rstrip("pt")) * FONT_SCALE
        except ValueError:
            return
        label.setText(label.text, size=f"{pt:g}pt")
        _refit_title(label)

    def _enlarge_text(self, item: pg.TextItem) -> None:
        """Text drawn in a plot (the bits of the adder's grid, counts in a confusion
        matrix, hover readouts) grows like the rest of the text."""
        font = item.textItem.font()
        known = self._texts.get(item)
        if known is not None and abs(font.pointSizeF() - known.pointSizeF() * FONT_SCALE) < 0.01:
            return  # already large
        self._texts[item] = QFont(font)
        big = QFont(font)
        big.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 9.0) * FONT_SCALE)
        item.setFont(big)

    def _restore(self) -> None:
        for item, (width, _) in list(self._pens.items()):
            pen = pg.mkPen(item.opts.get("pen"))
            pen.setWidthF(width)
            item.setPen(pen)
        for axis, (font, style, width, height, text_w, text_h) in list(self._axes.items()):
            if not shiboken6.isValid(axis):
                continue
            axis.setStyle(tickFont=font)
            axis.labelStyle = style
            axis.textWidth, axis.textHeight = text_w, text_h
            # Only the thickness is ever fixed: a left axis's width, a bottom axis's height
            # (setHeight on a left axis would pin its length to a few pixels).
            axis.fixedWidth, axis.fixedHeight = width, height
            if _vertical(axis):
                axis.setWidth(width)
            else:
                axis.setHeight(height)
            axis._updateLabel()
            _refit_label(axis)
        for plot, size in list(self._titles.items()):
            if not shiboken6.isValid(plot):
                continue
            plot.titleLabel.setText(plot.titleLabel.text, size=size)
            _refit_title(plot.titleLabel)
        for item, font in list(self._texts.items()):
            if shiboken6.isValid(item):
                item.setFont(font)
        self._pens.clear()
        self._axes.clear()
        self._titles.clear()
        self._texts.clear()

    def line_widths(self) -> list[float]:
        """Widths of the drawn curves (for tests)."""
        out = []
        for view in self._views():
            if view.scene() is None:
                continue
            for item in view.scene().items():
                if isinstance(item, pg.PlotCurveItem) and item.opts.get("pen") is not None:
                    pen = pg.mkPen(item.opts["pen"])
                    if pen.style() != Qt.PenStyle.NoPen:
                        out.append(pen.widthF())
        return out


# ========================================================= hidden controls
def hideable_fields() -> dict[str, list[str]]:
    """Field names by panel, in the settings panels' order."""
    out: dict[str, list[str]] = {"model": [], "task": [], "training": []}
    for name, spec in specs().items():
        out["model" if name == "seed" else spec.group].append(name)
    return out


class HideControlsDialog(QDialog):
    """Tick the settings to hide from the panels (an instructor's choice for a lesson)."""

    def __init__(self, hidden: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hide_controls_dialog")
        self.setWindowTitle(self.tr("Hide controls"))
        hidden = set(hidden)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Ticked settings disappear from the settings panels. The "
                               "choice is saved in experiment files, so a class opens the "
                               "experiment with only the controls the lesson needs."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        inner = QWidget()
        il = QVBoxLayout(inner)
        self.boxes: dict[str, QCheckBox] = {}
        all_specs = specs()
        titles = {"model": self.tr("Model"), "task": self.tr("Task"),
                  "training": self.tr("Training")}
        for group, names in hideable_fields().items():
            box = QGroupBox(titles[group])
            grid = QGridLayout(box)
            for i, name in enumerate(names):
                cb = QCheckBox(QCoreApplication.translate("settings", all_specs[name].label))
                cb.setObjectName(f"hide_{name}")
                cb.setChecked(name in hidden)
                grid.addWidget(cb, i // 2, i % 2)
                self.boxes[name] = cb
            il.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        lay.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("Show all"))
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(
            lambda: [cb.setChecked(False) for cb in self.boxes.values()])
        lay.addWidget(buttons)
        self.resize(520, 560)

    def hidden(self) -> set[str]:
        return {name for name, cb in self.boxes.items() if cb.isChecked()}
