"""Output heads and their losses, on logits z = h_t W_hy + b_y at every step.

Heads (``kind``):
    bce      sigmoid outputs, binary cross-entropy   L = softplus(z) - y z
    mse_bits sigmoid outputs, squared error          L = (sigma(z) - y)^2   (the seeds' adder)
    softmax  softmax over classes, cross-entropy     L = logsumexp(z) - z[y] = -log softmax(z)[y]
    linear   real outputs, squared error             L = (z - y)^2

The loss is the mean over scored positions (``mask`` = 1), summed over output units;
``dz`` is its exact gradient. Shapes: z (T, B, n_out); y (T, B, n_out) floats, or
(T, B) class indices for softmax; mask (T, B).
"""

from __future__ import annotations

import numpy as np

from .cells.base import Array, sigmoid

HEADS = ("bce", "mse_bits", "softmax", "linear")


def predict(kind: str, z: Array) -> Array:
    """What the network outputs: probabilities for bits/classes, values for linear."""
    if kind in ("bce", "mse_bits"):
        return sigmoid(z)
    if kind == "softmax":
        e = z - z.max(axis=-1, keepdims=True)
        np.exp(e, out=e)
        e /= e.sum(axis=-1, keepdims=True)
        return e
    return z


def loss_and_grad(kind: str, z: Array, y: Array, mask: Array,
                  count: float | None = None) -> tuple[float, Array]:
    """Mean loss over scored positions and dL/dz. `count` overrides the divisor
    (truncated BPTT scores each window against the whole sequence's count)."""
    n = float(mask.sum()) if count is None else count
    # weight of each position: mask / n (the mean over scored positions)
    w = np.multiply(mask[..., None], 1.0 / max(n, 1.0), dtype=z.dtype)
    if kind == "bce":
        p = sigmoid(z)
        # softplus(z) - y z, with softplus(z) = max(z, 0) - log(max(p, 1 - p)): stable,
        # as max(p, 1 - p) = sigma(|z|) >= 1/2, and far quicker than np.logaddexp
        per = np.subtract(1.0, p)
        np.maximum(per, p, out=per)
        np.log(per, out=per)
        np.subtract(np.maximum(z, 0.0), per, out=per)
        per -= y * z
        per *= w
        loss = float(per.sum())
        dz = np.subtract(p, y, out=p)
        dz *= w
    elif kind == "mse_bits":
        p = sigmoid(z)
        err = p - y
        loss = float((err * err * w).sum())
        dz = 2.0 * err * p * (1.0 - p) * w
    elif kind == "softmax":
        # -log softmax(z)[y] = logsumexp(z) - z[y], with logsumexp(z) = m + log sum exp(z - m)
        # (m = max z): exact for any finite logits, where log(p[y]) would underflow
        T, B = y.shape
        idx = y.reshape(-1)
        rows = np.arange(T * B)
        m = z.max(axis=-1, keepdims=True)
        p = np.subtract(z, m)
        np.exp(p, out=p)
        total = p.sum(axis=-1, keepdims=True)
        lse = (m + np.log(total))[..., 0]
        picked = z.reshape(T * B, -1)[rows, idx].reshape(T, B)
        loss = float(((lse - picked) * w[..., 0]).sum())
        p /= total
        flat = p.reshape(T * B, -1)
        dz = p
        flat[rows, idx] -= 1.0
        dz *= w
    elif kind == "linear":
        err = z - y
        loss = float((err * err * w).sum())
        dz = 2.0 * err * w
    else:
        raise ValueError(f"head: {kind!r}; expected one of {', '.join(HEADS)}")
    return loss, dz.astype(z.dtype, copy=False)
