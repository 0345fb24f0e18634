"""Gated recurrent unit (GRU), the same function as PyTorch's ``nn.GRU``.
(Optimised: the readable step-by-step equivalent is reference.GRUReference.)

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

Speed: an optimised equivalent of the equations above, as in lstm.py: one input
matmul for all steps before the loop, one recurrent product per step (gate block by
gate block from SPLIT_FROM), sigmoids via tanh of halved
pre-activations, weight gradients after the loop; arrays and per-step views from
GRUForwardBuffers/GRUBackwardBuffers (end of file).
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
    transpose_into,
)
from .lstm import gated_internals, half_scale, scale_blocks

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

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]:
        W_x, W_h, b_x, b_hn = params["W_x"], params["W_h"], params["b_x"], params["b_hn"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        H = W_h.shape[0]
        fw = buffers(ws, (T, B, n_in, dtype), GRUForwardBuffers, T, B, H, dtype)
        # r and z pre-activations are halved (sigma(a) = (1 + tanh(a/2)) / 2); n is not.
        s, _ = half_scale(B, H, "sst", dtype)
        s_col, half = s[0], s[:, :2 * H]  # (3H,) scales; (B, 2H) of 1/2
        # The buffer of input pre-activations becomes the gate activations G = [r | z | n].
        G = fw.G
        np.dot(x.reshape(T * B, -1), W_x * s_col, out=G.reshape(T * B, 3 * H))
        G += b_x * s_col
        h, ah = fw.h, fw.ah
        h[0] = state0[0]
        recurrent = recurrent_product(W_h, s_col, fw.W_h_s, ah)
        ah_rz, ah_n, rhn = ah[:, :2 * H], ah[:, 2 * H:], ah[:, :H]  # rhn reuses ah_r's space
        for rz_t, r_t, z_t, n_t, h_prev, h_t, hn_t in fw.steps:
            recurrent(h_prev)
            rz_t += ah_rz
            np.tanh(rz_t, out=rz_t)
            rz_t *= half
            rz_t += half
            np.add(ah_n, b_hn, out=hn_t)
            n_t += np.multiply(r_t, hn_t, out=rhn)
            np.tanh(n_t, out=n_t)
            np.subtract(h_prev, n_t, out=h_t)
            h_t *= z_t
            h_t += n_t
        cache = {"x": x, "h": h, "G": G, "hn": fw.hn, "params": params, "fw": fw,
                 "state": (h[T].copy(),)}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, G, hn, fw = (cache[k] for k in ("x", "h", "G", "hn", "fw"))
        W_x, W_h = cache["params"]["W_x"], cache["params"]["W_h"]
        dtype = W_h.dtype
        T, B, H = dh.shape
        H2 = 2 * H
        bw = fw.back or GRUBackwardBuffers(fw, x.shape[2])
        if fw.reused:
            fw.back = bw
        r, z, n = G[..., :H], G[..., H:H2], G[..., H2:]
        # Step-independent factors: da_n = dh_t * Pn, da_z = dh_t * Pz,
        # [da_r, dhn_t] = da_n * Q.
        one_minus = bw.tmp
        Pn = np.multiply(n, n, out=bw.Pn)
        np.subtract(1.0, Pn, out=Pn)
        Pn *= np.subtract(1.0, z, out=one_minus)  # (1 - n^2)(1 - z)
        Pz = np.subtract(h[:-1], n, out=bw.Pz)
        Pz *= z
        Pz *= one_minus  # (h_{t-1} - n) z (1 - z)
        Q = bw.Q
        np.multiply(hn, r, out=Q[:, :, 0])
        Q[:, :, 0] *= np.subtract(1.0, r, out=one_minus)  # hn r (1 - r)
        Q[:, :, 1] = r

        dHN = bw.dHN
        dH, da_n = dHN[0], dHN[1]  # total dL/dh_t; gradient of n's pre-activation
        dH[...] = dh  # dL/dh_t from above; the loop adds dh_next
        dA = bw.dA  # [da_r | da_z | dhn]
        W_h_T = bw.W_h_T
        transpose_into(W_h, W_h_T)  # a contiguous copy: OpenBLAS multiplies by it faster
        dh_next, tmp = bw.dh_next, bw.tmp_b
        dh_next.fill(0.0)
        for dh_t, da_n_t, da_n_t1, Pn_t, Pz_t, da_z_t, Q_t, da_rn_t, da_t, z_t in bw.steps:
            dh_t += dh_next
            np.multiply(dh_t, Pn_t, out=da_n_t)
            np.multiply(dh_t, Pz_t, out=da_z_t)
            np.multiply(Q_t, da_n_t1, out=da_rn_t)
            np.dot(da_t, W_h_T, out=dh_next)
            dh_next += np.multiply(dh_t, z_t, out=tmp)
        dA2 = dA.reshape(T * B, 3 * H)
        ones_TB = ones(T * B, dtype)
        dW_h = np.dot(h[:-1].reshape(T * B, H).T, dA2, out=bw.dW_h)
        db_hn = np.dot(ones_TB, dA2[:, H2:], out=bw.db_hn)  # sum over steps and sequences
        dA[..., H2:] = da_n  # now the input-side gradient [da_r | da_z | da_n]
        grads = {
            # as (dA^T x)^T: OpenBLAS is up to 1.8x quicker so round for a narrow x
            "W_x": np.dot(dA2.T, x.reshape(T * B, -1), out=bw.dW_x_T).T,
            "W_h": dW_h,
            "b_x": np.dot(ones_TB, dA2, out=bw.db_x),
            "b_hn": db_hn,
        }
        dx = None
        if need_dx:
            if bw.dx is None:
                bw.dx = np.empty(x.shape, dtype=dtype)
            dx = bw.dx
            np.dot(dA2, W_x.T, out=dx.reshape(T * B, -1))
        cache["dh_total"] = dH
        return grads, dx, {"h": flow_norms(dH[None])[0]}

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)


# From this width on, h_{t-1} W_h is quicker as one product per gate block, (B, H) by
# (H, H), in one batched matmul, than as one (B, H) by (H, 3H) product (OpenBLAS, batch
# 32: 13 % at H 512, 4 % at 384; at 96-256 no quicker or slower).
SPLIT_FROM = 384


def recurrent_product(W_h: Array, s_col: Array, W_h_s: Array, ah: Array):
    """``f(h_prev)`` writing h_prev (W_h * s_col) into ah (B, 3H). Fills W_h_s, a (3, H, H)
    buffer, with the scaled weights: one (H, 3H) matrix, or from SPLIT_FROM 3 blocks."""
    H, H3 = W_h.shape
    if H < SPLIT_FROM:
        W_h_s = np.multiply(W_h, s_col, out=W_h_s.reshape(H, H3))
        dot = np.dot
        return lambda h_prev: dot(h_prev, W_h_s, out=ah)
    scale_blocks(W_h, s_col, W_h_s)
    ah_blocks = ah.reshape(ah.shape[0], 3, H).transpose(1, 0, 2)  # (3, B, H) view
    matmul = np.matmul
    return lambda h_prev: matmul(h_prev, W_h_s, out=ah_blocks)


# ------------------------------------------------------------------- buffers
class GRUForwardBuffers:
    """The arrays a GRU forward pass fills for one input shape, and the views of each
    step into them (made here once, so the time loop does no indexing)."""

    def __init__(self, T: int, B: int, H: int, dtype) -> None:
        self.G = np.empty((T, B, 3 * H), dtype=dtype)
        hn_h = np.empty((2, T + 1, B, H), dtype=dtype)
        self.h, self.hn = hn_h[0], hn_h[1, 1:]  # h[0] = h_0, h[t+1] = h_t; hn[t] = hn_t
        self.W_h_s = np.empty((3, H, H), dtype=dtype)  # see recurrent_product
        self.ah = np.empty((B, 3 * H), dtype=dtype)
        G, h = self.G, self.h
        self.steps = list(zip(G[..., :2 * H], G[..., :H], G[..., H:2 * H], G[..., 2 * H:],
                              h[:-1], h[1:], self.hn, strict=True))
        self.reused = False  # set by base.buffers when kept in a workspace
        self.back: GRUBackwardBuffers | None = None  # kept with these when reused


class GRUBackwardBuffers:
    """The arrays a GRU backward pass fills, and each step's views, last step first."""

    def __init__(self, fw: GRUForwardBuffers, n_in: int) -> None:
        T, B, H3 = fw.G.shape
        H = H3 // 3
        dtype = fw.G.dtype
        self.Pn = np.empty((T, B, H), dtype=dtype)
        self.Pz = np.empty((T, B, H), dtype=dtype)
        self.tmp = np.empty((T, B, H), dtype=dtype)
        self.Q = np.empty((T, B, 2, H), dtype=dtype)
        self.dHN = np.empty((2, T, B, H), dtype=dtype)
        self.dA = np.empty((T, B, 3 * H), dtype=dtype)
        self.dh_next = np.empty((B, H), dtype=dtype)
        self.tmp_b = np.empty((B, H), dtype=dtype)
        self.W_h_T = np.empty((3 * H, H), dtype=dtype)
        self.dW_x_T = np.empty((3 * H, n_in), dtype=dtype)
        self.dW_h = np.empty((H, 3 * H), dtype=dtype)
        self.db_x = np.empty(3 * H, dtype=dtype)
        self.db_hn = np.empty(H, dtype=dtype)
        self.dx: Array | None = None  # (T, B, n_in), made when first asked for
        dH, da_n, dA = self.dHN[0], self.dHN[1], self.dA
        dA3 = dA.reshape(T, B, 3, H)
        z = fw.G[..., H:2 * H]
        self.steps = list(zip(dH, da_n, da_n[:, :, None], self.Pn, self.Pz, dA[..., H:2 * H],
                              self.Q, dA3[:, :, ::2], dA, z, strict=True))[::-1]


# ----------------------------------------------------------------- descriptor
def _describe():
    from .reference import GRUReference
    from .registry import CellInfo, TorchLayout

    return CellInfo(
        name="gru", title="GRU", short="GRU",
        long_title="Gated recurrent unit (GRU)",
        explanation="GRU: an update gate blends the old state with a candidate, a reset "
                    "gate decides how much of the past the candidate sees. Fewer weights "
                    "than an LSTM.",
        make=lambda cfg: GRU(), reference=lambda cell: GRUReference(),
        state_names=GRU.state_names, gate_names=GATES,
        torch=TorchLayout(blocks=3, b="b_x", recurrent_bias=("b_hn", 2), module="GRU"),
        describe={"h": "hidden state h_t",
                  "r": "reset gate r_t (how much of h_{t-1} shapes the candidate)",
                  "z": "update gate z_t (1 = keep h_{t-1}, 0 = take the candidate)",
                  "n": "candidate n_t (the new state proposed)"},
        tanh_gates=("n",),
        recurrent_matrix=("W_h", "n"), order=40)


CELL = _describe()
