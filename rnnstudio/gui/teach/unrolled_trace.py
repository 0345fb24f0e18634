"""One probe sequence traced through the network: forward values and BPTT vectors.

The engine's ``Network.gradients`` reports only the norms ‖∂L/∂h_t‖ per step. The
unrolled view also shows the vectors and the terms each step adds (the part that
comes from the output at t and the part that comes back from step t+1), so this
module replays the backward pass of one sequence from the engine's recorded
activations, following the equations in each cell's docstring (the names match:
``dh``, ``dh_next``, ``dc``, ``dc_next``, ``da``). A test checks that its norms equal
the engine's gradient flow.

Everything works on a private copy of the network (:func:`copy_network`), so a run
training in another thread never races the views. Arrays are float64, one sequence:
``(T, n)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ...engine.losses import loss_and_grad
from ...engine.model import Network

Array = np.ndarray
KNOWN_CELLS = ("elman", "lstm", "peephole", "gru")


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


def _backward(cell: Any, x_in: Array, vals: dict[str, Array], params: dict[str, Array],
              d_above: Array, k: int) -> tuple[LayerTrace, Array]:
    name = cell.name
    h = vals["h"]
    T, n = h.shape
    h_prev = _shift(h)
    c_prev = _shift(vals["c"]) if "c" in vals else None
    dH = np.zeros((T, n))
    dH_next = np.zeros((T, n))
    lt = LayerTrace(cell=name, activation=getattr(cell, "activation", ""), x_in=x_in,
                    values=vals, h_prev=h_prev, c_prev=c_prev, parts={}, d_above=d_above,
                    dh_next=dH_next, dh=dH)
    dh_next = np.zeros(n)
    if name == "elman":
        W_xh, W_hh, b_h = params["W_xh"], params["W_hh"], params["b_h"]
        xW, hW = x_in @ W_xh, h_prev @ W_hh
        lt.parts = {"xW": xW, "hW": hW, "b": np.broadcast_to(b_h, (T, n)), "a": xW + hW + b_h}
        if lt.activation == "sigmoid":
            dphi = h * (1.0 - h)
        elif lt.activation == "relu":
            dphi = (h > 0).astype(np.float64)
        else:
            dphi = 1.0 - h * h
        lt.parts["dphi"] = dphi
        da = np.zeros((T, n))
        for t in range(T - 1, -1, -1):
            if (t + 1) % k == 0:
                dh_next = np.zeros(n)
            dH_next[t] = dh_next
            dH[t] = d_above[t] + dh_next
            da[t] = dH[t] * dphi[t]
            dh_next = da[t] @ W_hh.T
        lt.da = {"a": da}
        return lt, da @ W_xh.T
    if name in ("lstm", "peephole"):
        W_x, W_h, b = params["W_x"], params["W_h"], params["b"]
        i, f, g, o, c = vals["i"], vals["f"], vals["g"], vals["o"], vals["c"]
        tc = np.tanh(c)
        a = x_in @ W_x + h_prev @ W_h + b
        lt.parts = {f"a_{q}": a[:, j * n:(j + 1) * n] for j, q in enumerate("ifgo")}
        lt.parts["tanh_c"] = tc
        peep = name == "peephole"
        if peep:
            p_i, p_f, p_o = params["p_i"], params["p_f"], params["p_o"]
            lt.parts.update({"p_i": np.broadcast_to(p_i, (T, n)),
                             "p_f": np.broadcast_to(p_f, (T, n)),
                             "p_o": np.broadcast_to(p_o, (T, n))})
        dC = np.zeros((T, n))
        dC_next = np.zeros((T, n))
        dA = np.zeros((T, 4 * n))
        dc_next = np.zeros(n)
        for t in range(T - 1, -1, -1):
            if (t + 1) % k == 0:
                dh_next = np.zeros(n)
                dc_next = np.zeros(n)
            dH_next[t], dC_next[t] = dh_next, dc_next
            dh_t = dH[t] = d_above[t] + dh_next
            da_o = dh_t * tc[t] * o[t] * (1.0 - o[t])
            dc_t = dh_t * o[t] * (1.0 - tc[t] ** 2) + dc_next
            if peep:
                dc_t = dc_t + da_o * p_o
            dC[t] = dc_t
            da_i = dc_t * g[t] * i[t] * (1.0 - i[t])
            da_f = dc_t * c_prev[t] * f[t] * (1.0 - f[t])
            da_g = dc_t * i[t] * (1.0 - g[t] ** 2)
            dA[t] = np.concatenate([da_i, da_f, da_g, da_o])
            dc_next = dc_t * f[t]
            if peep:
                dc_next = dc_next + da_i * p_i + da_f * p_f
            dh_next = dA[t] @ W_h.T
        lt.dc, lt.dc_next = dC, dC_next
        lt.da = {q: dA[:, j * n:(j + 1) * n] for j, q in enumerate("ifgo")}
        return lt, dA @ W_x.T
    if name == "gru":
        W_x, W_h, b_x, b_hn = params["W_x"], params["W_h"], params["b_x"], params["b_hn"]
        r, zg, nn = vals["r"], vals["z"], vals["n"]
        ax = x_in @ W_x + b_x
        ah = h_prev @ W_h
        hn = ah[:, 2 * n:] + b_hn
        lt.parts = {"ax_r": ax[:, :n], "ax_z": ax[:, n:2 * n], "ax_n": ax[:, 2 * n:],
                    "ah_r": ah[:, :n], "ah_z": ah[:, n:2 * n], "hn": hn}
        dA = np.zeros((T, 3 * n))  # [da_r | da_z | dhn]
        da_n = np.zeros((T, n))
        for t in range(T - 1, -1, -1):
            if (t + 1) % k == 0:
                dh_next = np.zeros(n)
            dH_next[t] = dh_next
            dh_t = dH[t] = d_above[t] + dh_next
            da_n[t] = dh_t * (1.0 - zg[t]) * (1.0 - nn[t] ** 2)
            da_z = dh_t * (h_prev[t] - nn[t]) * zg[t] * (1.0 - zg[t])
            da_r = da_n[t] * hn[t] * r[t] * (1.0 - r[t])
            dA[t] = np.concatenate([da_r, da_z, da_n[t] * r[t]])
            dh_next = dh_t * zg[t] + dA[t] @ W_h.T
        lt.da = {"r": dA[:, :n], "z": dA[:, n:2 * n], "n": da_n, "hn": dA[:, 2 * n:]}
        return lt, np.concatenate([dA[:, :2 * n], da_n], axis=1) @ W_x.T
    raise ValueError(f"cell: {name!r}; the unrolled view knows {', '.join(KNOWN_CELLS)}")
