"""The model panel's cell diagram says when the network has more than one layer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rnnstudio.engine.cells import registry


def painted(window) -> list[str]:
    diagram = window.model_panel.diagram
    diagram.grab()  # paint now, as the screen would
    return diagram.painted


def test_typing_two_layers_draws_the_stack(qtbot, window):
    assert window.config.cell == "elman" and window.config.layers == 1
    assert "2 layers" not in painted(window)
    spin = window.model_panel.editor("layers").spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.config.layers == 2
    texts = painted(window)
    assert "2 layers" in texts
    assert "stacked: each layer's h feeds the next layer" in texts
    window.model_panel.diagram.grab().save("/tmp/cli-diagram-panel.png")
    spin.selectAll()
    qtbot.keyClicks(spin, "1")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not any("layers" in t or "stacked" in t for t in painted(window))


@pytest.mark.parametrize("cell", registry.names())
def test_every_cell_with_two_layers_says_so(window, cell):
    assert window.apply_field("cell", cell)
    assert window.apply_field("layers", 2)
    texts = painted(window)
    assert "2 layers" in texts and any(t.startswith("stacked:") for t in texts), cell
    assert window.apply_field("layers", 3)
    assert "3 layers" in painted(window)
