"""Neurons you can read: what single units of a character model do on a text.

Computed from a copy of a network (a checkpoint), never the live one::

    acts = activations(net, vocab, text)          # acts.signals["l0.h"]: (T, n_h)
    best = rank_features(acts)                    # the unit most like each text feature
    units = span_units(acts, "l0.h", 10, 20, 0.5) # LSTMVis: on inside the span, off around
    places = recurrences(acts, "l0.h", [u.unit for u in units[:3]], 10, 20, 0.5)

The activation at character t is the one the network has after reading it (the Karpathy
convention: a character is coloured by the state it leaves). Every layer's every signal
comes from the cell's own ``internals``: its states (h, and c for LSTMs) and its gates,
whatever the registered cell declares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .cells.registry import info
from .tasks.charlm import REPLACEMENT

Array = np.ndarray
CHUNK = 256  # steps per forward call; the state carries from chunk to chunk
PAGE_CHARS = 5000  # the most characters a page shows (and the statistics use)
NICE = (1, 1.5, 2, 3, 4, 5, 6, 8)  # colour levels of unbounded signals, times 10^k


@dataclass(frozen=True)
class Activations:
    """A network's signals over a text: ``signals["l0.h"]`` is (T, n_h), one row per
    character; ``known[t]`` is False where the character is outside the vocabulary
    (the network then read a blank input, and the statistics leave that step out)."""

    text: str
    known: Array  # (T,) bool
    signals: dict[str, Array]  # "l{layer}.{name}" -> (T, n_h) float64
    cell: str
    layers: int
    activation: str = "tanh"

    def names(self, layer: int = 0) -> tuple[str, ...]:
        """The signals of one layer in the cell's order: states, then gates."""
        c = info(self.cell)
        return tuple(n for n in (*c.state_names, *c.gate_names)
                     if f"l{layer}.{n}" in self.signals)

    def levels(self, key: str, unit: int | None = None) -> tuple[float, float]:
        """Fixed colour levels of a signal, the same for all its units: (0, 1) for
        sigmoid gates (and sigmoid hidden states), (-1, 1) for tanh signals; the cell
        state, unbounded, gets ±(1, 1.5, 2, 3, ... 10, 15, ...) covering 99 % of its values on the
        page (of `unit`'s, if given), ReLU states (0, that)."""
        name = key.split(".", 1)[1]
        c = info(self.cell)
        if name in c.gate_names:
            return (-1.0, 1.0) if name in c.tanh_gates else (0.0, 1.0)
        relu = name == "h" and "activation" in c.options and self.activation == "relu"
        if name == "h" and "activation" in c.options and self.activation == "sigmoid":
            return 0.0, 1.0
        if name != "c" and not relu:
            return -1.0, 1.0
        v = self.signals[key][self.known]
        v = np.abs(v if unit is None else v[:, unit])
        top = float(np.percentile(v, 99)) if v.size and np.isfinite(v).all() else 1.0
        bound = next((b * 10.0 ** k for k in range(7) for b in NICE if b * 10.0 ** k >= top),
                     1e7)
        return (0.0, bound) if relu else (-bound, bound)


def encode_known(text: str, vocab: str) -> tuple[Array, Array]:
    """(indices, known): each character's index in `vocab`, and whether it is in it.
    Unknown characters take the replacement symbol's index if the vocabulary has one
    (then they count as known), else index -1."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = np.array([ord(c) for c in vocab], dtype=np.uint32)  # sorted
    idx = np.minimum(np.searchsorted(table, codes), len(table) - 1).astype(np.int64)
    known = table[idx] == codes
    if REPLACEMENT in vocab:
        idx[~known] = vocab.index(REPLACEMENT)
        known[:] = True
    idx[~known] = -1
    return idx, known


def activations(net, vocab: str, text: str, chunk: int = CHUNK) -> Activations:
    """Run `net` (a model.Network of a character model) over `text` from a zero state,
    `chunk` steps at a time, and keep every layer's states and gates."""
    idx, known = encode_known(text, vocab)
    T, V = len(idx), net.n_in
    states = net.zero_state(1)
    parts: dict[str, list[Array]] = {}
    with np.errstate(over="ignore", invalid="ignore"):
        for s in range(0, T, max(chunk, 1)):
            part = idx[s:s + chunk]
            x = np.zeros((len(part), 1, V), dtype=net.dtype)
            rows = np.flatnonzero(part >= 0)
            x[rows, 0, part[rows]] = 1.0
            inp, new_states = x, []
            for l, (cell, params, state) in enumerate(
                    zip(net.cells, net.layer_params, states, strict=True)):
                inp, cache = cell.forward(inp, state, params)
                new_states.append(tuple(np.array(a, copy=True) for a in cache["state"]))
                for name, v in cell.internals(cache).items():
                    parts.setdefault(f"l{l}.{name}", []).append(
                        np.asarray(v[:, 0], dtype=np.float64).copy())
            states = new_states
    signals = {k: (np.concatenate(v) if v else np.zeros((0, net.n_h))) for k, v in parts.items()}
    if T == 0:
        signals = {f"l{l}.{n}": np.zeros((0, net.n_h)) for l, c in enumerate(net.cells)
                   for n in (*c.state_names, *c.gate_names)}
    return Activations(text, known, signals, net.cells[0].name, len(net.cells),
                       getattr(net.cfg, "activation", "tanh"))


# ------------------------------------------------------------------- features
def _chars(text: str, chars: str) -> Array:
    return np.array([c in chars for c in text], dtype=np.float64)


def inside_quotes(text: str) -> Array:
    """1 from an opening double quote up to (not including) its closing quote."""
    q = _chars(text, '"“”')
    return (np.cumsum(q) % 2 == 1).astype(np.float64)


def inside_brackets(text: str) -> Array:
    """1 from an opening bracket or parenthesis up to (not including) its closing one."""
    depth = np.cumsum(_chars(text, "([{")) - np.cumsum(_chars(text, ")]}"))
    return (depth > 0).astype(np.float64)


def line_position(text: str) -> Array:
    """Characters since the line began (0 at its first character, its newline last;
    capped at 100)."""
    t = np.arange(len(text))
    starts = np.maximum.accumulate(np.where(after_newline(text) > 0, t, 0))
    return np.minimum(t - starts, 100).astype(np.float64)


def after_newline(text: str) -> Array:
    """1 on the first character of every line but the first."""
    nl = _chars(text, "\n")
    return np.concatenate([[0.0], nl[:-1]]) if len(text) else nl


def vowel(text: str) -> Array:
    return _chars(text, "aeiouAEIOU")


def capital(text: str) -> Array:
    return np.array([c.isupper() for c in text], dtype=np.float64)


def space(text: str) -> Array:
    return _chars(text, " ")


# name -> (English label, function); the GUI translates the labels
FEATURES: dict[str, tuple[str, Callable[[str], Array]]] = {
    "quotes": ("inside double quotes", inside_quotes),
    "brackets": ("inside brackets", inside_brackets),
    "line": ("position in the line", line_position),
    "newline": ("right after a newline", after_newline),
    "vowel": ("a vowel", vowel),
    "capital": ("a capital letter", capital),
    "space": ("a space", space),
}


def correlations(values: Array, features: Array) -> Array:
    """Pearson r of each column of `values` (T, n) with `features`, (T,) or (T, k):
    (n,) or (k, n); NaN where either is constant."""
    v = values - values.mean(axis=0)
    f = features - features.mean(axis=0)
    den = np.sqrt(np.multiply.outer((f * f).sum(axis=0), (v * v).sum(axis=0)))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (f.T @ v) / den
    return np.where(den > 1e-12 * len(v), r, np.nan)


@dataclass(frozen=True)
class UnitMatch:
    """The unit whose activation follows a feature best (r is Pearson's)."""

    feature: str
    key: str  # "l0.h"
    unit: int
    r: float


def rank_features(acts: Activations, features: Sequence[str] | None = None,
                  signals: Sequence[str] | None = None) -> list[UnitMatch | None]:
    """For each feature, the unit (of any layer and signal, or of `signals`) with the
    largest |r|; None where the feature is constant on the text (e.g. no quotes)."""
    keep = acts.known
    names = list(features if features is not None else FEATURES)
    F = np.stack([FEATURES[n][1](acts.text)[keep] for n in names], axis=1) if names else None
    best: list[UnitMatch | None] = [None] * len(names)
    if F is None or not keep.any():
        return best
    for key in (signals if signals is not None else acts.signals):
        r = correlations(acts.signals[key][keep], F)  # (features, units)
        for i, row in enumerate(r):
            if np.isfinite(row).any():
                u = int(np.nanargmax(np.abs(row)))
                if best[i] is None or abs(row[u]) > abs(best[i].r):
                    best[i] = UnitMatch(names[i], key, u, float(row[u]))
    return best


# ------------------------------------------------------------------- span search
@dataclass(frozen=True)
class SpanUnit:
    """A unit's fit to a selected span: the share of the span it is on, and of the
    characters around it (as many as the span has, on each side) it is off."""

    unit: int
    on_inside: float
    off_around: float

    @property
    def score(self) -> float:
        return self.on_inside + self.off_around - 1.0


def _around(T: int, start: int, end: int) -> Array:
    n = end - start
    return np.r_[max(start - n, 0):start, end:min(end + n, T)]


def span_units(acts: Activations, key: str, start: int, end: int, threshold: float,
               least: float = 0.0) -> list[SpanUnit]:
    """LSTMVis: binarise `key`'s units at `threshold`; rank them by how much they are on
    over text[start:end] and off around it; only scores above `least`, best first."""
    values = acts.signals[key]
    T = len(values)
    start, end = max(0, start), min(T, end)
    if end <= start:
        return []
    on = values > threshold
    inside = on[start:end].mean(axis=0)
    around = _around(T, start, end)
    off = 1.0 - on[around].mean(axis=0) if len(around) else np.ones(values.shape[1])
    found = [SpanUnit(u, float(inside[u]), float(off[u])) for u in range(values.shape[1])]
    found = [s for s in found if s.score > least]
    return sorted(found, key=lambda s: (-s.score, s.unit))


@dataclass(frozen=True)
class Place:
    """Where the span's on/off pattern recurs: text[start:end], `similarity` the share
    of (step, unit) cells that agree."""

    start: int
    end: int
    similarity: float


def recurrences(acts: Activations, key: str, units: Sequence[int], start: int, end: int,
                threshold: float, least: float = 0.9, limit: int = 50) -> list[Place]:
    """Other places where `units` of `key` switch as over text[start:end], with one
    character of margin on each side (so "on here, off around" is what recurs): a
    sliding window compared cell by cell (1 - Hamming distance), overlapping windows
    reduced to the best; the selection itself left out. Best first, at most `limit`."""
    values = acts.signals[key]
    T = len(values)
    start, end = max(0, start), min(T, end)
    units = list(units)
    if end <= start or not units:
        return []
    a, b = max(start - 1, 0), min(end + 1, T)
    on = values[:, units] > threshold
    pattern = on[a:b]
    L = b - a
    if L > T:
        return []
    windows = np.lib.stride_tricks.sliding_window_view(on, L, axis=0)  # (T-L+1, k, L)
    sim = (windows == pattern.T[None]).mean(axis=(1, 2))
    shift = start - a  # a window at w has its span at w + shift
    order = np.argsort(-sim, kind="stable")
    taken = np.zeros(T, dtype=bool)
    taken[start:end] = True
    out: list[Place] = []
    n = end - start
    for w in order:
        if sim[w] < least or len(out) >= limit:
            break
        s = int(w) + shift
        if taken[s:s + n].any():
            continue
        taken[s:s + n] = True
        out.append(Place(s, s + n, float(sim[w])))
    return out
