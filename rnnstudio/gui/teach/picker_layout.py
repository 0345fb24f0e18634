"""One layout rule for the panels that pair a list with a text (lessons, challenges):
side by side when the panel is wide, the list above the text when it is narrow (a dock
beside the settings), so the text and its buttons keep their full width."""

from __future__ import annotations

from PySide6 import QtWidgets

SIDE_BY_SIDE = 640  # px: narrower than this, the list sits above the text
LIST_WIDTH = 210  # px: the list's least width side by side
LIST_SHARE = 3  # stacked, the list takes at most 1/LIST_SHARE of the height...
LIST_HEIGHT = 160  # ...but never less than this many pixels


def follow_width(panel: QtWidgets.QWidget, picker: QtWidgets.QWidget) -> None:
    """Call from `panel`'s resizeEvent; its layout is a QBoxLayout whose first item
    holds `picker`."""
    lay = panel.layout()
    assert isinstance(lay, QtWidgets.QBoxLayout)
    side = QtWidgets.QBoxLayout.Direction.LeftToRight
    want = side if panel.width() >= SIDE_BY_SIDE else QtWidgets.QBoxLayout.Direction.TopToBottom
    if lay.direction() != want:
        lay.setDirection(want)
        picker.setMinimumWidth(LIST_WIDTH if want == side else 0)
    picker.setMaximumHeight(16777215 if want == side
                            else max(LIST_HEIGHT, panel.height() // LIST_SHARE))
