"""The network's BPTT trace: what the teaching views draw is what training computed."""

import numpy as np
import pytest

from rnnstudio.engine import Config
from rnnstudio.engine.cells import registry
from rnnstudio.engine.cells.base import step_norms
from rnnstudio.engine.model import Network


@pytest.mark.parametrize("cell", registry.names())
@pytest.mark.parametrize("truncate", [0, 3])
def test_trace_holds_the_per_step_gradients_whose_norms_are_the_flow(cell, truncate):
    net = Network(Config(cell=cell, hidden=5, layers=2, dtype="float64"), 3, 2, "linear",
                  np.random.default_rng(0))
    rng = np.random.default_rng(1)
    x, y, m = rng.normal(size=(7, 2, 3)), rng.normal(size=(7, 2, 2)), np.ones((7, 2))
    plain = net.gradients(x, y, m, truncate=truncate)
    g_plain = net.grad_flat.copy()
    res = net.gradients(x, y, m, truncate=truncate, trace=True)
    np.testing.assert_array_equal(net.grad_flat, g_plain)
    assert plain.trace is None
    for name in registry.info(cell).state_names:
        assert len(res.trace[name]) == 2
        for layer in range(2):
            vecs = res.trace[name][layer]
            assert vecs.shape == (7, 2, 5)
            np.testing.assert_allclose(step_norms(vecs), res.flow[name][layer], rtol=1e-12)
