"""LSTM with peephole connections (Greff et al., "LSTM: A Search Space Odyssey").
(Optimised: the readable step-by-step equivalent is reference.LSTMReference(peephole=True).)

The gates also look at the cell: the input and forget gates at the previous cell
state c_{t-1}, the output gate at the new one c_t, each through a diagonal
(elementwise) weight vector p. Forward, for t = 1..T::

    a_t = x_t W_x + h_{t-1} W_h + b            (B, 4H) = [a_i | a_f | a_g | a_o]
    i_t = sigma(a_i + p_i * c_{t-1})
    f_t = sigma(a_f + p_f * c_{t-1})
    g_t = tanh(a_g)
    c_t = f_t * c_{t-1} + i_t * g_t
    o_t = sigma(a_o + p_o * c_t)
    h_t = o_t * tanh(c_t)

Backward through time, with dh_next = dc_next = 0 at t = T (da_* are gradients of
the full gate pre-activations)::

    dh_t   = dL/dh_t (from above) + dh_next
    da_o   = dh_t * tanh(c_t) * o_t (1 - o_t)
    dc_t   = dh_t * o_t * (1 - tanh(c_t)^2) + da_o * p_o + dc_next     total dL/dc_t
    da_i   = dc_t * g_t * i_t (1 - i_t)
    da_f   = dc_t * c_{t-1} * f_t (1 - f_t)
    da_g   = dc_t * i_t * (1 - g_t^2)
    dc_next = dc_t * f_t + da_i * p_i + da_f * p_f                     (to step t-1)
    dh_next = da_t W_h^T,   da_t = [da_i | da_f | da_g | da_o]
    dW_x = sum_t x_t^T da_t,  dW_h = sum_t h_{t-1}^T da_t,  db = sum_t da_t
    dp_i = sum_t da_i * c_{t-1},  dp_f = sum_t da_f * c_{t-1},  dp_o = sum_t da_o * c_t
    dx_t = da_t W_x^T

Shapes: x (T, B, n_in), h and c (T, B, H), W_x (n_in, 4H), W_h (H, 4H), b (4H,),
p_i, p_f, p_o (H,). With p = 0 this is exactly the plain LSTM (lstm.py).

Speed: an optimised equivalent of the equations above, sharing lstm.py's machinery
(chunks of steps, halved sigmoid pre-activations, gates as contiguous (B, H) blocks,
gate-block products).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import Array, Params, State, buffers, uniform
from .lstm import (
    GATES,
    BackwardBuffers,
    Chunk,
    ForwardBuffers,
    gate_scale,
    gated_internals,
    half_scale,
    input_weights,
    lstm_backward,
    lstm_params,
    recurrent_product,
)


class PeepholeLSTM:
    name = "peephole"
    state_names = ("h", "c")
    gate_names = GATES

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        params = lstm_params(n_in, n_h, rng, cfg, dtype)
        # Small random peepholes (not zero) so that gradient checks exercise them.
        for k in ("p_i", "p_f", "p_o"):
            params[k] = uniform(rng, (n_h,), 0.1, dtype)
        return params

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]:
        W_h = params["W_h"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        H = W_h.shape[0]
        fw = buffers(ws, (T, B, n_in, dtype), PeepholeForwardBuffers, T, B, H, n_in, dtype)
        s_col = half_scale(B, H, "ssts", dtype)[0][0]
        # Pre-activations halved in the sigmoid blocks (sigma(a) = (1 + tanh(a/2)) / 2),
        # peephole weights halved to match; the buffer becomes the gate activations G.
        input_weights(x, params, s_col, fw)
        recurrent = recurrent_product(W_h, s_col, fw.W_h_s, fw.hW)
        h, c = fw.h, fw.c
        h[0], c[0] = state0
        forward_loop(fw, params, recurrent)
        G = fw.G
        cache = {"x": x, "h": h, "c": c, "G": G, "tc": fw.tc, "params": params, "fw": fw,
                 "state": (h[T].copy(), c[T].copy())}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        c, fw, params = cache["c"], cache["fw"], cache["params"]
        bw = fw.back or PeepholeBackwardBuffers(fw)
        if fw.reused:
            fw.back = bw
        p_i, p_f, p_o = params["p_i"], params["p_f"], params["p_o"]

        def peephole_factors(ch: Chunk) -> None:
            # After lstm.gate_factors, the peepholes' share of the step-independent
            # factors, so that the recursion keeps two products per step:
            #   dc_t    = dh_t * K_t + dc_next,    K = o (1 - tanh(c)^2) + P[3] p_o
            #   dc_next = dc_t * F_t,              F = f + P[0] p_i + P[1] p_f
            P_i, P_f, _, P_o = ch.P_blocks
            ch.K += np.multiply(P_o, p_o, out=ch.tmp_h)
            F = np.multiply(P_i, p_i, out=ch.F)
            F += np.multiply(P_f, p_f, out=ch.tmp_h)
            F += ch.gates[1]  # f

        grads, dx, flow = lstm_backward(dh, cache, bw, need_dx, peephole_factors)
        da_i, da_f, _, da_o = bw.P_blocks  # P has become da
        c_prev = fw.c_prev
        # sums over steps and sequences of da_i c_{t-1}, da_f c_{t-1}, da_o c_t
        grads["p_i"] = np.einsum("tbh,tbh->h", da_i, c_prev, out=bw.dp[0])
        grads["p_f"] = np.einsum("tbh,tbh->h", da_f, c_prev, out=bw.dp[1])
        grads["p_o"] = np.einsum("tbh,tbh->h", da_o, c[1:], out=bw.dp[2])
        return grads, dx, flow

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)


def forward_loop(fw: PeepholeForwardBuffers, params: Params, recurrent) -> None:
    """The forward time loop (as in lstm.py, gate blocks contiguous (B, H) arrays)."""
    B, H = fw.ig.shape
    s, _ = gate_scale(B, H, "ssts", fw.G.dtype)
    half, half_if = s[0], s[:2]  # (B, H) and (2, B, H) of 1/2
    p_s = fw.p_s  # (3, 1, H): [p_i, p_f, p_o] / 2
    for k, name in enumerate(("p_i", "p_f", "p_o")):
        np.multiply(params[name], 0.5, out=p_s[k, 0])
    ig, pc = fw.ig, fw.pc
    # All three peepholes read the same c (o_t reads c_t, i_{t+1} and f_{t+1} read it
    # as their c_{t-1}): one product [p_i, p_f, p_o] * c per step serves them all.
    np.multiply(fw.c[0], p_s, out=pc)  # (3, B, H)
    pc_if, pc_o = pc[:2], pc[2]
    project = fw.project
    for t, G_chunk, steps in fw.chunks:
        project(t, G_chunk)
        for G_t, G_ifg_t, G_if_t, i_t, f_t, g_t, o_t, h_prev, c_prev, h_t, c_t, tc_t in steps:
            G_t += recurrent(h_prev)
            G_if_t += pc_if  # p_i * c_{t-1}, p_f * c_{t-1}
            np.tanh(G_ifg_t, out=G_ifg_t)
            G_if_t *= half_if
            G_if_t += half_if
            np.multiply(f_t, c_prev, out=c_t)
            c_t += np.multiply(i_t, g_t, out=ig)
            np.multiply(c_t, p_s, out=pc)
            o_t += pc_o  # p_o * c_t
            np.tanh(o_t, out=o_t)
            o_t *= half
            o_t += half
            np.tanh(c_t, out=tc_t)
            np.multiply(o_t, tc_t, out=h_t)


class PeepholeForwardBuffers(ForwardBuffers):
    """The LSTM's forward arrays, the halved peepholes, their products with c, and the
    per-step views the peephole loop uses."""

    def __init__(self, T: int, B: int, H: int, n_in: int, dtype) -> None:
        self.p_s = np.empty((3, 1, H), dtype=dtype)  # [p_i, p_f, p_o] / 2
        self.pc = np.empty((3, B, H), dtype=dtype)  # their products with c
        super().__init__(T, B, H, n_in, dtype)

    def make_steps(self) -> list[tuple]:
        G, h, c = self.G, self.h, self.c
        return list(zip(G, G[:, :3], G[:, :2], *self.gates, h[:-1], c[:-1], h[1:], c[1:],
                        self.tc, strict=True))


class PeepholeBackwardBuffers(BackwardBuffers):
    """The LSTM's backward arrays with F (the carry factor) and the peepholes' gradient;
    each chunk also gets its views of F and a scratch array."""

    def __init__(self, fw: ForwardBuffers) -> None:
        T, _, B, H = fw.G.shape
        self.F = np.empty((T, B, H), dtype=fw.G.dtype)
        self.dp = np.empty((3, H), dtype=fw.G.dtype)
        super().__init__(fw, carry=self.F)
        self.tmp_h = self.tmp[:, 0]  # scratch, free once gate_factors is done with tmp
        for ch in self.chunks:
            ch.F, ch.tmp_h = self.F[ch.t], self.tmp_h[:ch.t.stop - ch.t.start]


# ----------------------------------------------------------------- descriptor
def _describe():
    from .reference import LSTMReference
    from .registry import CellInfo, TorchLayout

    return CellInfo(
        name="peephole", title="Peephole LSTM", short="Peephole LSTM",
        long_title="LSTM with peephole connections (Greff et al.)",
        explanation="Peephole LSTM: an LSTM whose gates also see the cell state itself, "
                    "which helps with precise timing.",
        make=lambda cfg: PeepholeLSTM(), reference=lambda cell: LSTMReference(peephole=True),
        state_names=PeepholeLSTM.state_names, gate_names=GATES,
        torch=TorchLayout(blocks=4, extras=(("p_i", "peephole_i"), ("p_f", "peephole_f"),
                                            ("p_o", "peephole_o"))),
        describe={"h": "hidden state h_t", "c": "cell state c_t (the LSTM's memory)",
                  "i": "input gate i_t (1 = write new content)",
                  "f": "forget gate f_t (1 = keep the memory, 0 = erase it)",
                  "g": "candidate g_t (new content to write)",
                  "o": "output gate o_t (1 = show the memory in h_t)"},
        tanh_gates=("g",),
        options=("forget_bias",), recurrent_matrix=("W_h", "g"), order=30)


CELL = _describe()
