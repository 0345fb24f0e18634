"""LSTM with peephole connections (Greff et al., "LSTM: A Search Space Odyssey").

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
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import Array, Params, State, uniform
from .lstm import GATES, as_state, flow_norms, gated_internals, half_scale, lstm_params


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

    def forward(self, x: Array, state0: State, params: Params) -> tuple[Array, dict]:
        W_x, W_h, b = params["W_x"], params["W_h"], params["b"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, _ = x.shape
        H = W_h.shape[0]
        H2, H3 = 2 * H, 3 * H
        (s,), _ = half_scale(1, H, "ssts", dtype)
        # Pre-activations halved in the sigmoid blocks (sigma(a) = (1 + tanh(a/2)) / 2),
        # peephole weights halved to match; the buffer becomes the gate activations G.
        G = (x.reshape(T * B, -1) @ (W_x * s)).reshape(T, B, 4 * H)
        G += b * s
        W_h_s = W_h * s
        p_s = np.stack([params["p_i"], params["p_f"], params["p_o"]]) * 0.5  # (3, H)
        hc = np.empty((3, T + 1, B, H), dtype=dtype)
        h, c, tc = hc[0], hc[1], hc[2, 1:]  # h[0] = h_0, h[t+1] = h_t; tc[t] = tanh(c_t)
        h[0], c[0] = as_state(state0, dtype)
        hW = np.empty((B, 4 * H), dtype=dtype)
        # All three peepholes read the same c (o_t reads c_t, i_{t+1} and f_{t+1} read it
        # as their c_{t-1}): one product [p_i, p_f, p_o] * c per step serves them all.
        pc = np.multiply(c[0][:, None, :], p_s)  # (B, 3, H)
        tmp = np.empty((B, H), dtype=dtype)
        for t in range(T):
            G_t = G[t]
            G_t += np.dot(h[t], W_h_s, out=hW)
            G_t.reshape(B, 4, H)[:, :2] += pc[:, :2]  # p_i * c_{t-1}, p_f * c_{t-1}
            np.tanh(G_t[:, :H3], out=G_t[:, :H3])
            G_t[:, :H2] *= 0.5
            G_t[:, :H2] += 0.5
            i_t, f_t, g_t, o_t = G_t[:, :H], G_t[:, H:H2], G_t[:, H2:H3], G_t[:, H3:]
            c_t = np.multiply(f_t, c[t], out=c[t + 1])
            c_t += np.multiply(i_t, g_t, out=tmp)
            np.multiply(c_t[:, None, :], p_s, out=pc)
            o_t += pc[:, 2]  # p_o * c_t
            np.tanh(o_t, out=o_t)
            o_t *= 0.5
            o_t += 0.5
            np.tanh(c_t, out=tc[t])
            np.multiply(o_t, tc[t], out=h[t + 1])
        cache = {"x": x, "h": h, "c": c, "G": G, "tc": tc, "params": params,
                 "state": (h[T].copy(), c[T].copy())}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, c, G, tc = cache["x"], cache["h"], cache["c"], cache["G"], cache["tc"]
        params = cache["params"]
        W_x, W_h = params["W_x"], params["W_h"]
        dtype = W_h.dtype
        dh = np.asarray(dh, dtype=dtype)
        T, B, H = dh.shape
        H2, H3 = 2 * H, 3 * H
        i, f, g, o = G[..., :H], G[..., H:H2], G[..., H2:H3], G[..., H3:]
        c_prev = c[:-1]
        # Step-independent factors, for all steps at once. With
        #   [da_i | da_f | da_g] = dc_t * P[:3],   da_o = dh_t * P[3]
        # the recursion becomes two products per step:
        #   dc_t    = dh_t * K_t + dc_next,    K = o (1 - tanh(c)^2) + P[3] p_o
        #   dc_next = dc_t * F_t,              F = f + P[0] p_i + P[1] p_f
        P = np.multiply(G, G)
        np.subtract(G[..., :H2], P[..., :H2], out=P[..., :H2])  # sigma' = s (1 - s)
        np.subtract(G[..., H3:], P[..., H3:], out=P[..., H3:])
        np.subtract(1.0, P[..., H2:H3], out=P[..., H2:H3])  # tanh' = 1 - g^2
        P[..., :H] *= g
        P[..., H:H2] *= c_prev
        P[..., H2:H3] *= i
        P[..., H3:] *= tc
        K = np.multiply(tc, tc)
        np.subtract(1.0, K, out=K)
        K *= o
        tmp = np.multiply(P[..., H3:], params["p_o"])
        K += tmp
        F = np.multiply(P[..., :H], params["p_i"])
        F += np.multiply(P[..., H:H2], params["p_f"], out=tmp)
        F += f

        dHC = np.empty((2, T, B, H), dtype=dtype)
        dH, dC = dHC[0], dHC[1]  # total dL/dh_t and dL/dc_t
        dA = P  # da_t overwrites P_t once used
        dA3 = dA.reshape(T, B, 4, H)
        W_h_T = np.ascontiguousarray(W_h.T)
        dh_next = np.zeros((B, H), dtype=dtype)
        dc_next = np.zeros((B, H), dtype=dtype)
        for t in range(T - 1, -1, -1):
            dh_t = np.add(dh[t], dh_next, out=dH[t])
            dc_t = np.multiply(dh_t, K[t], out=dC[t])
            dc_t += dc_next
            dA3[t, :, :3] *= dc_t[:, None, :]
            dA[t, :, H3:] *= dh_t
            np.multiply(dc_t, F[t], out=dc_next)
            np.dot(dA[t], W_h_T, out=dh_next)
        dA2 = dA.reshape(T * B, 4 * H)
        grads = {
            "W_x": x.reshape(T * B, -1).T @ dA2,
            "W_h": h[:-1].reshape(T * B, H).T @ dA2,
            "b": dA2.sum(axis=0),
            "p_i": np.einsum("tbh,tbh->h", dA[..., :H], c_prev),
            "p_f": np.einsum("tbh,tbh->h", dA[..., H:H2], c_prev),
            "p_o": np.einsum("tbh,tbh->h", dA[..., H3:], c[1:]),
        }
        dx = (dA2 @ W_x.T).reshape(x.shape) if need_dx else None
        norm_h, norm_c = flow_norms(dHC)
        cache["dh_total"], cache["dc_total"] = dH, dC
        return grads, dx, {"h": norm_h, "c": norm_c}

    def internals(self, cache: dict) -> dict[str, Array]:
        return gated_internals(cache, GATES)
