"""Sequence detection: raise a flag the moment a target word has been read.

The input is a stream of random lower-case letters, one-hot over 26, into which the
target word (``cfg.word``, default "udacity") is planted a few times at random places.
The target is 1 at the step where the word's last letter arrives, wherever the word
occurs (planted or by chance), and 0 everywhere else; every step is scored::

    x_t = one_hot(letter_t)              (T, B, 26)
    y_t = [letters t-L+1 .. t == word]   (T, B, 1),  L = len(word)

The network has to remember the last L - 1 letters it saw: a finite-state machine
learned from examples. Metrics count flags over the held-out streams: precision (how
many raised flags were right), recall (how many words were caught) and their
harmonic mean F1.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..config import ConfigError
from ..text import msg
from .base import Array, Batch, bits_head, one_hot
from .registry import Preset, TaskInfo

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
HELDOUT_SEED = 0xDE7EC7
HELDOUT_SIZE = 256


def word_ends(letters: Array, word: Array) -> Array:
    """(T, B) letter indices, (L,) word indices -> (T, B) bool, True where the word ends."""
    T = letters.shape[0]
    L = word.shape[0]
    hit = np.zeros(letters.shape, dtype=bool)
    if T < L:
        return hit
    hit[L - 1:] = True
    for j in range(L):
        hit[L - 1:] &= letters[j:T - L + 1 + j] == word[j]
    return hit


class Detection:
    name = "detection"
    title = "Sequence detection"
    n_in, n_out = len(ALPHABET), 1
    metric_name = "f1"
    higher_is_better = True
    metric_labels = {"f1": "F1 score of the flags", "precision": "precision (right flags)",
                     "recall": "recall (words caught)"}

    def __init__(self, cfg: Any):
        self.word = cfg.word
        self.word_idx = np.array([ALPHABET.index(c) for c in self.word], dtype=np.int64)
        self.seq_len = cfg.seq_len
        L = len(self.word)
        if self.seq_len < L + 1:
            raise ConfigError("seq_len", msg("{seq_len} is too short for the word {word!r}: "
                                             "use at least {need} steps", seq_len=self.seq_len,
                                             word=self.word, need=L + 1))
        self.head = bits_head(cfg)
        # Plant about one word per 3 word-lengths of stream, at least one per sequence.
        self.max_plants = max(1, self.seq_len // (3 * L))
        self._heldout: Batch | None = None

    def letters(self, rng: np.random.Generator, size: int) -> Array:
        """(T, B) letter indices with the word planted 1..max_plants times per stream."""
        T, L = self.seq_len, len(self.word)
        letters = rng.integers(0, len(ALPHABET), size=(T, size))
        counts = rng.integers(1, self.max_plants + 1, size=size)
        for b in range(size):
            # k non-overlapping copies: choose k slots among T - k(L-1), spread them out.
            k = int(counts[b])
            slots = np.sort(rng.choice(T - k * (L - 1), size=k, replace=False))
            for s in slots + np.arange(k) * (L - 1):
                letters[s:s + L, b] = self.word_idx
        return letters

    def encode(self, letters: Array) -> Batch:
        letters = np.asarray(letters, dtype=np.int64)
        x = one_hot(letters, len(ALPHABET))
        y = word_ends(letters, self.word_idx).astype(np.float64)[..., None]
        return Batch(x, y, np.ones(letters.shape), {"letters": letters.T.copy()})

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        return self.encode(self.letters(rng, size))

    def heldout(self) -> Batch:
        if self._heldout is None:
            rng = np.random.default_rng(HELDOUT_SEED)
            self._heldout = self.encode(self.letters(rng, HELDOUT_SIZE))
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        scored = batch.mask > 0
        pred = (outputs[..., 0] > 0.5) & scored
        true = (batch.y[..., 0] > 0.5) & scored
        tp = float((pred & true).sum())
        n_pred, n_true = float(pred.sum()), float(true.sum())
        precision = tp / n_pred if n_pred else (1.0 if not n_true else 0.0)
        recall = tp / n_true if n_true else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"f1": f1, "precision": precision, "recall": recall}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        letters = batch.info["letters"][i]
        text = "".join(ALPHABET[k] for k in letters)
        pred = outputs[:, i, 0] > 0.5
        true = batch.y[:, i, 0] > 0.5
        net = "".join("^" if p else "·" for p in pred)
        truth = "".join("^" if t else "·" for t in true)
        hits = int((pred & true).sum())
        false = int((pred & ~true).sum())
        return (f"text {text}\nnet  {net}\ntrue {truth}\n"
                f"caught {hits} of {int(true.sum())} '{self.word}', {false} false alarm"
                f"{'' if false == 1 else 's'}")


TASK = TaskInfo(
    name="detection", title=Detection.title, make=Detection,
    explanation=("Read a stream of random letters and raise a flag each time the target word has "
                 "just been spelled."),
    input_names=(), order=20, goal=0.95,
    presets={"": Preset({"steps": 400},
                        "Adam at 0.01 flags the word with an F1 score above 0.95 within about "
                        "150 updates.")})
