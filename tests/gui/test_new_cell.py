"""A cell added as one module (the minimal gated unit, cells/mgu.py) shows up everywhere
in the app: settings, explanation and diagram, plots, the unrolled view with its gates'
terms, equations, race, gradient check, save and open, export; also in Chinese."""

from __future__ import annotations

import numpy as np
import pytest
import run_state
from PySide6.QtCore import Qt
from visible_text import english_left

from rnnstudio.engine.cells import registry
from rnnstudio.engine.config import Config
from rnnstudio.engine.interop import load_npz
from rnnstudio.gui import i18n
from rnnstudio.gui.teach.unrolled import step_html

MGU = Config(cell="mgu", task="addition", bits=6, hidden=8, batch=8, steps=40,
             eval_every=10, seed=2, lr=0.02)


def train_then_pause(qtbot, w, steps: int) -> None:
    w.controller.train()
    qtbot.waitUntil(lambda: w.controller.step_count >= steps
                    or w.controller.state == "finished", timeout=30_000)
    w.controller.pause()
    qtbot.waitUntil(lambda: w.controller.state in ("paused", "finished"), timeout=10_000)
    w.pacer.flush()


def test_every_registered_cell_is_offered_by_the_settings(window):
    box = window.model_panel.editors["cell"].combo
    assert [box.itemData(i) for i in range(box.count())] == list(registry.names())
    assert "mgu" in registry.names()


def test_the_minimal_gated_unit_everywhere(make_window, qtbot, tmp_path):
    w = make_window(MGU)
    panel = w.model_panel
    assert panel.value("cell") == "mgu"
    assert panel.explanation.text() == registry.info("mgu").explanation
    assert panel.diagram.cell == "mgu"
    train_then_pause(qtbot, w, 15)
    # inside the network: the state and both gates, gates on [0, 1]
    inside = w.inside_view
    names = [inside.quantity_box.itemText(i) for i in range(inside.quantity_box.count())]
    assert names == ["hidden state h_t", "forget gate f_t", "candidate n_t"]
    # gradient flow: h only (the MGU has no cell state)
    assert [q for q, _ in w.gradient_plot._quantities] == ["h"]
    # the unrolled view: values forward, each gate's δa backward, from the reference engine
    view = w.teaching.unrolled
    w.teaching.show_view("unrolled")
    qtbot.waitUntil(lambda: view.trace is not None, timeout=10_000)
    T = view.trace.T
    view.set_cursor("forward", 2)
    assert "f2 = σ(" in view.equation_text()
    forward = step_html(view.trace, view.labels, 0, 2, "forward", 0)
    assert "f<sub>2</sub> = σ(" in forward and "n<sub>t</sub>" in forward
    view.set_cursor("backward", T)
    backward = step_html(view.trace, view.labels, 0, T, "backward", 0)
    assert "δa<sup>f</sup>" in backward and "δa<sup>n</sup>" in backward
    lt = view.trace.layers[0]
    assert set(lt.da) >= {"f", "n"} and np.abs(lt.da["f"]).max() > 0
    # equations: the rendered MGU images load
    w.teaching.show_view("equations")
    eq = w.teaching.equations
    qtbot.waitUntil(lambda: eq.cell() == "mgu", timeout=10_000)
    assert not eq.error.isVisibleTo(eq)
    assert len(eq.legend_rows()) == 7 + len(registry.info("mgu").legend)
    # race: every lane can be an MGU
    for box in w.teaching.race.cell_boxes:
        assert box.findData("mgu") >= 0
    # save and open
    path = tmp_path / "mgu.rnnstudio"
    assert w.workspace.save_to(path)
    flat = run_state.flat(qtbot, w.controller)
    v = make_window(Config())
    assert v.workspace.open(path)
    qtbot.wait(200)
    assert v.config.cell == "mgu"
    np.testing.assert_array_equal(run_state.flat(qtbot, v.controller), flat)
    # export in the state_dict layout (two gate blocks)
    out = tmp_path / "mgu.npz"
    assert v.workspace.export("torch", out)
    sd = load_npz(out)
    assert sd["weight_ih_l0"].shape == (2 * 8, 2) and sd["weight_hh_l0"].shape == (16, 8)


def test_gradient_check_of_the_minimal_gated_unit(qtbot, check_view):
    check_view.set_model(MGU.replace(hidden=4))
    with qtbot.waitSignal(check_view.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(check_view.verify_button, Qt.MouseButton.LeftButton)
    checks = blocker.args[0]
    assert {c.name for c in checks} >= {"l0.W_x", "l0.W_h", "l0.b"}
    assert all(c.ok for c in checks)
    assert check_view.headline.text().startswith("✓ BPTT")


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def test_the_minimal_gated_unit_speaks_chinese(chinese, make_window, qtbot):
    w = make_window(MGU.replace(layers=2))
    train_then_pause(qtbot, w, 10)
    for name in w.teaching.docks:
        w.teaching.show_view(name)
    qtbot.wait(300)
    left = [(where, text) for root in (w, *w.teaching.docks.values())
            for where, text in english_left(root)]
    assert not left, left[:10]
