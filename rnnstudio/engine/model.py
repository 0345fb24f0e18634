"""A stack of recurrent layers with an output head, trained by (truncated) BPTT.

    h^(1) = cell_1(x),  h^(l) = cell_l(h^(l-1)),  z_t = h^(L)_t W_hy + b_y

All parameters live in one flat buffer (``Network.flat``) and are exposed as named
views (``l0.W_xh``, ``l1.W_h``, ``W_hy``, ``b_y``...); gradients likewise
(``Network.grad_flat``). Optimizers and clipping then work on one vector.
``gradients`` lends each layer's cell a workspace, so the cells reuse their arrays
from one update to the next (see cells/base.py); everything it returns is a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .cells import make_cell
from .cells.base import Array, State, init_input, ones, zeros_state
from .losses import loss_and_grad, predict


@dataclass(frozen=True)
class GradResult:
    loss: float
    flow: dict[str, Array]  # "h" (and "c"): (layers, T) norms of dL/dh_t, dL/dc_t
    states: list[State]  # final state of every layer (for carrying on)
    trace: dict[str, list[Array]] | None = None  # with trace=True: "h" (and "c") -> per
    # layer (T, B, n_h) arrays of the total dL/dh_t (dL/dc_t) that BPTT computed


class Network:
    def __init__(self, cfg: Any, n_in: int, n_out: int, head: str,
                 rng: np.random.Generator | None = None):
        self.cfg = cfg
        self.head = head
        self.n_in, self.n_out, self.n_h = n_in, n_out, cfg.hidden
        self.dtype = np.dtype(cfg.dtype)
        rng = rng if rng is not None else np.random.default_rng(cfg.seed)
        self.cells = [make_cell(cfg.cell, cfg) for _ in range(cfg.layers)]
        init: dict[str, Array] = {}
        n = n_in
        for l, cell in enumerate(self.cells):
            for k, v in cell.init_params(n, cfg.hidden, rng, cfg, self.dtype).items():
                init[f"l{l}.{k}"] = v
            n = cfg.hidden
        init["W_hy"] = init_input(rng, cfg.hidden, n_out, 1, cfg.init, self.dtype)
        init["b_y"] = np.zeros(n_out, dtype=self.dtype)
        total = sum(v.size for v in init.values())
        self.flat = np.empty(total, dtype=self.dtype)
        self.grad_flat = np.zeros(total, dtype=self.dtype)
        self.params: dict[str, Array] = {}
        self.grads: dict[str, Array] = {}
        i = 0
        for k, v in init.items():
            self.params[k] = self.flat[i:i + v.size].reshape(v.shape)
            self.params[k][...] = v
            self.grads[k] = self.grad_flat[i:i + v.size].reshape(v.shape)
            i += v.size
        self.layer_params = [
            {k.split(".", 1)[1]: v for k, v in self.params.items() if k.startswith(f"l{l}.")}
            for l in range(len(self.cells))
        ]
        # per layer, buffers its cell keeps from one gradients() call to the next
        self._workspaces: list[dict] = [{} for _ in self.cells]
        self._zero_states: dict[int, list[State]] = {}
        self._buffers: dict[tuple, Array] = {}
        self.layer_grads = [
            {k.split(".", 1)[1]: v for k, v in self.grads.items() if k.startswith(f"l{l}.")}
            for l in range(len(self.cells))
        ]

    # ------------------------------------------------------------------ state
    @property
    def state_names(self) -> tuple[str, ...]:
        return self.cells[0].state_names

    def zero_state(self, batch: int) -> list[State]:
        return [zeros_state(c.state_names, batch, self.n_h, self.dtype) for c in self.cells]

    def _buffer(self, name: str, shape: tuple[int, ...]) -> Array:
        """An array gradients() reuses from one call to the next (logits z, dL/dh)."""
        a = self._buffers.get((name, shape))
        if a is None:
            if len(self._buffers) >= 16:  # a few shapes at most
                self._buffers.clear()
            a = self._buffers[(name, shape)] = np.empty(shape, dtype=self.dtype)
        return a

    def _zeros(self, batch: int) -> list[State]:
        """zero_state(batch), read-only and made once per batch size (cells only read
        their initial state)."""
        zeros = self._zero_states.get(batch)
        if zeros is None:
            zeros = self.zero_state(batch)
            for a in (a for state in zeros for a in state):
                a.flags.writeable = False
            self._zero_states[batch] = zeros
        return zeros

    def get_weights(self) -> dict[str, Array]:
        return {k: v.copy() for k, v in self.params.items()}

    def set_weights(self, weights: dict[str, Array]) -> None:
        missing = set(self.params) - set(weights)
        if missing:
            raise ValueError(f"weights: missing {', '.join(sorted(missing))}")
        for k, v in self.params.items():
            w = np.asarray(weights[k])
            if w.shape != v.shape:
                raise ValueError(f"weights: {k} has shape {w.shape}, expected {v.shape}")
            v[...] = w

    # ---------------------------------------------------------------- forward
    def _forward(self, x: Array, states: list[State], reuse: bool = False
                 ) -> tuple[Array, list[dict], Array]:
        """Logits, each layer's cache, and the top layer's hidden states. With
        ``reuse`` the cells write into their buffers from the previous call."""
        inp = x
        caches = []
        workspaces = self._workspaces if reuse else [None] * len(self.cells)
        for cell, p, s, ws in zip(self.cells, self.layer_params, states, workspaces,
                                  strict=True):
            inp, cache = cell.forward(inp, s, p, ws)
            caches.append(cache)
        T, B, H = inp.shape
        z = np.dot(inp.reshape(T * B, H), self.params["W_hy"],
                   out=self._buffer("z", (T * B, self.n_out)) if reuse else None)
        z += self.params["b_y"]
        return z.reshape(T, B, self.n_out), caches, inp

    def logits(self, x: Array, states: list[State] | None = None) -> tuple[Array, list[State]]:
        x = np.asarray(x, dtype=self.dtype)
        states = states if states is not None else self._zeros(x.shape[1])
        z, caches, _ = self._forward(x, states)
        return z, [c["state"] for c in caches]

    def predict(self, x: Array, states: list[State] | None = None) -> Array:
        """Outputs for a batch: probabilities (bits, classes) or values (linear)."""
        return predict(self.head, self.logits(x, states)[0])

    def internals(self, x: Array) -> dict[str, Array]:
        """Hidden states, cell states and gate activations for a probe batch:
        ``{"l0.h": (T, B, n_h), "l0.i": ..., "output": ...}``."""
        x = np.asarray(x, dtype=self.dtype)
        z, caches, _ = self._forward(x, self._zeros(x.shape[1]))
        out: dict[str, Array] = {}
        for l, (cell, cache) in enumerate(zip(self.cells, caches, strict=True)):
            for k, v in cell.internals(cache).items():
                out[f"l{l}.{k}"] = np.array(v, copy=True)
        out["output"] = predict(self.head, z)
        return out

    # --------------------------------------------------------------- backward
    def gradients(self, x: Array, y: Array, mask: Array, states: list[State] | None = None,
                  truncate: int = 0, trace: bool = False) -> GradResult:
        """Loss and exact gradients (into ``grads``/``grad_flat``) of one batch.

        With ``truncate = k`` the sequence is cut into windows of k steps; the hidden
        state carries from window to window but gradients stop at window edges.
        ``truncate = 0`` or ``k >= T`` is full BPTT. ``trace=True`` also returns the
        per-step gradient vectors (for teaching views; costs nothing extra).
        """
        x = np.asarray(x, dtype=self.dtype)
        if self.head != "softmax":
            y = np.asarray(y, dtype=self.dtype)
        T, B, _ = x.shape
        k = T if truncate <= 0 else min(truncate, T)
        states = states if states is not None else self._zeros(B)
        count = float(mask.sum())
        self.grad_flat.fill(0.0)
        W_hy, dW_hy, db_y = self.params["W_hy"], self.grads["W_hy"], self.grads["b_y"]
        loss = 0.0
        L = len(self.cells)
        flow = {name: np.empty((L, T)) for name in self.cells[0].state_names}
        traces: dict[str, list[list[Array]]] = {}
        for s in range(0, T, k):
            z, caches, h_top = self._forward(x[s:s + k], states, reuse=True)
            part, dz = loss_and_grad(self.head, z, y[s:s + k], mask[s:s + k], count)
            loss += part
            Tw = z.shape[0]
            h_top = h_top.reshape(Tw * B, self.n_h)
            dz2 = dz.reshape(Tw * B, self.n_out)
            dW_hy += np.dot(h_top.T, dz2)
            db_y += np.dot(ones(Tw * B, self.dtype), dz2)  # sum over steps and sequences
            dh = np.dot(dz2, W_hy.T, out=self._buffer("dh", (Tw * B, self.n_h)))
            dh = dh.reshape(Tw, B, self.n_h)
            for l in range(L - 1, -1, -1):
                g, dh, step_flow = self.cells[l].backward(dh, caches[l], need_dx=l > 0)
                lg = self.layer_grads[l]
                for name, v in g.items():
                    lg[name] += v
                for name, v in step_flow.items():
                    flow[name][l, s:s + Tw] = v
                    if trace:
                        traces.setdefault(name, [[] for _ in range(L)])[l].append(
                            caches[l][f"d{name}_total"].copy())  # the next window reuses it
            states = [c["state"] for c in caches]
        return GradResult(loss, flow, states, {
            name: [np.concatenate(parts) for parts in per_layer]
            for name, per_layer in traces.items()} if trace else None)
