"""Binary addition (Trask's adder): read a and b bit by bit, least significant bit
first, and write the bits of a + b. The hidden state must learn to hold the carry.

x_t = (a_t, b_t), y_t = (a + b)_t for t = 0..n-1, with a, b < 2^(n-1) so the sum fits
in n bits. About one pair in eight is held out (chosen by a fixed hash of the pair)
and never trained on; metrics are measured on up to 2048 of those.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .base import Array, Batch, bits_head
from .registry import Preset, TaskInfo

HELDOUT_MAX = 2048
ENUMERATE_MAX = 1 << 16  # up to this many pairs (9 bits), training pairs are encoded once


def bits_of(v: Array, n: int) -> Array:
    """(B,) integers -> (n, B) bits, least significant first."""
    return ((v[None, :] >> np.arange(n, dtype=np.uint64)[:, None]) & 1).astype(np.float64)


def from_bits(b: Array) -> Array:
    """(n, B) bits (0/1) -> (B,) integers."""
    n = b.shape[0]
    return (b.astype(np.uint64) << np.arange(n, dtype=np.uint64)[:, None]).sum(axis=0)


def is_heldout(a: Array, b: Array) -> Array:
    h = (a.astype(np.uint64) * np.uint64(0x9E3779B1) + b.astype(np.uint64) * np.uint64(0x85EBCA77))
    h &= np.uint64(0xFFFFFFFF)
    h ^= h >> np.uint64(15)
    return (h % np.uint64(8)) == 0


class Addition:
    name = "addition"
    title = "Binary addition"
    n_in, n_out = 2, 1
    metric_name = "sum_accuracy"
    higher_is_better = True
    metric_labels = {"sum_accuracy": "whole-sum accuracy", "bit_accuracy": "bit accuracy"}

    def __init__(self, cfg: Any):
        self.bits = cfg.bits
        self.head = bits_head(cfg)
        self.high = 1 << (self.bits - 1)  # a, b in [0, high)
        self._heldout: Batch | None = None
        self._train: Batch | None = None  # every training pair, encoded (small sizes only)

    def encode(self, a: Array, b: Array) -> Batch:
        a = np.asarray(a, dtype=np.uint64)
        b = np.asarray(b, dtype=np.uint64)
        n = self.bits
        x = np.stack([bits_of(a, n), bits_of(b, n)], axis=-1)
        y = bits_of(a + b, n)[..., None]
        return Batch(x, y, np.ones(y.shape[:2]), {"a": a, "b": b})

    def _pairs(self, rng: np.random.Generator, size: int, heldout: bool) -> tuple[Array, Array]:
        a = rng.integers(0, self.high, size=size, dtype=np.uint64)
        b = rng.integers(0, self.high, size=size, dtype=np.uint64)
        while True:  # resample rows on the wrong side of the split until none is left
            bad = is_heldout(a, b) != heldout
            if not bad.any():
                break
            k = int(bad.sum())
            a[bad] = rng.integers(0, self.high, size=k, dtype=np.uint64)
            b[bad] = rng.integers(0, self.high, size=k, dtype=np.uint64)
        return a, b

    def _all_pairs(self) -> tuple[Array, Array]:
        a, b = np.meshgrid(np.arange(self.high, dtype=np.uint64),
                           np.arange(self.high, dtype=np.uint64), indexing="ij")
        return a.ravel(), b.ravel()

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        if self.high * self.high > ENUMERATE_MAX:
            return self.encode(*self._pairs(rng, size, heldout=False))
        if self._train is None:  # draw by index from the encoded training pairs: 4x quicker
            a, b = self._all_pairs()
            keep = ~is_heldout(a, b)
            self._train = self.encode(a[keep], b[keep])
        return self._train.take(rng.integers(0, self._train.size, size=size))

    def heldout(self) -> Batch:
        if self._heldout is None:
            if self.high * self.high <= 4 * HELDOUT_MAX:  # small: every held-out pair
                a, b = self._all_pairs()
                keep = is_heldout(a, b)
                a, b = a[keep][:HELDOUT_MAX], b[keep][:HELDOUT_MAX]
            else:
                a, b = self._pairs(np.random.default_rng(12345), HELDOUT_MAX, heldout=True)
            self._heldout = self.encode(a, b)
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        pred = outputs[..., 0] > 0.5
        true = batch.y[..., 0] > 0.5
        ok = pred == true
        return {"sum_accuracy": float(ok.all(axis=0).mean()), "bit_accuracy": float(ok.mean())}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        a, b = int(batch.info["a"][i]), int(batch.info["b"][i])
        pred_bits = (outputs[:, i, 0] > 0.5).astype(np.uint64)
        pred = int(from_bits(pred_bits[:, None])[0])
        n = self.bits

        def msb(v: int) -> str:
            return format(v, f"0{n}b")[-n:]

        mark = "✓" if pred == a + b else "✗"
        return (f"  a   {msb(a)}  {a}\n+ b   {msb(b)}  {b}\n= net {msb(pred)}  {pred} {mark}"
                f"\n  true {msb(a + b)}  {a + b}")


TASK = TaskInfo(
    name="addition", title=Addition.title, make=Addition,
    explanation=("Add two binary numbers one bit pair at a time, least significant bit first. "
                 "The hidden state has to carry the carry."),
    input_names=("a bit", "b bit"), order=10, goal=1.0,
    presets={"": Preset({"steps": 600},
                        "Adam at 0.01 gets every held-out sum right in about 200 updates."),
             "elman": Preset({"activation": "sigmoid", "init": "uniform", "lr": 0.05,
                              "steps": 800},
                             "Trask's adder: sigmoid units, uniform(-1, 1) weights and Adam "
                             "at 0.05 get every held-out sum right in a few hundred updates.")})
