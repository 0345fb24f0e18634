"""The cell and task registries: every module that declares itself is found, and what a
descriptor says agrees with the object it makes."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.cells import make_cell, registry
from rnnstudio.engine.config import CELLS, TASKS, Config, ConfigError, specs
from rnnstudio.engine.tasks import TASK_TITLES, make_task
from rnnstudio.engine.tasks import registry as task_registry


def test_every_cell_module_is_registered_and_offered_by_the_config():
    assert registry.names() == CELLS
    assert set(CELLS) >= {"elman", "lstm", "peephole", "gru", "mgu"}
    assert specs()["cell"].choices == CELLS
    with pytest.raises(ConfigError, match="mgu"):  # the error names every allowed cell
        Config(cell="transformer")


def test_cell_options_follow_the_descriptors():
    assert specs()["activation"].cells == registry.with_option("activation") == ("elman",)
    assert specs()["forget_bias"].cells == registry.with_option("forget_bias")


@pytest.mark.parametrize("name", registry.names())
def test_a_descriptor_agrees_with_its_cell(name):
    info = registry.info(name)
    cfg = Config(cell=name, hidden=4)
    cell = make_cell(name, cfg)
    assert cell.name == name
    assert cell.state_names == info.state_names and cell.gate_names == info.gate_names
    assert set(info.tanh_gates) <= set(info.gate_names)
    assert {"h", *info.state_names, *info.gate_names} <= set(info.describe)
    ref = registry.reference_for(cell)
    assert ref.state_names == cell.state_names
    shapes = info.param_shapes(3, 4)
    layout = info.torch
    assert shapes[layout.wx] == (3, layout.blocks * 4)
    assert shapes[layout.wh] == (4, layout.blocks * 4)
    assert shapes[layout.b] == (layout.blocks * 4,)
    others = set(shapes) - {layout.wx, layout.wh, layout.b}
    expected = {ours for ours, _ in layout.extras}
    if layout.recurrent_bias:
        expected.add(layout.recurrent_bias[0])
    assert others == expected  # every parameter travels in the state_dict
    # internals report every state and gate, (T, B, H)
    p = cell.init_params(3, 4, np.random.default_rng(0), cfg, np.dtype(np.float64))
    state0 = tuple(np.zeros((2, 4)) for _ in cell.state_names)
    _, cache = cell.forward(np.ones((5, 2, 3)), state0, p)
    inside = cell.internals(cache)
    assert set(inside) == {*cell.state_names, *cell.gate_names}
    assert all(v.shape == (5, 2, 4) for v in inside.values())


def test_unknown_cell_names_the_known_ones():
    with pytest.raises(ValueError, match="mgu"):
        make_cell("transformer", Config())


def test_every_task_module_is_registered_and_offered_by_the_config():
    assert task_registry.names() == TASKS == tuple(TASK_TITLES)
    for info in task_registry.tasks():
        task = make_task(Config(task=info.name))
        assert task.name == info.name and task.title == info.title
        assert info.explanation
        assert len(info.input_names) in (0, task.n_in)
