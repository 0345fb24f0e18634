"""Minimal gated unit (MGU; Zhou, Wu, Zhang and Zhou, 2016): a GRU with one gate.

Forward, for t = 1..T, with blocks in the order f, h~::

    ax_t = x_t W_x + b                        (B, 2H) = [ax_f | ax_h]
    f_t  = sigma(ax_f + h_{t-1} W_hf)         forget gate
    r_t  = f_t * h_{t-1}                      what the candidate sees of the past
    n_t  = tanh(ax_h + r_t W_hh)              candidate state h~_t
    h_t  = (1 - f_t) * h_{t-1} + f_t * n_t

W_h = [W_hf | W_hh] is (H, 2H): the candidate's half multiplies f_t * h_{t-1}, so each
step does two recurrent matmuls, the second after the gate.

Backward through time, with dh_next = 0 at t = T::

    dh_t   = dL/dh_t (from above) + dh_next
    da_n   = dh_t * f_t * (1 - n_t^2)                    (pre-activation of n_t)
    dr_t   = da_n W_hh^T
    da_f   = (dh_t * (n_t - h_{t-1}) + dr_t * h_{t-1}) * f_t (1 - f_t)
    dh_next = dh_t * (1 - f_t) + dr_t * f_t + da_f W_hf^T
    dW_x = sum_t x_t^T [da_f | da_n],  db = sum_t [da_f | da_n]
    dW_hf = sum_t h_{t-1}^T da_f,  dW_hh = sum_t r_t^T da_n
    dx_t = [da_f | da_n] W_x^T

Shapes: x (T, B, n_in), h (T, B, H), W_x (n_in, 2H), W_h (H, 2H), b (2H,). PyTorch has
no MGU; its weights travel in the same state_dict layout as a GRU's (two blocks).
The readable step-by-step version is MGUReference below; the fast one batches the
input projections of all steps and the weight gradients into one matmul each.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import Array, Params, State, flow_norms, init_input, init_recurrent, ones, sigmoid
from .reference import sigma, split
from .registry import CellInfo, TorchLayout

GATES = ("f", "n")


class MGU:
    name = "mgu"
    state_names = ("h",)
    gate_names = GATES

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype) -> Params:
        return {
            "W_x": init_input(rng, n_in, n_h, 2, cfg.init, dtype),
            "W_h": init_recurrent(rng, n_h, 2, cfg.init, cfg.recurrent_scale, dtype),
            "b": np.zeros(2 * n_h, dtype=dtype),
        }

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]:
        W_x, W_h, b = params["W_x"], params["W_h"], params["b"]
        dtype = W_h.dtype
        x = np.asarray(x, dtype=dtype)
        T, B, n_in = x.shape
        H = W_h.shape[0]
        W_hf, W_hh = W_h[:, :H], W_h[:, H:]
        # Input projections of all steps; the buffer becomes the gates G = [f | n].
        G = np.dot(x.reshape(T * B, -1), W_x).reshape(T, B, 2 * H)
        G += b
        h = np.empty((T + 1, B, H), dtype=dtype)
        r = np.empty((T, B, H), dtype=dtype)
        h[0] = state0[0]
        tmp = np.empty((B, H), dtype=dtype)
        for t in range(T):
            f_t, n_t, h_prev, h_t = G[t, :, :H], G[t, :, H:], h[t], h[t + 1]
            f_t += np.dot(h_prev, W_hf, out=tmp)
            sigmoid(f_t, out=f_t)
            np.multiply(f_t, h_prev, out=r[t])
            n_t += np.dot(r[t], W_hh, out=tmp)
            np.tanh(n_t, out=n_t)
            np.subtract(n_t, h_prev, out=h_t)  # h_t = h_{t-1} + f_t (n_t - h_{t-1})
            h_t *= f_t
            h_t += h_prev
        cache = {"x": x, "h": h, "G": G, "r": r, "params": params, "state": (h[T].copy(),)}
        return h[1:], cache

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]:
        x, h, G, r = cache["x"], cache["h"], cache["G"], cache["r"]
        W_x, W_h = cache["params"]["W_x"], cache["params"]["W_h"]
        T, B, H = dh.shape
        dtype = W_h.dtype
        W_hf_T, W_hh_T = np.ascontiguousarray(W_h[:, :H].T), np.ascontiguousarray(W_h[:, H:].T)
        f, n, h_prev = G[..., :H], G[..., H:], h[:-1]
        # step-independent factors: da_n = dh_t * Pn; da_f = (dh_t * Pd + dr_t * Ph) * Sf
        Pn = f * (1.0 - n * n)
        Pd = n - h_prev
        Sf = f * (1.0 - f)
        dH = np.array(dh, dtype=dtype)  # total dL/dh_t; the loop adds dh_next
        dA = np.empty((T, B, 2 * H), dtype=dtype)  # [da_f | da_n]
        dh_next = np.zeros((B, H), dtype=dtype)
        for t in range(T - 1, -1, -1):
            dh_t, da_f, da_n = dH[t], dA[t, :, :H], dA[t, :, H:]
            dh_t += dh_next
            np.multiply(dh_t, Pn[t], out=da_n)
            dr_t = np.dot(da_n, W_hh_T)
            np.multiply(dh_t, Pd[t], out=da_f)
            da_f += dr_t * h_prev[t]
            da_f *= Sf[t]
            dh_next = dh_t - dh_t * f[t]
            dh_next += dr_t * f[t]
            dh_next += np.dot(da_f, W_hf_T)
        dA2 = dA.reshape(T * B, 2 * H)
        dW_h = np.concatenate([np.dot(h_prev.reshape(T * B, H).T, dA2[:, :H]),
                               np.dot(r.reshape(T * B, H).T, dA2[:, H:])], axis=1)
        grads = {"W_x": np.dot(x.reshape(T * B, -1).T, dA2), "W_h": dW_h,
                 "b": np.dot(ones(T * B, dtype), dA2)}
        dx = np.dot(dA2, W_x.T).reshape(x.shape) if need_dx else None
        cache["dh_total"] = dH
        return grads, dx, {"h": flow_norms(dH[None])[0]}

    def internals(self, cache: dict) -> dict[str, Array]:
        H = cache["h"].shape[-1]
        G = cache["G"]
        return {"h": cache["h"][1:], "f": G[..., :H], "n": G[..., H:]}


class MGUReference:
    """The equations of the module docstring, one step at a time (see reference.py)."""

    state_names = ("h",)
    gate_names = GATES

    def step(self, p, x_t, state_prev):
        h_prev = state_prev["h"]
        ax_f, ax_h = split(x_t @ p["W_x"] + p["b"], 2)
        W_hf, W_hh = split(p["W_h"], 2)
        f_t = sigma(ax_f + h_prev @ W_hf)
        r_t = f_t * h_prev
        n_t = np.tanh(ax_h + r_t @ W_hh)
        h_t = (1.0 - f_t) * h_prev + f_t * n_t
        v = {"x_t": x_t, "h_prev": h_prev, "ax_f": ax_f, "ax_h": ax_h, "f_t": f_t,
             "r_t": r_t, "n_t": n_t, "h_t": h_t}
        return {"h": h_t}, v

    def step_back(self, p, v, d_state):
        f_t, n_t, r_t, h_prev = v["f_t"], v["n_t"], v["r_t"], v["h_prev"]
        W_hf, W_hh = split(p["W_h"], 2)
        dh_t = d_state["h"]
        da_n = dh_t * f_t * (1.0 - n_t ** 2)
        dr_t = da_n @ W_hh.T
        da_f = (dh_t * (n_t - h_prev) + dr_t * h_prev) * f_t * (1.0 - f_t)
        dh_prev = dh_t * (1.0 - f_t) + dr_t * f_t + da_f @ W_hf.T  # dh_next of step t-1
        da_t = np.concatenate([da_f, da_n], axis=-1)
        dx_t = da_t @ p["W_x"].T
        g = {"W_x": v["x_t"].T @ da_t, "b": da_t.sum(axis=0),
             "W_h": np.concatenate([h_prev.T @ da_f, r_t.T @ da_n], axis=-1)}
        dv = {"dh_t": dh_t, "da_f": da_f, "da_n": da_n, "dr_t": dr_t}
        return {"h": dh_prev}, dx_t, g, dv


# ------------------------------------------------------------- PyTorch export
# Source text the exported training script (export_torch.py) includes for an MGU network.
_TORCH_INIT = '''
def init_layer(rng, n_in):
    """Blocks in the order f, n, drawn as the engine's MGU.init_params draws them;
    all biases start at zero. PyTorch keeps W^T (interop.py's GRU-like layout)."""
    W_x = input_weights(rng, n_in, HIDDEN, 2)
    W_h = recurrent_weights(rng, HIDDEN, 2)
    zeros = np.zeros(2 * HIDDEN, dtype=NP_DTYPE)
    return {"weight_ih": W_x.T, "weight_hh": W_h.T, "bias_ih": zeros, "bias_hh": zeros}
'''

_TORCH_MODULE = '''
class MGU(nn.Module):
    """Minimal gated unit (Zhou et al., 2016), time-major, which PyTorch lacks:

        a = x_t W_ih^T + b_ih + b_hh = [ax_f | ax_h]      W_hh^T = [W_hf | W_hh]
        f_t = sigma(ax_f + h_{t-1} W_hf)                   forget gate
        n_t = tanh(ax_h + (f_t * h_{t-1}) W_hh)           candidate
        h_t = (1 - f_t) * h_{t-1} + f_t * n_t

    Parameter names as RNN Studio writes an MGU's weights (weight_ih_l0, ...)."""

    def __init__(self, n_in, hidden, num_layers):
        super().__init__()
        self.hidden, self.num_layers = hidden, num_layers
        H = hidden
        for l in range(num_layers):
            n = n_in if l == 0 else H
            setattr(self, f"weight_ih_l{l}", nn.Parameter(torch.zeros(2 * H, n)))
            setattr(self, f"weight_hh_l{l}", nn.Parameter(torch.zeros(2 * H, H)))
            setattr(self, f"bias_ih_l{l}", nn.Parameter(torch.zeros(2 * H)))
            self.register_buffer(f"bias_hh_l{l}", torch.zeros(2 * H))  # RNN Studio: one bias

    def forward(self, x, h0=None):
        T, B, _ = x.shape
        H = self.hidden
        if h0 is None:
            h0 = x.new_zeros(self.num_layers, B, H)
        inp, last = x, []
        for l in range(self.num_layers):
            W_ih, W_hh = getattr(self, f"weight_ih_l{l}"), getattr(self, f"weight_hh_l{l}")
            b = getattr(self, f"bias_ih_l{l}") + getattr(self, f"bias_hh_l{l}")
            W_hf_T, W_hh_T = W_hh[:H], W_hh[H:]  # (H, H) each, PyTorch's transposed blocks
            a_x = inp @ W_ih.T + b  # the input part of every step at once
            h, out = h0[l], []
            for t in range(T):
                ax_f, ax_h = a_x[t].chunk(2, dim=1)
                f = torch.sigmoid(ax_f + h @ W_hf_T.T)
                n = torch.tanh(ax_h + (f * h) @ W_hh_T.T)
                h = (1 - f) * h + f * n
                out.append(h)
            inp = torch.stack(out)
            last.append(h)
        return inp, torch.stack(last)
'''


def torch_exporter() -> Any:
    """How export_torch.py writes an MGU network (the descriptor's ``torch_export``)."""
    from ..export_torch import CellExporter

    return CellExporter(init_layer=_TORCH_INIT.lstrip("\n"),
                        build=lambda cfg: "MGU(N_IN, HIDDEN, LAYERS)",
                        module=lambda cfg: _TORCH_MODULE.lstrip("\n"))


CELL = CellInfo(
    name="mgu", title="MGU (minimal gated unit)", short="MGU",
    long_title="Minimal gated unit (MGU)",
    explanation="MGU: a single forget gate both decides how much of the old state to keep "
                "and how much of it the candidate sees. The smallest gated cell: two "
                "weight blocks instead of the GRU's three.",
    make=lambda cfg: MGU(), reference=lambda cell: MGUReference(),
    state_names=MGU.state_names, gate_names=GATES,
    torch=TorchLayout(blocks=2), torch_export=torch_exporter,
    describe={"h": "hidden state h_t",
              "f": "forget gate f_t (1 = take the candidate, 0 = keep h_{t-1})",
              "n": "candidate n_t (the new state proposed, h̃_t)"},
    tanh_gates=("n",),
    step_html=("f<sub>{t}</sub> = σ(x<sub>{t}</sub> W<sub>x</sub><sup>f</sup> + h<sub>{s}</sub> "
               "W<sub>hf</sub> + b<sup>f</sup>), &nbsp; n<sub>{t}</sub> = tanh(x<sub>{t}</sub> "
               "W<sub>x</sub><sup>n</sup> + (f<sub>{t}</sub> ⊙ h<sub>{s}</sub>) W<sub>hh</sub> + "
               "b<sup>n</sup>), &nbsp; h<sub>{t}</sub> = (1 − f<sub>{t}</sub>) ⊙ h<sub>{s}</sub>"
               " + f<sub>{t}</sub> ⊙ n<sub>{t}</sub>",
               "δa<sup>n</sup> = δh<sub>{t}</sub> ⊙ f<sub>{t}</sub> ⊙ (1 − n<sub>{t}</sub>²), "
               "&nbsp; δr = δa<sup>n</sup> W<sub>hh</sub><sup>⊤</sup>, &nbsp; δa<sup>f</sup> = "
               "(δh<sub>{t}</sub> ⊙ (n<sub>{t}</sub> − h<sub>{s}</sub>) + δr ⊙ h<sub>{s}</sub>)"
               " ⊙ f<sub>{t}</sub>(1 − f<sub>{t}</sub>), &nbsp; δh<sub>{s}</sub> ← "
               "δh<sub>{t}</sub> ⊙ (1 − f<sub>{t}</sub>) + δr ⊙ f<sub>{t}</sub> + "
               "δa<sup>f</sup> W<sub>hf</sub><sup>⊤</sup>"),
    legend=("forget gate, between 0 and 1 (1 = take the candidate)",
            "what the candidate sees of the past",
            "candidate state",
            "input weights (n_in × 2H) and bias, blocks f, n",
            "recurrent weights (H × 2H)",
            "output weights and bias"),
    diagram=(
        (("hp", 38, 30, "h_{t−1}", "state"), ("mz", 170, 30, "⊗", "op"),
         ("add", 255, 30, "⊕", "op"), ("h", 325, 30, "h_t", "state"),
         ("f", 95, 118, "f σ", "sigmoid", 40), ("n", 255, 118, "n tanh", "tanh", 48),
         ("mr", 95, 74, "⊗", "op"), ("one", 170, 74, "1−", "op"), ("mn", 255, 74, "⊗", "op"),
         ("in", 45, 168, "h_{t−1}, x_t", "io", 76)),
        ((("hp", "mz"), False, ""), (("mz", "add"), False, ""), (("add", "h"), False, ""),
         (((95, 30), "mr"), False, ""), (("f", "mr"), False, ""),
         (("mr", (130, 74), (130, 145), (247, 145), (247, 130)), False, ""),
         (((115, 118), (212, 118), (212, 74), "mn"), False, ""),
         (((170, 118), "one"), False, ""), (("one", "mz"), False, ""),
         (("n", "mn"), False, ""), (("mn", "add"), False, ""),
         (("in", (95, 168), "f"), False, ""), (((95, 168), (263, 168), (263, 130)), False, "")),
        "one gate: what to keep, what the candidate sees"),
    recurrent_matrix=("W_h", "n"), order=50)
