"""Elman network (simple RNN).

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

from .base import Array, Params, State, init_input, init_recurrent, sigmoid, step_norms


class Elman:
    name = "elman"
    state_names = ("h",)
    gate_names: tuple[str, ...] = ()

    def __init__(self, activation: str = "tanh"):
        if activation not in ("tanh", "sigmoid", "relu"):
            raise ValueError(f"activation: {activation!r}; expected tanh, sigmoid or relu")
        self.activation = activation

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        return {
            "W_xh": init_input(rng, n_in, n_h, 1, cfg.init, dtype),
            "W_hh": init_recurrent(rng, n_h, 1, cfg.init, cfg.recurrent_scale, dtype),
            "b_h": np.zeros(n_h, dtype=dtype),
        }

    def _phi(self, a: Array, out: Array) -> None:
        if self.activation == "tanh":
            np.tanh(a, out=out)
        elif self.activation == "sigmoid":
            sigmoid(a, out=out)
        else:
            np.maximum(a, 0, out=out)

    def forward(self, x: Array, state0: State, params: Params) -> tuple[Array, dict]:
        W_xh, W_hh, b_h = params["W_xh"], params["W_hh"], params["b_h"]
        T, B, _ = x.shape
        n_h = W_hh.shape[0]
        # Input projections of all steps in one matmul; only the recurrence loops.
        a = (x.reshape(T * B, -1) @ W_xh).reshape(T, B, n_h)
        a += b_h
        h = np.empty((T + 1, B, n_h), dtype=W_hh.dtype)  # h[0] = h_0, h[t+1] = h_t
        h[0] = state0[0]
        for t in range(T):
            a_t = a[t]
            a_t += h[t] @ W_hh
            self._phi(a_t, out=h[t + 1])
        cache = {"x": x, "h": h, "params": params, "state": (h[T].copy(),)}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, params = cache["x"], cache["h"], cache["params"]
        W_xh, W_hh = params["W_xh"], params["W_hh"]
        T, B, n_h = dh.shape
        h_t = h[1:]
        if self.activation == "tanh":
            dphi = 1.0 - h_t * h_t
        elif self.activation == "sigmoid":
            dphi = h_t * (1.0 - h_t)
        else:
            dphi = (h_t > 0).astype(h.dtype)
        dh_total = np.empty_like(dh)
        da = np.empty_like(dh)
        W_hh_T = np.ascontiguousarray(W_hh.T)
        dh_next = np.zeros((B, n_h), dtype=dh.dtype)
        for t in range(T - 1, -1, -1):
            dh_t = np.add(dh[t], dh_next, out=dh_total[t])
            da_t = np.multiply(dh_t, dphi[t], out=da[t])
            dh_next = da_t @ W_hh_T
        da2 = da.reshape(T * B, n_h)
        grads = {
            "W_xh": x.reshape(T * B, -1).T @ da2,
            "W_hh": h[:-1].reshape(T * B, n_h).T @ da2,
            "b_h": da2.sum(axis=0),
        }
        dx = (da2 @ W_xh.T).reshape(x.shape) if need_dx else None
        cache["dh_total"] = dh_total
        return grads, dx, {"h": step_norms(dh_total)}

    def internals(self, cache: dict) -> dict[str, Array]:
        return {"h": cache["h"][1:]}
