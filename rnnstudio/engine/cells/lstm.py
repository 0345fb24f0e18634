"""Long short-term memory (LSTM), the same function as PyTorch's ``nn.LSTM``.

Forward, for t = 1..T, with gate blocks in the order i, f, g, o::

    a_t = x_t W_x + h_{t-1} W_h + b            (B, 4H) = [a_i | a_f | a_g | a_o]
    i_t = sigma(a_i)      input gate
    f_t = sigma(a_f)      forget gate
    g_t = tanh(a_g)       candidate cell value
    o_t = sigma(a_o)      output gate
    c_t = f_t * c_{t-1} + i_t * g_t
    h_t = o_t * tanh(c_t)

Backward through time, with dh_next = dc_next = 0 at t = T::

    dh_t   = dL/dh_t (from above) + dh_next
    dc_t   = dh_t * o_t * (1 - tanh(c_t)^2) + dc_next        total dL/dc_t
    da_i   = dc_t * g_t * i_t (1 - i_t)
    da_f   = dc_t * c_{t-1} * f_t (1 - f_t)
    da_g   = dc_t * i_t * (1 - g_t^2)
    da_o   = dh_t * tanh(c_t) * o_t (1 - o_t)
    dc_next = dc_t * f_t                                     (to step t-1)
    dh_next = da_t W_h^T,   da_t = [da_i | da_f | da_g | da_o]
    dW_x = sum_t x_t^T da_t,  dW_h = sum_t h_{t-1}^T da_t,  db = sum_t da_t
    dx_t = da_t W_x^T

Shapes: x (T, B, n_in), h and c (T, B, H), W_x (n_in, 4H), W_h (H, 4H), b (4H,).
PyTorch keeps W_ih (4H, n_in), W_hh (4H, H) and two biases: W_x = W_ih^T,
W_h = W_hh^T, b = b_ih + b_hh.

Speed: the input projections of all steps are one matmul before the loop; each step
is one matmul and a few whole-block elementwise operations. Sigmoid gates use
sigma(a) = (1 + tanh(a / 2)) / 2, with the halving folded into scaled copies of the
weights (exact: scaling by 1/2 commutes with rounding), so one tanh call serves all
four gates. Weight gradients are one matmul each after the loop. The arrays, and
each step's views into them, come from ForwardBuffers/BackwardBuffers (end of this
file): made once per input shape when the caller keeps a workspace (see base.py).
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from .base import Array, Params, State, buffers, flow_norms, init_input, init_recurrent, ones

GATES = ("i", "f", "g", "o")


@functools.lru_cache(maxsize=64)
def half_scale(B: int, H: int, kinds: str, dtype: np.dtype) -> tuple[Array, Array]:
    """Per-column scale and offset turning tanh(scale * a) into each gate's activation.

    ``kinds`` has one letter per block: "s" sigmoid, "t" tanh. For a sigmoid block the
    scale is 1/2 and the activation is scale * tanh(scale * a) + 1/2. Both come as
    (B, blocks * H), one row per sequence: an operand of exactly the shape of a step's
    gates takes NumPy's quickest path (no broadcasting). Cached, read-only."""
    s = np.repeat([0.5 if k == "s" else 1.0 for k in kinds], H).astype(dtype)
    off = np.repeat([0.5 if k == "s" else 0.0 for k in kinds], H).astype(dtype)
    s, off = np.tile(s, (B, 1)), np.tile(off, (B, 1))
    s.flags.writeable = off.flags.writeable = False
    return s, off


@functools.lru_cache(maxsize=64)
def tanh_blocks(B: int, H: int, kinds: str, dtype: np.dtype) -> Array:
    """(B, blocks * H): 1 in the tanh blocks of ``kinds``, 0 in the sigmoid blocks."""
    u = np.tile(np.repeat([1.0 if k == "t" else 0.0 for k in kinds], H).astype(dtype), (B, 1))
    u.flags.writeable = False
    return u


def gate_slopes(G: Array, u: Array, out: Array | None = None, tmp: Array | None = None
                ) -> Array:
    """Each gate's derivative from its activation, for all steps in a few whole-array ops.

    sigma' = s (1 - s) and tanh' = 1 - g^2 = (1 + g)(1 - g) are both (G + u)(1 - G)
    with u = 1 in the tanh blocks and 0 in the sigmoid blocks (``tanh_blocks``)."""
    P = np.add(G, u, out=out)
    P *= np.subtract(1.0, G, out=tmp)
    return P


def lstm_params(n_in: int, n_h: int, rng: np.random.Generator, cfg: Any, dtype) -> Params:
    """W_x, W_h, b for an LSTM; the forget-gate block of b starts at cfg.forget_bias."""
    b = np.zeros(4 * n_h, dtype=dtype)
    b[n_h:2 * n_h] = cfg.forget_bias
    return {
        "W_x": init_input(rng, n_in, n_h, 4, cfg.init, dtype),
        "W_h": init_recurrent(rng, n_h, 4, cfg.init, cfg.recurrent_scale, dtype),
        "b": b,
    }


class LSTM:
    name = "lstm"
    state_names = ("h", "c")
    gate_names = GATES

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        return lstm_params(n_in, n_h, rng, cfg, dtype)

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]:
        W_x, W_h, b = params["W_x"], params["W_h"], params["b"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        H = W_h.shape[0]
        fw = buffers(ws, (T, B, n_in, dtype), ForwardBuffers, T, B, H, dtype)
        s, off = half_scale(B, H, "ssts", dtype)
        s_col = s[0]  # (4H,)
        # Pre-activations of all steps from the input, halved in the sigmoid blocks. The
        # same buffer then becomes the gate activations G = [i | f | g | o], step by step.
        G = fw.G
        np.dot(x.reshape(T * B, -1), W_x * s_col, out=fw.G_rows)
        G += b * s_col
        W_h_s = np.multiply(W_h, s_col, out=fw.W_h_s)
        h, c, hW, ig = fw.h, fw.c, fw.hW, fw.ig
        h[0], c[0] = state0
        for G_t, i_t, f_t, g_t, o_t, h_prev, c_prev, h_t, c_t, tc_t in fw.steps:
            G_t += np.dot(h_prev, W_h_s, out=hW)
            np.tanh(G_t, out=G_t)
            G_t *= s
            G_t += off
            np.multiply(f_t, c_prev, out=c_t)
            c_t += np.multiply(i_t, g_t, out=ig)
            np.tanh(c_t, out=tc_t)
            np.multiply(o_t, tc_t, out=h_t)
        cache = {"x": x, "h": h, "c": c, "G": G, "tc": fw.tc, "params": params, "fw": fw,
                 "state": (h[T].copy(), c[T].copy())}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        fw = cache["fw"]
        bw = fw.back or BackwardBuffers(fw, cache["x"].shape[2])
        if fw.reused:
            fw.back = bw
        # Everything that does not depend on the backward recursion, for all steps at once:
        # da_t = [dc_t, dc_t, dc_t, dh_t] * P_t and dc_t = dh_t * K_t + dc_next.
        gate_factors(fw, bw)
        through_time(dh, bw, cache["params"]["W_h"])
        return weight_gradients(cache, bw, need_dx)

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)


# ------------------------------------------------------------------- buffers
class ForwardBuffers:
    """The arrays an LSTM forward pass fills for one input shape, and the views of
    each step into them (made here once, so the time loop does no indexing)."""

    def __init__(self, T: int, B: int, H: int, dtype) -> None:
        self.G = np.empty((T, B, 4 * H), dtype=dtype)
        hc = np.empty((3, T + 1, B, H), dtype=dtype)  # one block for h, c and tanh(c)
        self.h, self.c, self.tc = hc[0], hc[1], hc[2, 1:]  # h[t+1] = h_t; tc[t] = tanh(c_t)
        self.W_h_s = np.empty((H, 4 * H), dtype=dtype)
        self.hW = np.empty((B, 4 * H), dtype=dtype)
        self.ig = np.empty((B, H), dtype=dtype)
        G, h, c = self.G, self.h, self.c
        self.G_rows = G.reshape(T * B, 4 * H)
        self.gates = i, f, g, o = tuple(G[..., k * H:(k + 1) * H] for k in range(4))
        self.c_prev = c[:-1]
        self.h_prev_rows = h[:-1].reshape(T * B, H)
        self.steps = list(zip(G, i, f, g, o, h[:-1], c[:-1], h[1:], c[1:], self.tc,
                              strict=True))
        self.reused = False  # set by base.buffers when kept in a workspace
        self.back: BackwardBuffers | None = None  # kept with these when reused


class BackwardBuffers:
    """The arrays an LSTM backward pass fills, and each step's views, last step first.
    ``carry`` is the factor in dc_next = dc_t * carry_t (f, unless given)."""

    def __init__(self, fw: ForwardBuffers, n_in: int, carry: Array | None = None) -> None:
        T, B, H4 = fw.G.shape
        H = H4 // 4
        dtype = fw.G.dtype
        self.P = np.empty((T, B, 4 * H), dtype=dtype)
        self.tmp = np.empty((T, B, 4 * H), dtype=dtype)
        self.K = np.empty((T, B, H), dtype=dtype)
        self.dHC = np.empty((2, T, B, H), dtype=dtype)
        self.dh_next = np.empty((B, H), dtype=dtype)
        self.dc_next = np.empty((B, H), dtype=dtype)
        self.dW_x = np.empty((n_in, 4 * H), dtype=dtype)
        self.dW_h = np.empty((H, 4 * H), dtype=dtype)
        self.W_h_T = np.empty((4 * H, H), dtype=dtype)
        self.db = np.empty(4 * H, dtype=dtype)
        self.dx: Array | None = None  # (T, B, n_in), made when first asked for
        dH, dC, dA = self.dHC[0], self.dHC[1], self.P
        self.P_blocks = tuple(dA[..., k * H:(k + 1) * H] for k in range(4))
        self.dA_rows = dA.reshape(T * B, 4 * H)
        da_ifg, da_o = dA.reshape(T, B, 4, H)[:, :, :3], dA[..., 3 * H:]
        carry = fw.G[..., H:2 * H] if carry is None else carry
        self.steps = list(zip(dH, dC, dC[:, :, None], self.K, carry, dA, da_ifg, da_o,
                              strict=True))[::-1]


# ------------------------------------------------------- backward, in three parts
# Shared with the peephole LSTM, which only changes K and the carry factor.
def gate_factors(fw: ForwardBuffers, bw: BackwardBuffers) -> Array:
    """Fill bw.P with each gate's slope times what the gate multiplies, so that
    [da_i | da_f | da_g] = dc_t * P[:3] and da_o = dh_t * P[3]; and bw.K = o (1 - tanh(c)^2),
    the path dh_t -> dc_t. Returns K."""
    T, B, H4 = fw.G.shape
    H = H4 // 4
    i, f, g, o = fw.gates  # (T, B, H) each
    P_i, P_f, P_g, P_o = bw.P_blocks
    gate_slopes(fw.G, tanh_blocks(B, H, "ssts", fw.G.dtype), out=bw.P, tmp=bw.tmp)
    P_i *= g
    P_f *= fw.c_prev
    P_g *= i
    P_o *= fw.tc
    K = np.multiply(fw.tc, fw.tc, out=bw.K)
    np.subtract(1.0, K, out=K)
    K *= o
    return K


def through_time(dh: Array, bw: BackwardBuffers, W_h: Array) -> None:
    """The recursion from t = T down to 1, turning bw.P into da_t in place and filling
    bw.dHC with the total dL/dh_t and dL/dc_t::

        dh_t = dh_t (from above) + dh_next      dc_t = dh_t * K_t + dc_next
        dc_next = dc_t * carry_t                dh_next = da_t W_h^T
    """
    dH = bw.dHC[0]
    dH[...] = dh  # dL/dh_t from above; the loop adds dh_next
    W_h_T = bw.W_h_T
    W_h_T[...] = W_h.T  # a contiguous copy: OpenBLAS multiplies by it up to twice as fast
    dh_next, dc_next = bw.dh_next, bw.dc_next
    dh_next.fill(0.0)
    dc_next.fill(0.0)
    for dh_t, dc_t, dc_t3, K_t, carry_t, da_t, da_ifg_t, da_o_t in bw.steps:
        dh_t += dh_next
        np.multiply(dh_t, K_t, out=dc_t)
        dc_t += dc_next
        da_ifg_t *= dc_t3
        da_o_t *= dh_t
        np.multiply(dc_t, carry_t, out=dc_next)
        np.dot(da_t, W_h_T, out=dh_next)


def weight_gradients(cache: dict, bw: BackwardBuffers, need_dx: bool
                     ) -> tuple[Params, Array | None, dict[str, Array]]:
    """dW_x, dW_h, db (one matmul each over all steps), dx if asked, and the flow norms."""
    x, fw, params = cache["x"], cache["fw"], cache["params"]
    T, B, n_in = x.shape
    dtype = bw.P.dtype
    dA2 = bw.dA_rows  # (T * B, 4H)
    grads = {
        "W_x": np.dot(x.reshape(T * B, -1).T, dA2, out=bw.dW_x),
        "W_h": np.dot(fw.h_prev_rows.T, dA2, out=bw.dW_h),
        "b": np.dot(ones(T * B, dtype), dA2, out=bw.db),  # sum over steps and sequences
    }
    dx = None
    if need_dx:
        if bw.dx is None:
            bw.dx = np.empty(x.shape, dtype=dtype)
        dx = bw.dx
        np.dot(dA2, params["W_x"].T, out=dx.reshape(T * B, -1))
    dH, dC = bw.dHC[0], bw.dHC[1]
    norm_h, norm_c = flow_norms(bw.dHC)
    cache["dh_total"], cache["dc_total"] = dH, dC
    return grads, dx, {"h": norm_h, "c": norm_c}


def gated_internals(cache: dict, gates: tuple[str, ...]) -> dict[str, Array]:
    """h, c (if any) and each gate block of G as (T, B, H) arrays (views)."""
    h = cache["h"]
    H = h.shape[-1]
    out = {"h": h[1:]}
    if "c" in cache:
        out["c"] = cache["c"][1:]
    G = cache["G"]
    for k, name in enumerate(gates):
        out[name] = G[..., k * H:(k + 1) * H]
    return out

