"""The unrolled view's arrows point the way things flow: forward, input → output and
h_{t-1} → h_t; backward (BPTT), the gradient's way, from the loss down and t+1 → t."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from rnnstudio.engine.config import Config  # noqa: E402
from rnnstudio.engine.trainer import Trainer  # noqa: E402
from rnnstudio.gui.teach.unrolled import UnrolledView  # noqa: E402
from rnnstudio.gui.teach.unrolled_common import Arrow  # noqa: E402


def directions(view: UnrolledView) -> list[tuple[float, float]]:
    """(dx, dy) from each arrow's tail (its line's start) to its head's tip, in the scene."""
    out = []
    for item in view.view.scene().items():
        if isinstance(item, Arrow):
            start = item.mapToScene(item.path().elementAt(0).x, item.path().elementAt(0).y)
            tip = item.head.mapToScene(item.head.polygon()[0])
            out.append((tip.x() - start.x(), tip.y() - start.y()))
    return out


@pytest.mark.parametrize("cell", ["elman", "lstm"])
def test_backward_arrows_point_back_in_time_and_down_from_the_loss(qtbot, cell):
    tr = Trainer(Config(cell=cell, hidden=4, bits=4, layers=2, batch=4))
    for _ in tr.run(budget=3):
        pass
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    T = tr.probe_batch.x.shape[0]
    view.set_cursor("forward", T)
    fwd = directions(view)
    across = [d for d in fwd if abs(d[0]) > abs(d[1])]
    upright = [d for d in fwd if abs(d[1]) >= abs(d[0])]
    recurrent = (T - 1) * 2 * (2 if cell == "lstm" else 1)  # h (and c) arrows, 2 layers
    assert len(across) == recurrent and all(dx > 0 for dx, _ in across)
    assert len(upright) == 3 * T  # input → layer 1 → layer 2 → output, per step
    up = upright[0][1] > 0
    assert all((dy > 0) == up for _, dy in upright)

    view.bwd_radio.click()
    assert view.cursor()[0] == "backward"
    back = directions(view)
    across = [d for d in back if abs(d[0]) > abs(d[1])]
    upright = [d for d in back if abs(d[1]) >= abs(d[0])]
    assert len(across) == recurrent and all(dx < 0 for dx, _ in across)  # t+1 → t
    flipped = [d for d in upright if (d[1] > 0) != up]
    assert len(flipped) == 2 * T  # output → layer 2 → layer 1 carry the gradient down
    assert len(upright) - len(flipped) == T  # the input arrows carry none: unchanged

    view.fwd_radio.click()
    assert all(dx > 0 for dx, dy in directions(view) if abs(dx) > abs(dy))
