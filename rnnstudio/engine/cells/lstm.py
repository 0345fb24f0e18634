"""Long short-term memory (LSTM), the same function as PyTorch's ``nn.LSTM``.
(Optimised: the readable step-by-step equivalent is reference.LSTMReference.)

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

Speed: this cell is an optimised equivalent of the equations above (same function,
same gradients; tests/engine/test_cell_chunks.py checks the fast paths against the
plain one). Sigmoid gates use sigma(a) = (1 + tanh(a / 2)) / 2, the halving folded into
scaled copies of the weights (exact), so one tanh call serves all four gates. The gate
activations G are kept as (T, 4, B, H), and their gradients dA as (steps, 4, B, H) in
the backward pass: each gate of a step is one contiguous (B, H) block, so every
elementwise operation runs over whole blocks (NumPy is 2-4x slower on a (B, H) column
block of a (B, 4H) row). The recurrent products go gate block by gate block in one
batched matmul. Long sequences run in chunks of steps whose arrays fit in the L2 cache
(CHUNK_BYTES): each chunk's input projections ([x_t, 1] times [W_x; b]; a row pick for
one-hot inputs) and backward gate factors are computed just before its steps; the
backward recursion works in a chunk-sized scratch, whose dA is then copied once into
(T B, 4H) rows for the weight-gradient matmuls. dW_h is one matmul over all steps after
the recursion; the backward pass multiplies by contiguous copies of W_h^T. Arrays and
per-step views come from ForwardBuffers/BackwardBuffers, made once per input shape when
the caller keeps a workspace (see base.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from .base import Array, Params, State, buffers, init_input, init_recurrent, transpose_into

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
def gate_scale(B: int, H: int, kinds: str, dtype: np.dtype) -> tuple[Array, Array]:
    """half_scale's scale and offset laid out as the gates of one step, (blocks, B, H)."""
    s, off = half_scale(B, H, kinds, dtype)
    s = np.ascontiguousarray(s.reshape(B, len(kinds), H).transpose(1, 0, 2))
    off = np.ascontiguousarray(off.reshape(B, len(kinds), H).transpose(1, 0, 2))
    s.flags.writeable = off.flags.writeable = False
    return s, off


@functools.lru_cache(maxsize=64)
def tanh_blocks(B: int, H: int, kinds: str, dtype: np.dtype) -> Array:
    """(blocks, B, H): 1 in the tanh blocks of ``kinds``, 0 in the sigmoid blocks."""
    u = np.repeat([1.0 if k == "t" else 0.0 for k in kinds], B * H).astype(dtype)
    u = u.reshape(len(kinds), B, H)
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


def recurrent_product(W_h: Array, s_col: Array, W_h_s: Array, out: Array
                      ) -> Callable[[Array], Array]:
    """The step's recurrent product as ``f(h_prev) -> out = h_prev (W_h * s_col)`` laid
    out as the step's gates, out (4, B, H): one product per gate block, (B, H) by (H, H),
    in one batched matmul, with W_h_s a (4, H, H) buffer of the scaled blocks. For one
    sequence (B = 1) (4, 1, H) is the memory of (1, 4H): a single matrix product."""
    H, H4 = W_h.shape
    if out.shape[1] == 1:
        W_h_s = W_h_s.reshape(H, H4)
        np.multiply(W_h, s_col, out=W_h_s)
        dot, row = np.dot, out.reshape(1, H4)

        def single(h_prev: Array) -> Array:
            dot(h_prev, W_h_s, out=row)
            return out

        return single
    scale_blocks(W_h, s_col, W_h_s)
    matmul = np.matmul

    def blocks(h_prev: Array) -> Array:
        return matmul(h_prev, W_h_s, out=out)

    return blocks


def scale_blocks(W_h: Array, s_col: Array, out: Array) -> Array:
    """out[k] = gate block k of W_h (H, kH) times its scale, (k, H, H): one scalar per block
    (s_col is constant within a block), quicker than broadcasting s_col over the blocks."""
    H = W_h.shape[0]
    for k in range(out.shape[0]):
        np.multiply(W_h[:, k * H:(k + 1) * H], s_col[k * H], out=out[k])
    return out


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
        W_h = params["W_h"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        H = W_h.shape[0]
        fw = buffers(ws, (T, B, n_in, dtype), ForwardBuffers, T, B, H, n_in, dtype)
        s_col = half_scale(B, H, "ssts", dtype)[0][0]  # (4H,) 1/2 in the sigmoid blocks
        s, off = gate_scale(B, H, "ssts", dtype)  # the same as (4, B, H), and the offsets
        # Input weights and bias, halved in the sigmoid blocks, as one matrix for [x_t, 1].
        input_weights(x, params, s_col, fw)
        h, c, ig = fw.h, fw.c, fw.ig
        h[0], c[0] = state0
        recurrent = recurrent_product(W_h, s_col, fw.W_h_s, fw.hW)
        # Chunk by chunk of steps: the input pre-activations of a chunk in one matmul, then
        # the chunk's steps turn them into the gate activations G_t = [i, f, g, o].
        project = fw.project
        for t, G_chunk, steps in fw.chunks:
            project(t, G_chunk)
            for G_t, i_t, f_t, g_t, o_t, h_prev, c_prev, h_t, c_t, tc_t in steps:
                G_t += recurrent(h_prev)
                np.tanh(G_t, out=G_t)
                G_t *= s
                G_t += off
                np.multiply(f_t, c_prev, out=c_t)
                c_t += np.multiply(i_t, g_t, out=ig)
                np.tanh(c_t, out=tc_t)
                np.multiply(o_t, tc_t, out=h_t)
        cache = {"x": x, "h": h, "c": c, "G": fw.G, "tc": fw.tc, "params": params, "fw": fw,
                 "state": (h[T].copy(), c[T].copy())}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        fw = cache["fw"]
        bw = fw.back or BackwardBuffers(fw)
        if fw.reused:
            fw.back = bw
        return lstm_backward(dh, cache, bw, need_dx)

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)


def input_weights(x: Array, params: Params, s_col: Array, fw: ForwardBuffers) -> None:
    """fw.xb = [x_t, 1] and fw.Wb = [W_x; b] * s_col, so that xb Wb = (x_t W_x + b) * s_col;
    and fw.project(t, out), which writes the steps t of xb Wb into out, (steps, 4, B, H):
    a matmul per gate block, or for one-hot inputs (the text tasks') the rows of W_x + b
    that the 1s pick. For B = 1, (steps, 4, 1, H) is the memory of (steps, 4H) rows."""
    T, B, n_in = x.shape
    H4 = s_col.shape[0]
    fw.xb[..., :n_in] = x
    Wb = fw.Wb
    np.multiply(params["W_x"], s_col, out=Wb[:n_in])
    np.multiply(params["b"], s_col, out=Wb[n_in])
    idx = one_hot_index(x.reshape(T * B, n_in))
    if idx is None and B == 1:
        fw.project = lambda t, out: np.dot(fw.xb_rows[t], Wb, out=out.reshape(-1, H4))
    elif idx is None:
        Wb4 = fw.Wb4
        Wb4[...] = Wb.reshape(n_in + 1, 4, H4 // 4).transpose(1, 0, 2)
        xb4 = fw.xb[:, None]  # (T, 1, B, n_in + 1): broadcast over the 4 gate blocks
        fw.project = lambda t, out: np.matmul(xb4[t], Wb4, out=out)
    else:  # the same numbers: the matmul adds the picked row and b to exact zeros
        Wxb = np.add(Wb[:n_in], Wb[n_in], out=fw.Wxb)
        if B == 1:
            fw.project = lambda t, out: np.take(Wxb, idx[t], axis=0, out=out.reshape(-1, H4))
        else:
            Wxb4 = fw.Wxb4
            Wxb4[...] = Wxb.reshape(n_in, 4, H4 // 4).transpose(1, 0, 2)
            idx_tb = idx.reshape(T, B)
            fw.project = lambda t, out: np.take(Wxb4, idx_tb[t], axis=1,
                                                out=out.transpose(1, 0, 2, 3))


# Inputs at least this wide are checked for one-hot rows (a row gather is quicker than
# the matmul from about here on; the check costs two passes over x).
ONE_HOT_FROM = 16


def one_hot_index(x_rows: Array) -> Array | None:
    """The column of the 1 in every row if each row of x_rows (N, n) is one-hot, else None."""
    N, n = x_rows.shape
    if n < ONE_HOT_FROM or np.count_nonzero(x_rows[0]) != 1:
        return None
    idx = x_rows.argmax(axis=1)
    # N nonzeros in all and a 1 at each row's largest: exactly one nonzero per row, a 1
    if np.count_nonzero(x_rows) != N or not (x_rows[np.arange(N), idx] == 1.0).all():
        return None
    return idx


# ------------------------------------------------------------------- buffers
# Long sequences are processed in chunks of steps whose arrays fit in the L2 cache:
# each chunk's step-independent work (input projections, backward gate factors) is done
# just before its steps, while its arrays are in cache. About this many bytes a chunk:
CHUNK_BYTES = 1 << 19
# [dW_x; db] are summed chunk by chunk if the rows of a chunk (steps x batch) are at
# least this many times the rows of [dW_x; db] (n_in + 1); else in one matmul at the end.
SUM_BY_CHUNK_RATIO = 8


def chunk_bounds(T: int, step_bytes: int) -> list[tuple[int, int]]:
    """[(t0, t1), ...] cutting 0..T into chunks of about CHUNK_BYTES."""
    n = max(1, min(T, CHUNK_BYTES // max(step_bytes, 1)))
    return [(t0, min(T, t0 + n)) for t0 in range(0, T, n)]


class ForwardBuffers:
    """The arrays an LSTM forward pass fills for one input shape, and the views of
    each step into them (made here once, so the time loop does no indexing)."""

    def __init__(self, T: int, B: int, H: int, n_in: int, dtype) -> None:
        self.G = np.empty((T, 4, B, H), dtype=dtype)  # G[t, k]: gate k of step t, (B, H)
        hc = np.empty((3, T + 1, B, H), dtype=dtype)  # one block for h, c and tanh(c)
        self.h, self.c, self.tc = hc[0], hc[1], hc[2, 1:]  # h[t+1] = h_t; tc[t] = tanh(c_t)
        self.W_h_s = np.empty((4, H, H), dtype=dtype)  # see recurrent_product
        self.hW = np.empty((4, B, H), dtype=dtype)
        self.ig = np.empty((B, H), dtype=dtype)
        self.xb = np.empty((T, B, n_in + 1), dtype=dtype)  # [x_t, 1]
        self.xb[..., n_in] = 1.0
        self.Wb = np.empty((n_in + 1, 4 * H), dtype=dtype)  # [W_x; b], scaled
        self.Wb4 = np.empty((4, n_in + 1, H), dtype=dtype)  # the same, gate block by block
        G, h, c = self.G, self.h, self.c
        self.xb_rows = self.xb.reshape(T * B, n_in + 1)
        self.gates = tuple(G[:, k] for k in range(4))  # (T, B, H) each
        self.c_prev = c[:-1]
        self.h_prev_rows = h[:-1].reshape(T * B, H)
        self.steps = self.make_steps()
        self.bounds = chunk_bounds(T, B * 7 * H * G.itemsize)  # G, h, c, tanh(c)
        self.chunks = [(slice(t0, t1), G[t0:t1], self.steps[t0:t1]) for t0, t1 in self.bounds]
        self.Wxb = np.empty((n_in, 4 * H), dtype=dtype)  # W_x + b, scaled (one-hot inputs)
        self.Wxb4 = np.empty((4, n_in, H), dtype=dtype)  # the same, gate block by block
        self.project: Callable[[slice, Array], Array] | None = None  # see input_weights
        self.reused = False  # set by base.buffers when kept in a workspace
        self.back: BackwardBuffers | None = None  # kept with these when reused

    def make_steps(self) -> list[tuple]:
        G, h, c = self.G, self.h, self.c
        return list(zip(G, *self.gates, h[:-1], c[:-1], h[1:], c[1:], self.tc, strict=True))


class Chunk:
    """One chunk of steps t0..t1-1 in the backward pass: views of the arrays that the
    step-independent work (gate_factors) reads and writes, and its steps, last first."""

    def __init__(self, fw: ForwardBuffers, bw: BackwardBuffers, t0: int, t1: int) -> None:
        B, H = fw.G.shape[2:]
        self.t = slice(t0, t1)
        self.rows = slice(t0 * B, t1 * B)
        self.G = fw.G[t0:t1]
        self.gates = tuple(g[t0:t1] for g in fw.gates)
        self.c_prev, self.tc = fw.c_prev[t0:t1], fw.tc[t0:t1]
        n = t1 - t0
        self.P, self.K = (bw.P[t0:t1], bw.K[t0:t1]) if B == 1 else (bw.P[:n], bw.K[:n])
        self.P_blocks = tuple(self.P[:, k] for k in range(4))
        self.tmp = bw.tmp[:n]
        self.dHC = bw.dHC[:, t0:t1]
        self.dH = bw.dHC[0, t0:t1]
        self.flow = bw.dHC.reshape(2, -1, 1, B * H)[:, t0:t1]  # a view, never a copy
        self.norms = bw.norms[:, t0:t1]
        self.xb_rows = fw.xb_rows[self.rows]
        self.dA_rows = bw.dA_rows[self.rows]
        # the copy of the chunk's dA into (B, 4H) rows (none when B = 1: the same memory)
        self.to_rows = None if B == 1 else (bw.dA_row4[t0:t1], self.P.transpose(0, 2, 1, 3))
        self.steps = bw.steps[t0:t1][::-1]
        self.H = H


class BackwardBuffers:
    """The arrays an LSTM backward pass fills, each step's views and the chunks.
    ``carry`` is the factor in dc_next = dc_t * carry_t (f, unless given)."""

    def __init__(self, fw: ForwardBuffers, carry: Array | None = None) -> None:
        T, _, B, H = fw.G.shape
        n_in = fw.xb.shape[2] - 1
        dtype = fw.G.dtype
        longest = max(t1 - t0 for t0, t1 in fw.bounds)
        # P, then dA in place, laid out as G: for B = 1 all steps (they are the (T, 4H)
        # rows of dA), else one chunk's steps (the recursion works in cache; each chunk's
        # dA is then copied into the rows of dA_row4). K likewise.
        n = T if B == 1 else longest
        self.P = np.empty((n, 4, B, H), dtype=dtype)
        self.K = np.empty((n, B, H), dtype=dtype)
        self.tmp = np.empty((longest, 4, B, H), dtype=dtype)
        self.dHC = np.empty((2, T, B, H), dtype=dtype)
        self.norms = np.empty((2, T, 1, 1), dtype=dtype)
        self.dh_next = np.empty((B, H), dtype=dtype)
        self.dc_next = np.empty((B, H), dtype=dtype)
        self.dWb = np.empty((n_in + 1, 4 * H), dtype=dtype)  # [dW_x; db]
        self.dWb_part = np.empty((n_in + 1, 4 * H), dtype=dtype)
        self.dW_h = np.empty((H, 4 * H), dtype=dtype)
        self.W_h_T = np.empty((4 * H, H), dtype=dtype)
        self.W_x_T = np.empty((4 * H, n_in), dtype=dtype)
        self.dx: Array | None = None  # (T, B, n_in), made when first asked for
        dH, dC = self.dHC[0], self.dHC[1]
        # dA as (T B, 4H) rows for the weight gradients (for B = 1 the memory of P)
        self.dA_row4 = self.P if B == 1 else np.empty((T, B, 4, H), dtype=dtype)
        self.dA_rows = self.dA_row4.reshape(T * B, 4 * H)
        # each gate's dA over all steps, (T, B, H) views (after the backward pass)
        self.P_blocks = tuple(self.P[:, k] if B == 1 else self.dA_row4[:, :, k]
                              for k in range(4))
        carry = fw.G[:, 1] if carry is None else carry
        self.parts = np.empty((4, B, H), dtype=dtype)  # da_k W_h,k^T (see lstm_backward)
        # step t's place in P and K: t itself (B = 1), or t - t0 in its chunk's
        at = [t if B == 1 else t - t0 for t0, t1 in fw.bounds for t in range(t0, t1)]
        dA = [self.P[j] for j in at]
        K = [self.K[j] for j in at]
        # da_t as one (1, 4H) row when B = 1 (a single product by W_h^T), else (4, B, H)
        da_prod = [d.reshape(1, 4 * H) for d in dA] if B == 1 else dA
        self.steps = list(zip(dH, dC, K, carry, [d[:3] for d in dA], [d[3] for d in dA],
                              da_prod, strict=True))
        self.chunks = [Chunk(fw, self, t0, t1) for t0, t1 in fw.bounds][::-1]
        # [dW_x; db] chunk by chunk while dA is in cache, unless adding up the parts
        # costs more than it saves (wide inputs, short chunks)
        self.input_by_chunk = (len(self.chunks) > 1
                               and (n_in + 1) * SUM_BY_CHUNK_RATIO <= longest * B)


# ---------------------------------------------------------------- backward
# Shared with the peephole LSTM, which adds to K and the carry factor (``extra``).
def gate_factors(ch: Chunk) -> Array:
    """Fill ch.P with each gate's slope times what the gate multiplies, so that
    [da_i | da_f | da_g] = dc_t * P[:3] and da_o = dh_t * P[3]; and ch.K = o (1 - tanh(c)^2),
    the path dh_t -> dc_t. Returns K."""
    B, H = ch.G.shape[2], ch.H
    i, f, g, o = ch.gates  # (t1 - t0, B, H) each
    P_i, P_f, P_g, P_o = ch.P_blocks
    gate_slopes(ch.G, tanh_blocks(B, H, "ssts", ch.G.dtype), out=ch.P, tmp=ch.tmp)
    P_i *= g
    P_f *= ch.c_prev
    P_g *= i
    P_o *= ch.tc
    K = np.multiply(ch.tc, ch.tc, out=ch.K)
    np.subtract(1.0, K, out=K)
    K *= o
    return K


def lstm_backward(dh: Array, cache: dict, bw: BackwardBuffers, need_dx: bool,
                  extra: Callable[[Chunk], None] | None = None
                  ) -> tuple[Params, Array | None, dict[str, Array]]:
    """BPTT from t = T down to 1, chunk by chunk (last first). In each chunk, for all its
    steps at once, the step-independent factors (gate_factors, then ``extra``); then the
    recursion, turning the chunk's P into da_t in place (then copied into the (B, 4H) rows
    of bw.dA_rows) and filling bw.dHC with the total dL/dh_t and dL/dc_t::

        dh_t = dh_t (from above) + dh_next      dc_t = dh_t * K_t + dc_next
        [da_i | da_f | da_g] = dc_t * P[:3]     da_o = dh_t * P[3]
        dc_next = dc_t * carry_t                dh_next = da_t W_h^T

    Then the weight gradients: [dW_x; db] = sum_t [x_t, 1]^T da_t (by chunk while da is in
    cache, or one matmul), dW_h = sum_t h_{t-1}^T da_t (one matmul), dx_t = da_t W_x^T."""
    fw, params = cache["fw"], cache["params"]
    T, B, n_in = cache["x"].shape
    H = bw.dh_next.shape[1]
    by_blocks = B > 1  # dh_next as the sum over gate blocks (B = 1: one row, one product)
    W_h_T = bw.W_h_T  # contiguous copies: OpenBLAS multiplies by them faster than by views
    W_h = params["W_h"]
    if by_blocks:  # (4, H, H): W_h^T of each gate block
        W_h_T = W_h_T.reshape(4, H, H)
        for k in range(4):
            transpose_into(W_h[:, k * H:(k + 1) * H], W_h_T[k])
        parts = bw.parts
    else:
        transpose_into(W_h, W_h_T)
    if need_dx:
        bw.W_x_T[...] = params["W_x"].T
        if bw.dx is None:
            bw.dx = np.empty((T, B, n_in), dtype=bw.P.dtype)
        dx_rows = bw.dx.reshape(T * B, n_in)
    dh_next, dc_next = bw.dh_next, bw.dc_next
    dh_next.fill(0.0)
    dc_next.fill(0.0)
    dWb, by_chunk, first = bw.dWb, bw.input_by_chunk, True
    for ch in bw.chunks:
        gate_factors(ch)
        if extra is not None:
            extra(ch)
        ch.dH[...] = dh[ch.t]  # dL/dh_t from above; the loop adds dh_next
        for dh_t, dc_t, K_t, carry_t, da_ifg_t, da_o_t, da_t in ch.steps:
            dh_t += dh_next
            np.multiply(dh_t, K_t, out=dc_t)
            dc_t += dc_next
            da_ifg_t *= dc_t  # (3, B, H) blocks i, f, g times dc_t
            da_o_t *= dh_t
            np.multiply(dc_t, carry_t, out=dc_next)
            if by_blocks:  # dh_next = sum over gate blocks k of da_k W_h,k^T
                np.matmul(da_t, W_h_T, out=parts)
                np.add.reduce(parts, axis=0, out=dh_next)
            else:
                np.dot(da_t, W_h_T, out=dh_next)
        if ch.to_rows is not None:  # the chunk's dA as (B, 4H) rows, while in cache
            np.copyto(*ch.to_rows)
        if by_chunk:
            if first:
                np.dot(ch.xb_rows.T, ch.dA_rows, out=dWb)
                first = False
            else:
                dWb += np.dot(ch.xb_rows.T, ch.dA_rows, out=bw.dWb_part)
        if need_dx:
            np.dot(ch.dA_rows, bw.W_x_T, out=dx_rows[ch.rows])
        # ||dh_t||, ||dc_t|| of the chunk's steps
        np.matmul(ch.flow, ch.flow.transpose(0, 1, 3, 2), out=ch.norms)
    if not by_chunk:
        np.dot(fw.xb_rows.T, bw.dA_rows, out=dWb)
    grads = {"W_x": dWb[:n_in], "W_h": np.dot(fw.h_prev_rows.T, bw.dA_rows, out=bw.dW_h),
             "b": dWb[n_in]}
    norm_h, norm_c = np.sqrt(bw.norms.reshape(2, T))
    cache["dh_total"], cache["dc_total"] = bw.dHC
    return grads, bw.dx if need_dx else None, {"h": norm_h, "c": norm_c}


def gated_internals(cache: dict, gates: tuple[str, ...]) -> dict[str, Array]:
    """h, c (if any) and each gate block of G as (T, B, H) arrays (views). G is
    (T, B, blocks * H), or (T, blocks, B, H) as the LSTMs keep it."""
    h = cache["h"]
    H = h.shape[-1]
    out = {"h": h[1:]}
    if "c" in cache:
        out["c"] = cache["c"][1:]
    G = cache["G"]
    for k, name in enumerate(gates):
        out[name] = G[:, k] if G.ndim == 4 else G[..., k * H:(k + 1) * H]
    return out



# ----------------------------------------------------------------- descriptor
def _describe():
    from .reference import LSTMReference
    from .registry import CellInfo, TorchLayout

    return CellInfo(
        name="lstm", title="LSTM", short="LSTM",
        long_title="Long short-term memory (LSTM)",
        explanation="LSTM: forget, input and output gates guard a cell state c_t that is "
                    "carried forward by addition, so gradients survive long gaps.",
        make=lambda cfg: LSTM(), reference=lambda cell: LSTMReference(),
        state_names=LSTM.state_names, gate_names=GATES,
        torch=TorchLayout(blocks=4, module="LSTM"),
        describe={"h": "hidden state h_t", "c": "cell state c_t (the LSTM's memory)",
                  "i": "input gate i_t (1 = write new content)",
                  "f": "forget gate f_t (1 = keep the memory, 0 = erase it)",
                  "g": "candidate g_t (new content to write)",
                  "o": "output gate o_t (1 = show the memory in h_t)"},
        tanh_gates=("g",),
        options=("forget_bias",), recurrent_matrix=("W_h", "g"), order=20)


CELL = _describe()
