"""What every recurrent cell provides, and the small pieces cells share.

Shapes: time-major ``x`` is ``(T, B, n_in)``; hidden sequences are ``(T, B, n_h)``;
a state is a tuple of ``(B, n_h)`` arrays (``(h,)`` or ``(h, c)``).

The contract (see :class:`Cell`)::

    params = cell.init_params(n_in, n_h, rng, cfg, dtype)
    h, cache = cell.forward(x, state0, params)        # h: (T, B, n_h); optional ws below
    grads, dx, flow = cell.backward(dh, cache)        # grads has the keys of params
                                                      # need_dx=False: dx is None

``dh`` is dL/dh_t arriving from above (output layer or next layer) at every step;
the cell adds the recurrent part itself. ``flow`` maps each state name, ``"h"``
(and ``"c"`` for LSTMs), to ``(T,)`` arrays of ‖∂L/∂h_t‖, the total gradient reaching
each step: the picture of vanishing and exploding gradients. After backward,
``cache["dh_total"]`` (and ``cache["dc_total"]``) hold those gradients themselves,
(T, B, n_h), for teaching views.
``cache["state"]`` is the final state.

Workspace (optional, for speed): ``cell.forward(x, state0, params, ws)`` with ``ws`` a
dict the caller keeps between calls lets the cell reuse its arrays, and the per-step
views into them, from the previous call with the same input shape: no allocation, and
the time loop does no indexing. The price: ``h``, the cache and all that ``backward``
returns are then only valid until the next call with that workspace.
``Network.gradients`` keeps one per layer (it copies whatever it hands out); a caller
that keeps results from several calls passes none.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

Array = np.ndarray
Params = dict[str, Array]
State = tuple[Array, ...]


class Cell(Protocol):
    name: str
    state_names: tuple[str, ...]
    gate_names: tuple[str, ...]

    def init_params(self, n_in: int, n_h: int, rng: np.random.Generator, cfg: Any,
                    dtype: np.dtype) -> Params: ...

    def forward(self, x: Array, state0: State, params: Params, ws: dict | None = None
                ) -> tuple[Array, dict]: ...

    def backward(self, dh: Array, cache: dict, need_dx: bool = True
                 ) -> tuple[Params, Array | None, dict[str, Array]]: ...

    def internals(self, cache: dict) -> dict[str, Array]: ...


def sigmoid(a: Array, out: Array | None = None) -> Array:
    """Logistic function via tanh: exact, overflow-free, one transcendental call."""
    out = np.multiply(a, 0.5, out=out)
    np.tanh(out, out=out)
    out *= 0.5
    out += 0.5
    return out


@functools.lru_cache(maxsize=32)
def ones(n: int, dtype: np.dtype) -> Array:
    """A read-only vector of n ones: ones(n) @ M sums the rows of M (quicker than
    M.sum(axis=0) when M has many short rows). Cached."""
    v = np.ones(n, dtype=dtype)
    v.flags.writeable = False
    return v


# Matrices from this many elements are transposed tile by tile (see transpose_into).
TILED_FROM = 1 << 18
TILE = 64


def transpose_into(a: Array, out: Array) -> Array:
    """out[...] = a.T for a 2-D ``a`` of any strides. A large matrix is copied in square
    tiles: NumPy's plain transposing copy reads one element per cache line, 2.4x slower
    at (512, 2048) (2.5 ms against 1.0 ms); small ones fit in cache either way."""
    R, C = a.shape
    if R * C < TILED_FROM:
        np.copyto(out, a.T)
        return out
    n = TILE
    for i in range(0, R, n):
        rows = a[i:i + n]
        for j in range(0, C, n):
            out[j:j + n, i:i + n] = rows[:, j:j + n].T
    return out


def buffers(ws: dict | None, key: tuple, make: Callable[..., Any], *args: Any) -> Any:
    """``make(*args)``: a cell's arrays for one input shape. With a workspace ``ws`` (a
    dict the caller keeps, see the module docstring) they are made once per ``key`` and
    reused by later calls; their ``reused`` attribute says so. Without one, fresh."""
    if ws is None:
        return make(*args)
    buf = ws.get(key)
    if buf is None:
        if len(ws) >= 8:  # a few shapes at most (e.g. truncated windows)
            ws.clear()
        buf = ws[key] = make(*args)
        buf.reused = True
    return buf


def step_norms(d: Array) -> Array:
    """‖d_t‖ over batch and units for every step of a (T, B, n) array."""
    T = d.shape[0]
    flat = d.reshape(T, -1)
    return np.sqrt(np.einsum("ij,ij->i", flat, flat))


def flow_norms(d: Array) -> Array:
    """(k, T) norms ||d[j, t]|| over batch and units of stacked (k, T, B, H) gradients
    (as base.step_norms, with one batched matmul: quicker for small and large arrays)."""
    k, T = d.shape[:2]
    f = d.reshape(k * T, 1, -1)
    return np.sqrt(np.matmul(f, f.transpose(0, 2, 1))).reshape(k, T)


def uniform(rng: np.random.Generator, shape: tuple[int, ...], bound: float, dtype) -> Array:
    return rng.uniform(-bound, bound, size=shape).astype(dtype)


def init_input(rng: np.random.Generator, n_in: int, n_h: int, blocks: int, kind: str,
               dtype) -> Array:
    """Input weights (n_in, blocks * n_h), one Glorot/uniform block per gate."""
    if kind == "zeros":  # the gallery's broken start: every unit the same
        return np.zeros((n_in, blocks * n_h), dtype=dtype)
    if kind == "uniform":
        return uniform(rng, (n_in, blocks * n_h), 1.0, dtype)
    bound = np.sqrt(6.0 / (n_in + n_h))
    return uniform(rng, (n_in, blocks * n_h), bound, dtype)


def init_recurrent(rng: np.random.Generator, n_h: int, blocks: int, kind: str, scale: float,
                   dtype) -> Array:
    """Recurrent weights (n_h, blocks * n_h), times `scale` (the explode/vanish knob)."""
    if kind == "zeros":
        w = np.zeros((n_h, blocks * n_h))
    elif kind == "uniform":
        w = rng.uniform(-1.0, 1.0, size=(n_h, blocks * n_h))
    elif kind == "glorot":
        bound = np.sqrt(6.0 / (2 * n_h))
        w = rng.uniform(-bound, bound, size=(n_h, blocks * n_h))
    else:  # orthogonal, one square block per gate
        parts = []
        for _ in range(blocks):
            q, r = np.linalg.qr(rng.standard_normal((n_h, n_h)))
            parts.append(q * np.sign(np.diag(r)))
        w = np.concatenate(parts, axis=1)
    return (w * scale).astype(dtype)


def zeros_state(names: tuple[str, ...], batch: int, n_h: int, dtype) -> State:
    return tuple(np.zeros((batch, n_h), dtype=dtype) for _ in names)
