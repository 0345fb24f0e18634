"""Every text a person can read in a widget tree: labels, buttons, titles, tabs, combo
items, tooltips, rich text, table cells, menus, plot titles and axes, and text drawn in
graphics scenes. Used to check that the Chinese interface has no English left in it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6 import QtWidgets

from rnnstudio.gui.plots.common import full_text

# Names and symbols that stay as they are in any language.
KEEP = {
    "rnn", "rnns", "lstm", "lstms", "gru", "grus", "elman", "bptt", "tanh", "sigmoid", "relu",
    "softmax", "adam", "rmsprop", "sgd", "glorot", "xavier", "trask", "hamlet", "pytorch",
    "numpy", "json", "csv", "png", "svg", "npz", "utf", "studio", "karpathy", "greff",
    "hochreiter", "schmidhuber", "peephole", "udacity", "arma", "mse", "bce", "float",
    "zoom", "qt", "rnnstudio", "http", "https", "www", "github", "com", "org", "bpc",
    "latex", "state_dict", "argmax", "exp", "log", "sin", "max", "min", "diag", "sign",
    "clip", "norm", "abs", "dtanh", "dsigmoid", "md",
    "ctrl", "shift", "home", "alt", "space", "enter", "return", "backspace",  # key names
    "gers", "shakespeare",
}
# Labels that show what a file of the learner's holds (content, not interface).
CONTENT_LABELS = {"corpus_opening"}
WORD = re.compile(r"[A-Za-z]{4,}")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]*>", " ", text)
    return html.unescape(text)


def _scene_texts(scene: QtWidgets.QGraphicsScene) -> Iterator[str]:
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.LabelItem):  # a plot's title: whole (a cut one depends on
            yield full_text(item)           # the room)
            continue
        if isinstance(item, pg.AxisItem) and item.label.isVisible():
            yield full_text(item)
        if isinstance(item, QtWidgets.QGraphicsTextItem):
            if not isinstance(item.parentItem(), (pg.LabelItem, pg.AxisItem)):
                yield item.toPlainText()
        elif isinstance(item, QtWidgets.QGraphicsSimpleTextItem):
            yield item.text()
        if item.toolTip():
            yield item.toolTip()


def texts(root: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every readable text under `root` (visible widgets only)."""
    widgets = [root, *root.findChildren(QtWidgets.QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.toolTip():
            yield where, w.toolTip()
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)) \
                and w.objectName() not in CONTENT_LABELS:
            yield where, w.text()
        if isinstance(w, QtWidgets.QGroupBox):
            yield where, w.title()
        if isinstance(w, QtWidgets.QDockWidget):
            yield where, w.windowTitle()
        if isinstance(w, QtWidgets.QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
                yield where, w.tabToolTip(i)
        if isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                yield where, w.tabText(i)
        if isinstance(w, QtWidgets.QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        if isinstance(w, (QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)):
            if w.objectName() not in ("generated_text", "corpus_text"):  # the network's
                # own writing; a text it reads (Neurons you can read)
                yield where, w.toPlainText()
            if isinstance(w, QtWidgets.QTextEdit) or w.isReadOnly():
                yield where, w.placeholderText()
        if isinstance(w, QtWidgets.QLineEdit):
            yield where, w.placeholderText()
        if isinstance(w, QtWidgets.QTableWidget):
            for c in range(w.columnCount()):
                h = w.horizontalHeaderItem(c)
                if h is not None:
                    yield where, h.text()
        if isinstance(w, QtWidgets.QTreeWidget):
            head = w.headerItem()
            for c in range(w.columnCount()):
                yield where, head.text(c)
        if isinstance(w, QtWidgets.QMenu):
            for a in w.actions():
                yield where, a.text()
                yield where, a.toolTip() if a.toolTip() != a.text().replace("&", "") else ""
        if isinstance(w, pg.PlotWidget):
            item = w.getPlotItem()
            yield where, full_text(item.titleLabel)  # whole: a cut one depends on the room
            for name in ("left", "bottom", "right", "top"):
                axis = item.getAxis(name)
                if axis.isVisible() and axis.label.isVisible():
                    yield where, full_text(axis)
        if isinstance(w, QtWidgets.QGraphicsView) and w.scene() is not None:
            for t in _scene_texts(w.scene()):
                yield where, t


def english_words(text: str, keep: frozenset[str] = frozenset()) -> list[str]:
    """Words of four or more Latin letters that are not names or symbols (KEEP, `keep`:
    lower case)."""
    out = []
    for word in WORD.findall(_plain(text)):
        if word.lower() not in KEEP and word.lower() not in keep:
            out.append(word)
    return out


def english_left(root: QtWidgets.QWidget, keep: set[str] | frozenset[str] = frozenset()
                 ) -> list[tuple[str, str]]:
    """(where, text) of every readable text under `root` that still has English words;
    `keep` adds a view's own symbols (lower case) to KEEP."""
    keep = frozenset(keep)
    seen: set[tuple[str, str]] = set()
    bad = []
    for where, text in texts(root):
        if text and english_words(text, keep) and (where, text) not in seen:
            seen.add((where, text))
            bad.append((where, text))
    return bad


NUMBER = re.compile(r"\d[\d,.:]*|–")  # a value, or the dash shown for none


def menu_texts(menu: QtWidgets.QMenu, where: str = "") -> Iterator[tuple[str, str]]:
    """(path, text and tooltip) of every action of `menu` and its submenus."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = f"{where}/{action.text()}"
        yield path, action.text()
        yield path, action.toolTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), path)


def window_texts(window: QtWidgets.QMainWindow, roots: tuple[QtWidgets.QWidget, ...] = ()
                 ) -> list[tuple[str, str]]:
    """Everything readable in `window` and `roots` (its floating docks, say): its menus
    with their actions, the widgets shown and the window title, sorted, numbers (which
    depend on timing) written as #; for comparing two windows."""
    out = [("title", window.windowTitle())]
    for action in window.menuBar().actions():
        out += [("menu", t) for t in (action.text(), *(t for _, t in
                                                        menu_texts(action.menu())))]
    for root in (window, *roots):
        out += list(texts(root))
    return sorted({(where, NUMBER.sub("#", text)) for where, text in out if text})
