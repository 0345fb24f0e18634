"""The reference engine: every cell's forward pass and BPTT, written as in the docstrings.

The fast cells (``elman.py``, ``lstm.py``, ``peephole.py``, ``gru.py``) are tuned for
speed: batched input projections, sigmoids through halved tanh, fused factors, reused
buffers. This module computes the same functions the slow, readable way: one time
step at a time, one equation a line, float64, the variable names of the equations
(``a_t``, ``f_t``, ``c_prev``, ``dh_next``...). Tests check that the fast cells equal
it (outputs, states, every gradient, dx and the per-step gradient flow), and the
unrolled view reads its per-gate terms from it.

A reference cell has two methods, both for one step of a batch (arrays ``(B, n)``)::

    state_t, v = ref.step(p, x_t, state_prev)         # v: every value of the step, by name
    d_prev, dx_t, g_t, dv = ref.step_back(p, v, d_state)

``d_state`` maps each state name to the gradient arriving at it from later: ``"h"``
gets dL/dh_t from above plus dh_next (the total); ``"c"`` gets dc_next only (the cell
adds the path through h_t). ``d_prev`` is what goes back to step t-1 (``dh_next``,
``dc_next`` of that step), ``g_t`` this step's share of every parameter gradient, and
``dv`` the step's backward terms by name, including the totals ``dh_t`` (and ``dc_t``).

:func:`forward` and :func:`backward` run a cell over a sequence ``(T, B, n_in)``;
:func:`network_gradients` runs a whole :class:`~rnnstudio.engine.model.Network` (all
layers, the output head and the loss). A new cell gives its reference class as the
``reference`` of its descriptor (see ``registry.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

Array = np.ndarray
Params = dict[str, Array]


def sigma(a: Array) -> Array:
    """The logistic function 1 / (1 + exp(-a)), without overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * a))


def split(a: Array, k: int) -> list[Array]:
    """The k equal column blocks of a (B, k*H) array."""
    return np.split(a, k, axis=-1)


class ReferenceCell(Protocol):
    state_names: tuple[str, ...]

    def step(self, p: Params, x_t: Array, state_prev: dict[str, Array]
             ) -> tuple[dict[str, Array], dict[str, Array]]: ...

    def step_back(self, p: Params, v: dict[str, Array], d_state: dict[str, Array]
                  ) -> tuple[dict[str, Array], Array, Params, dict[str, Array]]: ...


# --------------------------------------------------------------------- Elman
class ElmanReference:
    """a_t = x_t W_xh + h_{t-1} W_hh + b_h,   h_t = phi(a_t)."""

    state_names = ("h",)
    gate_names: tuple[str, ...] = ()

    def __init__(self, activation: str = "tanh"):
        self.activation = activation

    def phi(self, a_t: Array) -> Array:
        if self.activation == "sigmoid":
            return sigma(a_t)
        if self.activation == "relu":
            return np.maximum(a_t, 0.0)
        return np.tanh(a_t)

    def dphi(self, h_t: Array) -> Array:
        """phi'(a_t), written with h_t = phi(a_t)."""
        if self.activation == "sigmoid":
            return h_t * (1.0 - h_t)
        if self.activation == "relu":
            return (h_t > 0.0).astype(h_t.dtype)
        return 1.0 - h_t ** 2

    def step(self, p, x_t, state_prev):
        h_prev = state_prev["h"]
        xW_t = x_t @ p["W_xh"]
        hW_t = h_prev @ p["W_hh"]
        a_t = xW_t + hW_t + p["b_h"]
        h_t = self.phi(a_t)
        v = {"x_t": x_t, "h_prev": h_prev, "xW_t": xW_t, "hW_t": hW_t, "a_t": a_t, "h_t": h_t}
        return {"h": h_t}, v

    def step_back(self, p, v, d_state):
        dh_t = d_state["h"]
        dphi_t = self.dphi(v["h_t"])
        da_t = dh_t * dphi_t
        dh_next = da_t @ p["W_hh"].T  # to step t-1
        dx_t = da_t @ p["W_xh"].T
        g_t = {"W_xh": v["x_t"].T @ da_t, "W_hh": v["h_prev"].T @ da_t,
               "b_h": da_t.sum(axis=0)}
        return {"h": dh_next}, dx_t, g_t, {"dh_t": dh_t, "dphi_t": dphi_t, "da_t": da_t}


# ---------------------------------------------------------------------- LSTM
class LSTMReference:
    """The LSTM of lstm.py's docstring; with ``peephole=True`` the one of peephole.py."""

    state_names = ("h", "c")
    gate_names = ("i", "f", "g", "o")

    def __init__(self, peephole: bool = False):
        self.peephole = peephole

    def step(self, p, x_t, state_prev):
        h_prev, c_prev = state_prev["h"], state_prev["c"]
        a_t = x_t @ p["W_x"] + h_prev @ p["W_h"] + p["b"]
        a_i, a_f, a_g, a_o = split(a_t, 4)
        if self.peephole:
            a_i = a_i + p["p_i"] * c_prev
            a_f = a_f + p["p_f"] * c_prev
        i_t = sigma(a_i)
        f_t = sigma(a_f)
        g_t = np.tanh(a_g)
        c_t = f_t * c_prev + i_t * g_t
        if self.peephole:
            a_o = a_o + p["p_o"] * c_t
        o_t = sigma(a_o)
        tanh_c_t = np.tanh(c_t)
        h_t = o_t * tanh_c_t
        v = {"x_t": x_t, "h_prev": h_prev, "c_prev": c_prev, "a_i": a_i, "a_f": a_f,
             "a_g": a_g, "a_o": a_o, "i_t": i_t, "f_t": f_t, "g_t": g_t, "o_t": o_t,
             "c_t": c_t, "tanh_c_t": tanh_c_t, "h_t": h_t}
        return {"h": h_t, "c": c_t}, v

    def step_back(self, p, v, d_state):
        i_t, f_t, g_t, o_t = v["i_t"], v["f_t"], v["g_t"], v["o_t"]
        c_prev, tanh_c_t = v["c_prev"], v["tanh_c_t"]
        dh_t, dc_next = d_state["h"], d_state["c"]
        da_o = dh_t * tanh_c_t * o_t * (1.0 - o_t)
        dc_t = dh_t * o_t * (1.0 - tanh_c_t ** 2) + dc_next
        if self.peephole:
            dc_t = dc_t + da_o * p["p_o"]
        da_i = dc_t * g_t * i_t * (1.0 - i_t)
        da_f = dc_t * c_prev * f_t * (1.0 - f_t)
        da_g = dc_t * i_t * (1.0 - g_t ** 2)
        dc_prev = dc_t * f_t  # dc_next of step t-1
        if self.peephole:
            dc_prev = dc_prev + da_i * p["p_i"] + da_f * p["p_f"]
        da_t = np.concatenate([da_i, da_f, da_g, da_o], axis=-1)
        dh_prev = da_t @ p["W_h"].T  # dh_next of step t-1
        dx_t = da_t @ p["W_x"].T
        g = {"W_x": v["x_t"].T @ da_t, "W_h": v["h_prev"].T @ da_t, "b": da_t.sum(axis=0)}
        if self.peephole:
            g["p_i"] = (da_i * c_prev).sum(axis=0)
            g["p_f"] = (da_f * c_prev).sum(axis=0)
            g["p_o"] = (da_o * v["c_t"]).sum(axis=0)
        dv = {"dh_t": dh_t, "dc_t": dc_t, "da_i": da_i, "da_f": da_f, "da_g": da_g,
              "da_o": da_o}
        return {"h": dh_prev, "c": dc_prev}, dx_t, g, dv


# ----------------------------------------------------------------------- GRU
class GRUReference:
    """The GRU of gru.py's docstring (PyTorch's: b_hn inside the reset product)."""

    state_names = ("h",)
    gate_names = ("r", "z", "n")

    def step(self, p, x_t, state_prev):
        h_prev = state_prev["h"]
        ax_r, ax_z, ax_n = split(x_t @ p["W_x"] + p["b_x"], 3)
        ah_r, ah_z, ah_n = split(h_prev @ p["W_h"], 3)
        r_t = sigma(ax_r + ah_r)
        z_t = sigma(ax_z + ah_z)
        hn_t = ah_n + p["b_hn"]
        n_t = np.tanh(ax_n + r_t * hn_t)
        h_t = (1.0 - z_t) * n_t + z_t * h_prev
        v = {"x_t": x_t, "h_prev": h_prev, "ax_r": ax_r, "ax_z": ax_z, "ax_n": ax_n,
             "ah_r": ah_r, "ah_z": ah_z, "hn_t": hn_t, "r_t": r_t, "z_t": z_t, "n_t": n_t,
             "h_t": h_t}
        return {"h": h_t}, v

    def step_back(self, p, v, d_state):
        r_t, z_t, n_t, hn_t, h_prev = v["r_t"], v["z_t"], v["n_t"], v["hn_t"], v["h_prev"]
        dh_t = d_state["h"]
        da_n = dh_t * (1.0 - z_t) * (1.0 - n_t ** 2)
        da_z = dh_t * (h_prev - n_t) * z_t * (1.0 - z_t)
        da_r = da_n * hn_t * r_t * (1.0 - r_t)
        dhn_t = da_n * r_t
        dah_t = np.concatenate([da_r, da_z, dhn_t], axis=-1)  # recurrent side
        dax_t = np.concatenate([da_r, da_z, da_n], axis=-1)  # input side
        dh_prev = dh_t * z_t + dah_t @ p["W_h"].T  # dh_next of step t-1
        dx_t = dax_t @ p["W_x"].T
        g = {"W_x": v["x_t"].T @ dax_t, "W_h": h_prev.T @ dah_t, "b_x": dax_t.sum(axis=0),
             "b_hn": dhn_t.sum(axis=0)}
        dv = {"dh_t": dh_t, "da_r": da_r, "da_z": da_z, "da_n": da_n, "dhn_t": dhn_t}
        return {"h": dh_prev}, dx_t, g, dv


# ------------------------------------------------------------------ sequences
@dataclass
class Forward:
    """One layer's forward pass over a sequence: every step's named values."""

    ref: Any
    params: Params
    steps: list[dict[str, Array]]  # per step t = 1..T, the values of step()
    states: list[dict[str, Array]]  # state_t for t = 0..T (state_0 first)

    def values(self, name: str) -> Array:
        """(T, B, n) of one value over all steps, e.g. ``values("f_t")``."""
        return np.stack([v[name] for v in self.steps])

    def state(self, name: str) -> Array:
        """(T, B, n) of a state h_t (or c_t) for t = 1..T."""
        return np.stack([s[name] for s in self.states[1:]])


@dataclass
class Backward:
    """One layer's BPTT over a sequence: gradients, dx and every step's terms."""

    grads: Params
    dx: Array  # (T, B, n_in)
    terms: list[dict[str, Array]]  # per step t = 1..T, the dv of step_back()
    arriving: list[dict[str, Array]] = field(default_factory=list)  # per step, from t+1

    def values(self, name: str) -> Array:
        """(T, B, n) of one backward term over all steps, e.g. ``values("dh_t")``."""
        return np.stack([d[name] for d in self.terms])

    def next_values(self, state: str) -> Array:
        """(T, B, n): the gradient reaching state_t back from step t+1 (dh_next, dc_next)."""
        return np.stack([d[state] for d in self.arriving])

    def flow(self, state: str) -> Array:
        """(T,) norms ‖∂L/∂s_t‖ over batch and units of a state's total gradient."""
        d = self.values(f"d{state}_t")
        return np.sqrt((d.reshape(d.shape[0], -1) ** 2).sum(axis=1))


def forward(ref: Any, x: Array, state0: tuple[Array, ...] | dict[str, Array],
            params: Params) -> Forward:
    """Run `ref` over x (T, B, n_in) from state0, one step at a time, in float64."""
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    if not isinstance(state0, dict):
        state0 = dict(zip(ref.state_names, state0, strict=True))
    state = {k: np.asarray(v, dtype=np.float64) for k, v in state0.items()}
    states, steps = [state], []
    for x_t in np.asarray(x, dtype=np.float64):
        state, v = ref.step(p, x_t, state)
        states.append(state)
        steps.append(v)
    return Forward(ref, p, steps, states)


def backward(fw: Forward, dh: Array, truncate: int = 0) -> Backward:
    """BPTT from t = T down to 1; dh (T, B, n) is dL/dh_t from above. ``truncate = k``
    stops the gradient between step k*j and k*j + 1 (the windows of truncated BPTT)."""
    ref, p = fw.ref, fw.params
    dh = np.asarray(dh, dtype=np.float64)
    T = len(fw.steps)
    k = T if truncate <= 0 else min(truncate, T)
    zeros = {name: np.zeros_like(fw.states[0][name]) for name in ref.state_names}
    grads = {name: np.zeros_like(v) for name, v in p.items()}
    dx: list[Array] = [np.empty(0)] * T
    terms: list[dict[str, Array]] = [{}] * T
    arriving: list[dict[str, Array]] = [{}] * T
    d_next = zeros  # dh_next = dc_next = 0 at t = T
    for t in range(T - 1, -1, -1):
        if (t + 1) % k == 0:  # a window's last step: nothing comes back from t+1
            d_next = zeros
        arriving[t] = d_next
        d_state = dict(d_next)
        d_state["h"] = dh[t] + d_next["h"]
        d_next, dx[t], g_t, terms[t] = ref.step_back(p, fw.steps[t], d_state)
        for name, g in g_t.items():
            grads[name] += g
    return Backward(grads, np.stack(dx), terms, arriving)


@dataclass
class NetworkGradients:
    """What :func:`network_gradients` computes, per layer bottom first."""

    loss: float
    grads: Params  # the Network's parameter names ("l0.W_x", "W_hy"...)
    forwards: list[Forward]
    backwards: list[Backward]
    z: Array  # (T, B, n_out) logits
    dz: Array  # (T, B, n_out) dL/dz


def network_gradients(net: Any, x: Array, y: Array, mask: Array, truncate: int | None = None
                      ) -> NetworkGradients:
    """Loss and every gradient of a Network on one batch, with the reference cells:
    layer by layer, step by step, in float64 (the network is not modified)."""
    from ..losses import loss_and_grad
    from .registry import reference_for

    if truncate is None:
        truncate = int(getattr(net.cfg, "truncate", 0) or 0)
    x = np.asarray(x, dtype=np.float64)
    T, B, _ = x.shape
    inp = x
    forwards = []
    for l, cell in enumerate(net.cells):
        ref = reference_for(cell)
        state0 = {name: np.zeros((B, net.n_h)) for name in ref.state_names}
        fw = forward(ref, inp, state0, net.layer_params[l])
        forwards.append(fw)
        inp = fw.state("h")
    W_hy = np.asarray(net.params["W_hy"], dtype=np.float64)
    z = inp @ W_hy + np.asarray(net.params["b_y"], dtype=np.float64)
    yy = y if net.head == "softmax" else np.asarray(y, dtype=np.float64)
    loss, dz = loss_and_grad(net.head, z, yy, np.asarray(mask, dtype=np.float64))
    grads = {"W_hy": np.einsum("tbh,tbo->ho", inp, dz), "b_y": dz.sum(axis=(0, 1))}
    dh = dz @ W_hy.T
    backwards: list[Backward] = []
    for l in range(len(net.cells) - 1, -1, -1):
        bw = backward(forwards[l], dh, truncate)
        backwards.insert(0, bw)
        for name, g in bw.grads.items():
            grads[f"l{l}.{name}"] = g
        dh = bw.dx
    return NetworkGradients(float(loss), grads, forwards, backwards, z, dz)
