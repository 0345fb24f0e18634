"""One probe sequence traced through the network: forward values and BPTT vectors.

The engine's ``Network.gradients`` reports only the norms ‖∂L/∂h_t‖ per step. The
unrolled view also shows the vectors and the terms each step adds (the part that
comes from the output at t and the part that comes back from step t+1), so this
module runs one sequence through the engine's reference cells
(``engine/cells/reference.py``: each cell's equations one step at a time, the names
of its docstring: ``dh``, ``dh_next``, ``dc``, ``dc_next``, ``da``), which works for
every registered cell. A test checks that its norms equal the engine's gradient flow.

Everything works on a private copy of the network (:func:`copy_network`), so a run
training in another thread never races the views. Arrays are float64, one sequence:
``(T, n)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...engine.cells import reference, registry
from ...engine.losses import loss_and_grad
from ...engine.model import Network

Array = np.ndarray


def copy_network(net: Network, weights: dict[str, Array] | None = None) -> Network:
    """A network with the same shape and a private copy of `net`'s weights (or `weights`)."""
    twin = Network(net.cfg, net.n_in, net.n_out, net.head, rng=np.random.default_rng(0))
    twin.set_weights(weights if weights is not None else net.get_weights())
    return twin


@dataclass
class LayerTrace:
    """Forward values and backward vectors of one layer for one sequence."""

    cell: str
    activation: str
    x_in: Array  # (T, n_in) what this layer reads: x_t or the layer below's h_t
    values: dict[str, Array]  # "h", "c" (LSTMs), gates: each (T, n)
    h_prev: Array  # (T, n) h_{t-1}
    c_prev: Array | None  # (T, n) c_{t-1}
    parts: dict[str, Array]  # forward terms (elman: xW, hW, b, a; lstm: a_i..; gru: hn ...)
    d_above: Array  # (T, n) ∂L/∂h_t arriving from the output (or the layer above)
    dh_next: Array  # (T, n) ∂L/∂h_t arriving back from step t+1
    dh: Array  # (T, n) total ∂L/∂h_t
    dc: Array | None = None  # (T, n) total ∂L/∂c_t
    dc_next: Array | None = None  # (T, n) ∂L/∂c_t arriving back from step t+1
    da: dict[str, Array] = field(default_factory=dict)  # gradients of pre-activations

    @property
    def n(self) -> int:
        return self.values["h"].shape[1]


@dataclass
class ProbeTrace:
    """Everything the unrolled view draws for one sequence."""

    cell: str
    head: str
    x: Array  # (T, n_in)
    y: Array  # (T, n_out) or (T,) class indices
    mask: Array  # (T,)
    logits: Array  # (T, n_out)  a^y_t = h_t W_hy + b_y
    outputs: Array  # (T, n_out)  ŷ_t
    d_logits: Array  # (T, n_out)  ∂L/∂a^y_t
    loss: float
    layers: list[LayerTrace]
    truncate: int  # window length k of truncated BPTT (T when full)
    internals: dict[str, Array]  # net.internals(x) of this sequence, as recorded

    @property
    def T(self) -> int:
        return self.x.shape[0]

    @property
    def cuts(self) -> list[int]:
        """Steps t (1-based) whose h_t receives no gradient from t+1 (window edges)."""
        k = self.truncate
        return [t for t in range(k, self.T, k)]


def _f64(a: Array) -> Array:
    return np.asarray(a, dtype=np.float64)


def trace_probe(net: Network, x: Array, y: Array, mask: Array, index: int = 0,
                truncate: int | None = None) -> ProbeTrace:
    """Trace sequence `index` of a (T, B, ...) batch through `net` (not modified).

    `truncate` (default: the network's config) cuts the backward pass into windows
    of k steps, as training does."""
    x1 = np.asarray(x)[:, index:index + 1]
    y1 = np.asarray(y)[:, index:index + 1]
    m1 = np.asarray(mask)[:, index:index + 1]
    T = x1.shape[0]
    if truncate is None:
        truncate = int(getattr(net.cfg, "truncate", 0) or 0)
    k = T if truncate <= 0 else min(truncate, T)
    with np.errstate(all="ignore"):
        internals = net.internals(x1)
        top = internals[f"l{len(net.cells) - 1}.h"]  # (T, 1, n): the output layer reads it
        z = top @ net.params["W_hy"] + net.params["b_y"]
        loss, dz = loss_and_grad(net.head, z, y1, m1, float(m1.sum()))
        d_above = _f64(dz[:, 0]) @ _f64(net.params["W_hy"]).T
        layers: list[LayerTrace] = []
        for l in range(len(net.cells) - 1, -1, -1):
            cell = net.cells[l]
            x_in = _f64(x1[:, 0]) if l == 0 else _f64(internals[f"l{l - 1}.h"][:, 0])
            vals = {k_: _f64(v[:, 0]) for k_, v in internals.items()
                    if k_.startswith(f"l{l}.")}
            vals = {k_.split(".", 1)[1]: v for k_, v in vals.items()}
            params = {k_: _f64(v) for k_, v in net.layer_params[l].items()}
            lt, d_above = _backward(cell, x_in, vals, params, d_above, k)
            layers.append(lt)
    layers.reverse()
    y0 = y1[:, 0]
    return ProbeTrace(cell=net.cells[0].name, head=net.head, x=_f64(x1[:, 0]),
                      y=np.array(y0), mask=_f64(m1[:, 0]), logits=_f64(z[:, 0]),
                      outputs=_f64(internals["output"][:, 0]), d_logits=_f64(dz[:, 0]),
                      loss=float(loss), layers=layers, truncate=k,
                      internals={k_: np.array(v[:, 0]) for k_, v in internals.items()})


def _shift(a: Array) -> Array:
    """(T, n) -> the previous step's values, zeros at t = 1 (the initial state)."""
    out = np.zeros_like(a)
    out[1:] = a[:-1]
    return out


def _name(key: str) -> str:
    """A reference value's name without its step suffix: "hn_t" -> "hn", "a_i" stays."""
    return key[:-2] if key.endswith("_t") else key


def _backward(cell: Any, x_in: Array, vals: dict[str, Array], params: dict[str, Array],
              d_above: Array, k: int) -> tuple[LayerTrace, Array]:
    """One layer's trace: the reference engine (engine/cells/reference.py) replays the
    sequence step by step and its backward terms become the view's per-gate numbers."""
    ref = registry.reference_for(cell)
    h = vals["h"]
    T, n = h.shape
    state0 = {name: np.zeros((1, n)) for name in ref.state_names}
    fw = reference.forward(ref, x_in[:, None], state0, params)
    bw = reference.backward(fw, d_above[:, None], truncate=k)
    parts = {_name(key): fw.values(key)[:, 0] for key in fw.steps[0]
             if key not in ("x_t", "h_prev", "c_prev")}
    for name, p in params.items():  # per-unit vectors (peepholes, biases) at every step
        if p.shape == (n,):
            parts[name] = np.broadcast_to(p, (T, n))
    da = {}
    for key in bw.terms[0]:
        if key in ("dh_t", "dc_t"):
            continue
        if key == "da_t":
            da["a"] = bw.values(key)[:, 0]
        elif key.startswith("da_"):
            da[key[3:]] = bw.values(key)[:, 0]
        else:  # dhn_t -> "hn", dphi_t -> "phi", dr_t -> "r"
            da[_name(key[1:])] = bw.values(key)[:, 0]
    has_c = "c" in ref.state_names
    lt = LayerTrace(cell=cell.name, activation=getattr(cell, "activation", ""), x_in=x_in,
                    values=vals, h_prev=fw.values("h_prev")[:, 0],
                    c_prev=fw.values("c_prev")[:, 0] if has_c else None, parts=parts,
                    d_above=d_above, dh_next=bw.next_values("h")[:, 0],
                    dh=bw.values("dh_t")[:, 0],
                    dc=bw.values("dc_t")[:, 0] if has_c else None,
                    dc_next=bw.next_values("c")[:, 0] if has_c else None, da=da)
    return lt, bw.dx[:, 0]
