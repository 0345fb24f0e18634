"""The unrolled view's task labels: what each step of the probe sequence means (bits,
letters, the carry) and which hidden unit holds the adder's carry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from ...engine.model import Network
from .unrolled_common import (
    sym_limit,
)
from .unrolled_trace import ProbeTrace


@dataclass
class StepLabels:
    x: list[str]  # what x_t is, short ("a 1  b 0", "e", "A")
    y_pred: list[str]  # the output, short
    y_true: list[str]  # the target, short ("" where not scored)
    correct: list[bool | None]
    out_value: list[float]  # number that colours the output node
    out_signed: bool  # colour the output with the diverging map
    out_limit: float
    carry_in: list[int] | None = None  # addition only
    carry_unit: tuple[int, int, float] | None = None  # (layer, unit, r) best carry tracker


def _symbols(task: Any) -> tuple[list[str] | None, list[str] | None]:
    """Display symbols of one-hot inputs and of output classes, if the task has them."""
    name = getattr(task, "name", "")
    if hasattr(task, "vocab"):
        from ...engine.tasks.charlm import visible

        sym = [visible(c) for c in task.vocab]
        return sym, sym
    if name == "detection":
        from ...engine.tasks.detection import ALPHABET

        return list(ALPHABET), None
    if name == "recall":
        from ...engine.tasks.recall import SYMBOLS

        sym = list(SYMBOLS) + ["·"]
        return sym, sym
    return None, None


def step_labels(task: Any, trace: ProbeTrace) -> StepLabels:
    x, out, y, m = trace.x, trace.outputs, trace.y, trace.mask
    T = trace.T
    sym_in, sym_out = _symbols(task)
    name = getattr(task, "name", "")
    # symbol inputs (possibly with static on the other channels): name the largest channel
    one_hot = bool(x.shape[1] > 1 and (sym_in is not None or (
        np.all((x == 0) | (x == 1)) and np.all(x.sum(axis=1) == 1))))
    if name == "addition" and x.shape[1] == 2:
        xs = [f"a {int(a)}  b {int(b)}" for a, b in x]
    elif one_hot:
        idx = x.argmax(axis=1)
        xs = [sym_in[k] if sym_in and k < len(sym_in) else f"#{k}" for k in idx]
    else:
        xs = ["  ".join(f"{v:.2f}" for v in row[:3]) + (" …" if len(row) > 3 else "")
              for row in x]
    preds, trues, ok, val = [], [], [], []
    signed, limit = False, 1.0
    if trace.head in ("bce", "mse_bits"):
        for t in range(T):
            p = float(out[t, 0])
            preds.append(f"ŷ {p:.2f} → {int(p > 0.5)}")
            scored = m[t] > 0
            trues.append(f"y {int(y[t, 0] > 0.5)}" if scored else "")
            ok.append(bool((p > 0.5) == (y[t, 0] > 0.5)) if scored else None)
            val.append(p)
    elif trace.head == "softmax":
        for t in range(T):
            k = int(np.argmax(out[t]))
            name_k = sym_out[k] if sym_out and k < len(sym_out) else f"#{k}"
            preds.append(f"{name_k!s}  {out[t, k]:.2f}")
            scored = m[t] > 0
            want = int(y[t])
            trues.append(f"y {sym_out[want] if sym_out else want}" if scored else "")
            ok.append(bool(k == want) if scored else None)
            val.append(float(out[t, k]))
    else:
        signed = True
        yy = np.asarray(y, dtype=np.float64).reshape(T, -1)
        limit = sym_limit(np.concatenate([out[:, 0], yy[:, 0]]), 1e-6)
        for t in range(T):
            preds.append(f"ŷ {out[t, 0]:+.2f}")
            trues.append(f"y {yy[t, 0]:+.2f}" if m[t] > 0 else "")
            ok.append(None)
            val.append(float(out[t, 0]))
    labels = StepLabels(xs, preds, trues, ok, val, signed, limit)
    if name == "addition" and x.shape[1] == 2:
        carry, c = [], 0
        for a, b in x:
            carry.append(c)
            c = int(a + b + c >= 2)
        labels.carry_in = carry
    return labels


def carry_unit(net: Network, task: Any) -> tuple[int, int, float] | None:
    """The hidden unit whose h_t follows the carry best on the held-out additions."""
    try:
        held = task.heldout()
        x = held.x[:, :512]
        with np.errstate(all="ignore"):
            inside = net.internals(x)
        a, b = x[..., 0], x[..., 1]
        carry = np.zeros_like(a)
        c = np.zeros(a.shape[1])
        for t in range(a.shape[0]):
            c = (a[t] + b[t] + c >= 2).astype(np.float64)
            carry[t] = c  # carry out of step t: what h_t must hold
        best = None
        cz = carry.ravel() - carry.mean()
        if not np.any(cz):
            return None
        for l in range(len(net.cells)):
            h = np.asarray(inside[f"l{l}.h"], dtype=np.float64).reshape(-1, net.n_h)
            hz = h - h.mean(axis=0)
            den = np.sqrt((hz ** 2).sum(axis=0) * (cz ** 2).sum())
            with np.errstate(all="ignore"):
                r = (hz * cz[:, None]).sum(axis=0) / np.where(den > 0, den, np.inf)
            j = int(np.nanargmax(np.abs(r)))
            if best is None or abs(r[j]) > abs(best[2]):
                best = (l, j, float(r[j]))
        return best
    except Exception:  # a teaching extra: never let it break the view
        return None
