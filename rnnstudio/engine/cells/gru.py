"""Gated recurrent unit (GRU), the same function as PyTorch's ``nn.GRU``.

Forward, for t = 1..T, with blocks in the order r, z, n::

    ax_t = x_t W_x + b_x                     (B, 3H) = [ax_r | ax_z | ax_n]
    ah_t = h_{t-1} W_h                       (B, 3H) = [ah_r | ah_z | ah_n]
    r_t  = sigma(ax_r + ah_r)                reset gate
    z_t  = sigma(ax_z + ah_z)                update gate
    hn_t = ah_n + b_hn                       recurrent part of the candidate
    n_t  = tanh(ax_n + r_t * hn_t)           candidate state
    h_t  = (1 - z_t) * n_t + z_t * h_{t-1}

b_x holds b_ir + b_hr, b_iz + b_hz and b_in of PyTorch; b_hn stays separate because
the reset gate multiplies it.

Backward through time, with dh_next = 0 at t = T::

    dh_t   = dL/dh_t (from above) + dh_next
    da_n   = dh_t * (1 - z_t) * (1 - n_t^2)            (pre-activation of n_t)
    da_z   = dh_t * (h_{t-1} - n_t) * z_t (1 - z_t)
    da_r   = da_n * hn_t * r_t (1 - r_t)
    dhn_t  = da_n * r_t
    dh_next = dh_t * z_t + [da_r | da_z | dhn_t] W_h^T
    dW_x = sum_t x_t^T [da_r | da_z | da_n],  db_x = sum_t [da_r | da_z | da_n]
    dW_h = sum_t h_{t-1}^T [da_r | da_z | dhn_t],  db_hn = sum_t dhn_t
    dx_t = [da_r | da_z | da_n] W_x^T

Shapes: x (T, B, n_in), h (T, B, H), W_x (n_in, 3H), W_h (H, 3H), b_x (3H,), b_hn (H,).
PyTorch keeps W_ih (3H, n_in) and W_hh (3H, H): W_x = W_ih^T, W_h = W_hh^T.

Speed, as in lstm.py: one input matmul for all steps before the loop, one matmul per
step, sigmoids via tanh of halved pre-activations, weight gradients after the loop.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import Array, Params, State, init_input, init_recurrent
from .lstm import flow_norms, gated_internals, half_scale

GATES = ("r", "z", "n")


class GRU:
    name = "gru"
    state_names = ("h",)
    gate_names = GATES

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        return {
            "W_x": init_input(rng, n_in, n_h, 3, cfg.init, dtype),
            "W_h": init_recurrent(rng, n_h, 3, cfg.init, cfg.recurrent_scale, dtype),
            "b_x": np.zeros(3 * n_h, dtype=dtype),
            "b_hn": np.zeros(n_h, dtype=dtype),
        }

    def forward(self, x: Array, state0: State, params: Params) -> tuple[Array, dict]:
        W_x, W_h, b_x, b_hn = params["W_x"], params["W_h"], params["b_x"], params["b_hn"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, _ = x.shape
        H = W_h.shape[0]
        H2 = 2 * H
        # r and z pre-activations are halved (sigma(a) = (1 + tanh(a/2)) / 2); n is not.
        (s,), _ = half_scale(1, H, "sst", dtype)
        # The buffer of input pre-activations becomes the gate activations G = [r | z | n].
        G = (x.reshape(T * B, -1) @ (W_x * s)).reshape(T, B, 3 * H)
        G += b_x * s
        W_h_s = W_h * s
        hn_h = np.empty((2, T + 1, B, H), dtype=dtype)
        h, hn = hn_h[0], hn_h[1, 1:]  # h[0] = h_0, h[t+1] = h_t; hn[t] = hn_t
        h[0] = np.asarray(state0[0], dtype=dtype)
        ah = np.empty((B, 3 * H), dtype=dtype)
        for t in range(T):
            h_prev = h[t]
            np.dot(h_prev, W_h_s, out=ah)
            G_t = G[t]
            rz = G_t[:, :H2]
            rz += ah[:, :H2]
            np.tanh(rz, out=rz)
            rz *= 0.5
            rz += 0.5
            r_t, z_t, n_t = G_t[:, :H], G_t[:, H:H2], G_t[:, H2:]
            hn_t = np.add(ah[:, H2:], b_hn, out=hn[t])
            n_t += np.multiply(r_t, hn_t, out=ah[:, :H])
            np.tanh(n_t, out=n_t)
            h_t = np.subtract(h_prev, n_t, out=h[t + 1])
            h_t *= z_t
            h_t += n_t
        cache = {"x": x, "h": h, "G": G, "hn": hn, "params": params, "state": (h[T].copy(),)}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, G, hn = cache["x"], cache["h"], cache["G"], cache["hn"]
        W_x, W_h = cache["params"]["W_x"], cache["params"]["W_h"]
        dtype = W_h.dtype
        dh = np.asarray(dh, dtype=dtype)
        T, B, H = dh.shape
        H2 = 2 * H
        r, z, n = G[..., :H], G[..., H:H2], G[..., H2:]
        h_prev = h[:-1]
        # Step-independent factors: da_n = dh_t * Pn, da_z = dh_t * Pz,
        # [da_r, dhn_t] = da_n * Q.
        Pn = np.multiply(n, n)
        np.subtract(1.0, Pn, out=Pn)
        Pn -= z * Pn
        Pz = np.subtract(h_prev, n)
        Pz *= z
        Pz -= Pz * z
        Q = np.empty((T, B, 2, H), dtype=dtype)
        np.multiply(hn, r, out=Q[:, :, 0])
        Q[:, :, 0] -= Q[:, :, 0] * r
        Q[:, :, 1] = r

        dHN = np.empty((2, T, B, H), dtype=dtype)
        dH, da_n = dHN[0], dHN[1]  # total dL/dh_t; gradient of n's pre-activation
        dA = np.empty((T, B, 3 * H), dtype=dtype)  # [da_r | da_z | dhn]
        dA3 = dA.reshape(T, B, 3, H)
        W_h_T = np.ascontiguousarray(W_h.T)
        dh_next = np.zeros((B, H), dtype=dtype)
        tmp = np.empty((B, H), dtype=dtype)
        for t in range(T - 1, -1, -1):
            dh_t = np.add(dh[t], dh_next, out=dH[t])
            da_n_t = np.multiply(dh_t, Pn[t], out=da_n[t])
            np.multiply(dh_t, Pz[t], out=dA[t, :, H:H2])
            np.multiply(Q[t], da_n_t[:, None, :], out=dA3[t, :, ::2])
            np.dot(dA[t], W_h_T, out=dh_next)
            dh_next += np.multiply(dh_t, z[t], out=tmp)
        dA2 = dA.reshape(T * B, 3 * H)
        grads = {
            "W_h": h_prev.reshape(T * B, H).T @ dA2,
            "b_hn": dA2[:, H2:].sum(axis=0),
        }
        dA[..., H2:] = da_n  # now the input-side gradient [da_r | da_z | da_n]
        grads["W_x"] = x.reshape(T * B, -1).T @ dA2
        grads["b_x"] = dA2.sum(axis=0)
        dx = (dA2 @ W_x.T).reshape(x.shape) if need_dx else None
        grads = {k: grads[k] for k in ("W_x", "W_h", "b_x", "b_hn")}
        cache["dh_total"] = dH
        return grads, dx, {"h": flow_norms(dH[None])[0]}

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)
