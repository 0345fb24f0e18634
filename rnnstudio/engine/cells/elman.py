"""Elman network (simple RNN).
(Optimised: the readable step-by-step equivalent is reference.ElmanReference.)

Forward, for t = 1..T::

    a_t = x_t W_xh + h_{t-1} W_hh + b_h
    h_t = phi(a_t)                    phi in {tanh, sigmoid, relu}

Backward through time, with dh_next = 0 at t = T::

    dh_t   = dL/dh_t (from above) + dh_next
    da_t   = dh_t * phi'(a_t)         tanh: 1 - h_t^2   sigmoid: h_t (1 - h_t)   relu: [h_t > 0]
    dh_next = da_t W_hh^T
    dW_xh = sum_t x_t^T da_t,  dW_hh = sum_t h_{t-1}^T da_t,  db_h = sum_t da_t

Shapes: x (T, B, n_in), h (T, B, n_h), W_xh (n_in, n_h), W_hh (n_h, n_h), b_h (n_h,).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import (
    Array,
    Params,
    State,
    buffers,
    flow_norms,
    init_input,
    init_recurrent,
    ones,
    sigmoid,
)


def relu(a: Array, out: Array | None = None) -> Array:
    return np.maximum(a, 0.0, out=out)


PHI = {"tanh": np.tanh, "sigmoid": sigmoid, "relu": relu}


class Elman:
    name = "elman"
    state_names = ("h",)
    gate_names: tuple[str, ...] = ()

    def __init__(self, activation: str = "tanh"):
        if activation not in PHI:
            raise ValueError(f"activation: {activation!r}; expected tanh, sigmoid or relu")
        self.activation = activation
        self.phi = PHI[activation]

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        return {
            "W_xh": init_input(rng, n_in, n_h, 1, cfg.init, dtype),
            "W_hh": init_recurrent(rng, n_h, 1, cfg.init, cfg.recurrent_scale, dtype),
            "b_h": np.zeros(n_h, dtype=dtype),
        }

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]:
        W_xh, W_hh, b_h = params["W_xh"], params["W_hh"], params["b_h"]
        dtype = W_hh.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        n_h = W_hh.shape[0]
        fw = buffers(ws, (T, B, n_in, dtype), ElmanForwardBuffers, T, B, n_h, dtype)
        # Input projections of all steps in one matmul; only the recurrence loops.
        a, h, hW, phi = fw.a, fw.h, fw.hW, self.phi
        np.dot(x.reshape(T * B, -1), W_xh, out=a.reshape(T * B, n_h))
        a += b_h
        h[0] = state0[0]
        for a_t, h_prev, h_t in fw.steps:
            a_t += np.dot(h_prev, W_hh, out=hW)
            phi(a_t, out=h_t)
        cache = {"x": x, "h": h, "params": params, "fw": fw, "state": (h[T].copy(),)}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, fw = cache["x"], cache["h"], cache["fw"]
        W_xh, W_hh = cache["params"]["W_xh"], cache["params"]["W_hh"]
        dtype = W_hh.dtype
        T, B, n_h = dh.shape
        bw = fw.back or ElmanBackwardBuffers(fw, x.shape[2])
        if fw.reused:
            fw.back = bw
        h_t = h[1:]
        dphi = bw.dphi
        if self.activation == "tanh":  # 1 - h_t^2
            np.multiply(h_t, h_t, out=dphi)
            np.subtract(1.0, dphi, out=dphi)
        elif self.activation == "sigmoid":  # h_t (1 - h_t)
            np.subtract(1.0, h_t, out=dphi)
            dphi *= h_t
        else:  # relu: [h_t > 0]
            np.greater(h_t, 0.0, out=dphi)
        dh_total, da = bw.dh_total, bw.da
        dh_total[...] = dh  # dL/dh_t from above; the loop adds dh_next
        W_hh_T = W_hh.T
        dh_next = bw.dh_next
        dh_next.fill(0.0)
        for dh_t, da_t, dphi_t in bw.steps:
            dh_t += dh_next
            np.multiply(dh_t, dphi_t, out=da_t)
            np.dot(da_t, W_hh_T, out=dh_next)
        da2 = da.reshape(T * B, n_h)
        grads = {
            "W_xh": np.dot(x.reshape(T * B, -1).T, da2, out=bw.dW_xh),
            "W_hh": np.dot(h[:-1].reshape(T * B, n_h).T, da2, out=bw.dW_hh),
            "b_h": np.dot(ones(T * B, dtype), da2, out=bw.db_h),  # sum over steps, sequences
        }
        dx = None
        if need_dx:
            if bw.dx is None:
                bw.dx = np.empty(x.shape, dtype=dtype)
            dx = bw.dx
            np.dot(da2, W_xh.T, out=dx.reshape(T * B, -1))
        cache["dh_total"] = dh_total
        return grads, dx, {"h": flow_norms(dh_total[None])[0]}

    def internals(self, cache: dict) -> dict[str, Array]:
        return {"h": cache["h"][1:]}


# ------------------------------------------------------------------- buffers
class ElmanForwardBuffers:
    """The arrays an Elman forward pass fills for one input shape, and the views of
    each step into them (made here once, so the time loop does no indexing)."""

    def __init__(self, T: int, B: int, n_h: int, dtype) -> None:
        self.a = np.empty((T, B, n_h), dtype=dtype)
        self.h = np.empty((T + 1, B, n_h), dtype=dtype)  # h[0] = h_0, h[t+1] = h_t
        self.hW = np.empty((B, n_h), dtype=dtype)
        self.steps = list(zip(self.a, self.h[:-1], self.h[1:], strict=True))
        self.reused = False  # set by base.buffers when kept in a workspace
        self.back: ElmanBackwardBuffers | None = None  # kept with these when reused


class ElmanBackwardBuffers:
    """The arrays an Elman backward pass fills, and each step's views, last step first."""

    def __init__(self, fw: ElmanForwardBuffers, n_in: int) -> None:
        T, B, n_h = fw.a.shape
        dtype = fw.a.dtype
        self.dphi = np.empty((T, B, n_h), dtype=dtype)
        self.dh_total = np.empty((T, B, n_h), dtype=dtype)
        self.da = np.empty((T, B, n_h), dtype=dtype)
        self.dh_next = np.empty((B, n_h), dtype=dtype)
        self.dW_xh = np.empty((n_in, n_h), dtype=dtype)
        self.dW_hh = np.empty((n_h, n_h), dtype=dtype)
        self.db_h = np.empty(n_h, dtype=dtype)
        self.dx: Array | None = None  # (T, B, n_in), made when first asked for
        self.steps = list(zip(self.dh_total, self.da, self.dphi, strict=True))[::-1]


# ----------------------------------------------------------------- descriptor
def _reference(cell: Elman):
    from .reference import ElmanReference

    return ElmanReference(cell.activation)


def _describe() -> dict:
    from .registry import CellInfo, TorchLayout

    return CellInfo(
        name="elman", title="Elman (simple RNN)", short="Elman",
        long_title="Elman network (simple RNN)",
        explanation="Elman: a single nonlinearity mixes the input with the previous hidden "
                    "state. Simple and fast, but gradients fade (or blow up) over long gaps.",
        make=lambda cfg: Elman(cfg.activation), reference=_reference,
        state_names=Elman.state_names, gate_names=Elman.gate_names,
        torch=TorchLayout(blocks=1, wx="W_xh", wh="W_hh", b="b_h", module="RNN"),
        describe={"h": "hidden state h_t"}, options=("activation",),
        recurrent_matrix=("W_hh", None), order=10)


CELL = _describe()
