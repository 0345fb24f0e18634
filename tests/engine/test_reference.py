"""The fast cells compute exactly what the readable reference engine computes.

No PyTorch needed: the reference (cells/reference.py) is the docstrings' equations,
one step at a time in float64; every registered cell is compared with it."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.cells import make_cell, registry
from rnnstudio.engine.cells.reference import backward, forward, network_gradients
from rnnstudio.engine.config import Config
from rnnstudio.engine.model import Network

# every registered cell; Elman with each of its activations
VARIANTS = [(c.name, a) for c in registry.cells()
            for a in (("tanh", "sigmoid", "relu") if "activation" in c.options else ("tanh",))]
IDS = [f"{c}-{a}" if c == "elman" else c for c, a in VARIANTS]
N_IN, H, T, B = 3, 4, 6, 2
TOL = dict(rtol=1e-10, atol=1e-12)


def setup(cell_name: str, activation: str, seed: int = 0):
    cfg = Config(cell=cell_name, activation=activation, hidden=H, dtype="float64")
    cell = make_cell(cell_name, cfg)
    rng = np.random.default_rng(seed)
    params = cell.init_params(N_IN, H, rng, cfg, np.dtype(np.float64))
    for v in params.values():  # non-zero biases and peepholes
        v += rng.uniform(-0.3, 0.3, size=v.shape)
    x = rng.standard_normal((T, B, N_IN))
    state0 = tuple(rng.standard_normal((B, H)) * 0.5 for _ in cell.state_names)
    dh = rng.standard_normal((T, B, H))
    return cell, params, x, state0, dh


@pytest.mark.parametrize(("cell_name", "activation"), VARIANTS, ids=IDS)
def test_forward_equals_the_reference(cell_name, activation):
    cell, params, x, state0, _ = setup(cell_name, activation)
    h, cache = cell.forward(x, state0, params)
    ref = forward(registry.reference_for(cell), x, state0, params)
    np.testing.assert_allclose(h, ref.state("h"), **TOL)
    for name, final in zip(cell.state_names, cache["state"], strict=True):
        np.testing.assert_allclose(final, ref.states[-1][name], **TOL)
    inside = cell.internals(cache)
    for name in cell.state_names:
        np.testing.assert_allclose(inside[name], ref.state(name), **TOL)
    for gate in cell.gate_names:  # every gate the plots show, as the equations define it
        np.testing.assert_allclose(inside[gate], ref.values(f"{gate}_t"), **TOL)


@pytest.mark.parametrize(("cell_name", "activation"), VARIANTS, ids=IDS)
def test_backward_equals_the_reference(cell_name, activation):
    cell, params, x, state0, dh = setup(cell_name, activation, seed=1)
    _, cache = cell.forward(x, state0, params)
    grads, dx, flow = cell.backward(dh, cache)
    ref = backward(forward(registry.reference_for(cell), x, state0, params), dh)
    assert set(grads) == set(params) == set(ref.grads)
    for name in params:
        np.testing.assert_allclose(grads[name], ref.grads[name], **TOL, err_msg=name)
    np.testing.assert_allclose(dx, ref.dx, **TOL)
    assert set(flow) == set(cell.state_names)
    for name in cell.state_names:  # per-step ‖∂L/∂h_t‖ (and ‖∂L/∂c_t‖)
        np.testing.assert_allclose(flow[name], ref.flow(name), **TOL)
        np.testing.assert_allclose(cache[f"d{name}_total"], ref.values(f"d{name}_t"), **TOL)
    assert all(np.abs(g).max() > 0 for g in grads.values())


@pytest.mark.parametrize("truncate", [0, 2])
@pytest.mark.parametrize(("cell_name", "activation"), VARIANTS, ids=IDS)
def test_two_layer_network_equals_the_reference(cell_name, activation, truncate):
    cfg = Config(cell=cell_name, activation=activation, hidden=H, layers=2, dtype="float64",
                 truncate=truncate)
    net = Network(cfg, N_IN, 2, "bce", rng=np.random.default_rng(3))
    rng = np.random.default_rng(4)
    for v in net.params.values():
        v += rng.uniform(-0.2, 0.2, size=v.shape)
    x = rng.standard_normal((T, B, N_IN))
    y = (rng.random((T, B, 2)) < 0.5).astype(np.float64)
    mask = np.ones((T, B))
    fast = net.gradients(x, y, mask, truncate=truncate)
    ref = network_gradients(net, x, y, mask, truncate=truncate)
    assert fast.loss == pytest.approx(ref.loss, rel=1e-12)
    assert set(net.grads) == set(ref.grads)
    for name, g in net.grads.items():
        np.testing.assert_allclose(g, ref.grads[name], **TOL, err_msg=name)
    for name, per_layer in fast.flow.items():
        for l in range(2):
            np.testing.assert_allclose(per_layer[l], ref.backwards[l].flow(name), **TOL)


def test_the_reference_is_not_the_fast_code():
    """A wrong equation in the reference is caught: perturbing one gate changes the result."""
    cell, params, x, state0, _ = setup("lstm", "tanh")
    ref = registry.reference_for(cell)
    h, _ = cell.forward(x, state0, params)
    p = dict(params)
    p["b"] = params["b"].copy()
    p["b"][H] += 0.1  # one unit's forget-gate bias
    assert not np.allclose(h, forward(ref, x, state0, p).state("h"))
