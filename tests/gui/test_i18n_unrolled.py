"""The unrolled-network view speaks Simplified Chinese in every state a learner sees:
each cell type and task, forward and backward steps, the circuit and the narration."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from visible_text import english_left  # noqa: E402

from rnnstudio.engine.config import Config  # noqa: E402
from rnnstudio.engine.trainer import Trainer  # noqa: E402
from rnnstudio.gui import i18n  # noqa: E402
from rnnstudio.gui.teach.unrolled import UnrolledView  # noqa: E402

# key names as printed on the keyboard (tooltips of the step and zoom buttons)
KEEP = frozenset({"home", "ctrl"})

CASES = [
    # (cell, task, layers, truncate): every cell, a stacked and a truncated network, and
    # tasks with bit, class and real-valued outputs
    ("elman", "addition", 1, 0),
    ("lstm", "addition", 2, 0),
    ("peephole", "detection", 1, 2),
    ("gru", "charlm", 2, 0),
    ("lstm", "forecast", 1, 0),
    ("elman", "recall", 1, 3),
    ("gru", "adding", 1, 0),
]


def _view_texts(view: UnrolledView) -> list[str]:
    """Texts english_left cannot see: the spin boxes' affixes and the colour bars'
    painted titles and end labels."""
    out = [view.layer_box.prefix(), view.layer_box.suffix(), view.unit_box.prefix(),
           view.unit_box.suffix()]
    for bar in (view.value_bar, view.gate_bar, view.grad_bar):
        out += [bar.title, bar.left, bar.right]
    return out


def _english(texts: list[str]) -> list[str]:
    from visible_text import english_words

    return [t for t in texts if english_words(t, KEEP)]


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    try:
        yield
    finally:
        i18n.install("en")


def test_empty_view_speaks_chinese(qtbot, chinese):
    view = UnrolledView()
    qtbot.addWidget(view)
    view.show()
    assert not english_left(view, keep=KEEP)
    assert "训练" in view.equation_text()


@pytest.mark.parametrize(("cell", "task", "layers", "truncate"), CASES)
def test_unrolled_view_speaks_chinese(qtbot, chinese, cell, task, layers, truncate):
    cfg = Config(cell=cell, task=task, hidden=6, layers=layers, truncate=truncate,
                 bits=5, seq_len=8, delay=2)
    tr = Trainer(cfg)
    view = UnrolledView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    T = tr.probe_batch.x.shape[0]
    seen = set()
    for layer in range(layers):
        view.set_layer(layer)
        for mode in ("forward", "backward"):
            for t in (1, 2, T):
                view.set_cursor(mode, t)
                assert view.cursor() == (mode, t)
                left = english_left(view, keep=KEEP)
                assert not left, (mode, t, left)
                assert not _english(_view_texts(view)), _view_texts(view)
                seen.add(view.equation_text())
                # the squares' tooltips (formatted when the mouse rests on one)
                tip = view.square_tip(view.square(layer, "h", t, 0))
                assert "单元 1" in tip and not _english([tip]), tip
    # the narration is Chinese, not just free of English words
    text = "\n".join(seen)
    assert "前向传播" in text and "反向传播" in text
    assert "单元" in view.circuit.labels["title"]
    if truncate:
        assert "截断" in view.loss_label.text()


def test_english_is_still_the_source(qtbot):
    tr = Trainer(Config(cell="lstm", hidden=6, bits=5))
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    view.set_cursor("backward", 2)
    assert "Backward (BPTT)" in view.equation_text()
    assert view.unit_box.prefix() == "unit " and view.unit_box.suffix() == ""
    assert "unit" in view.circuit.labels["title"]
