"""Delayed recall (echo): see a symbol, hold it through a long noisy gap, say it back.

The alphabet has A = 4 symbols plus a blank. A sequence shows L random symbols at the
start (L = 1 by default), then blanks; during the blanks the symbol channels carry
Gaussian static of standard deviation ``GAP_NOISE``. The target is the input delayed
by k steps::

    x_t = one_hot(s_t) (+ static on the symbol channels where s_t is blank)
          s_t in {A, B, C, D, blank}                               (T, B, A + 1)
    y_t = s_{t-k}           (blank where t < k)                    (T, B) classes
    mask_t = 1 where s_{t-k} is a symbol, else 0                   T = k + L + 2

Only the recalled symbols are scored, so guessing scores 1/A. The symbol must survive
k updates of the hidden state while static keeps arriving on the very channels it came
in on, and the gradient that teaches the network to keep it must travel back k steps.
An Elman network's gradient fades step by step (vanishing gradients) and for k around
20 it stays near chance; an LSTM learns to shut its input gate during the gap and to
keep its forget gate open, so its cell state carries both the symbol and the gradient.

Without the static a small Elman network can keep one symbol for 20 steps by luck of
its random initial weights (its state fades slowly enough to be read out), which hides
the lesson; the static makes keeping it a skill that has to be learned.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..text import msg
from .base import Array, Batch, one_hot
from .registry import Preset, TaskInfo

SYMBOLS = "ABCD"
BLANK = len(SYMBOLS)  # index of the blank channel / class
PAD = 2  # steps after the last recall
GAP_NOISE = 0.7  # std of the static on the symbol channels during blanks
HELDOUT_SEED = 0x2EC411
HELDOUT_SIZE = 512


class Recall:
    name = "recall"
    title = "Delayed recall"
    head = "softmax"
    n_in = n_out = len(SYMBOLS) + 1
    metric_name = "accuracy"
    higher_is_better = True
    metric_labels = {"accuracy": f"recall accuracy (guessing scores {1 / len(SYMBOLS):.2f})"}

    def __init__(self, cfg: Any, length: int = 1):
        if not 1 <= length <= 3:
            raise ValueError(f"length: {length}; expected 1 to 3 symbols")
        self.delay = cfg.delay
        self.length = length
        self.seq_len = self.delay + length + PAD
        self._heldout: Batch | None = None

    def encode(self, cue: Array, static: Array | None = None) -> Batch:
        """(B, L) symbol indices (+ (T, B, A) static for blank steps) -> the batch
        that shows them and asks for them k steps later."""
        cue = np.asarray(cue, dtype=np.int64)
        B, L = cue.shape
        k, T = self.delay, self.seq_len
        s = np.full((T, B), BLANK, dtype=np.int64)
        s[:L] = cue.T
        x = one_hot(s, self.n_in)
        if static is not None:
            x[L:, :, :BLANK] += static[L:]
        y = np.full((T, B), BLANK, dtype=np.int64)
        y[k:] = s[:T - k]
        mask = (y != BLANK).astype(np.float64)
        return Batch(x, y, mask, {"cue": cue})

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        cue = rng.integers(0, len(SYMBOLS), size=(size, self.length))
        static = GAP_NOISE * rng.standard_normal((self.seq_len, size, len(SYMBOLS)))
        return self.encode(cue, static)

    def heldout(self) -> Batch:
        if self._heldout is None:
            rng = np.random.default_rng(HELDOUT_SEED)
            self._heldout = self.batch(rng, HELDOUT_SIZE)
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        m = batch.mask > 0
        ok = (outputs.argmax(axis=-1) == batch.y) & m
        return {"accuracy": float(ok.sum() / max(m.sum(), 1))}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        names = SYMBOLS + "·"
        s = np.full(self.seq_len, BLANK)
        s[:self.length] = batch.info["cue"][i]
        m = batch.mask[:, i] > 0
        guess = outputs[:, i].argmax(axis=-1)
        want = batch.y[:, i]
        net = "".join(names[g] if on else " " for g, on in zip(guess, m, strict=True))
        true = "".join(names[w] if on else " " for w, on in zip(want, m, strict=True))
        right = int((guess[m] == want[m]).sum())
        p = outputs[:, i][m, want[m]]
        conf = ", ".join(f"{q:.2f}" for q in p)
        return msg("in   {cue}\nnet  {net}\ntrue {true}\n"
                   "recalled {right} of {n} after {delay} noisy steps (p(true) {conf})",
                   cue="".join(names[c] for c in s), net=net, true=true, right=right,
                   n=int(m.sum()), delay=self.delay, conf=conf)


TASK = TaskInfo(
    name="recall", title=Recall.title, make=Recall,
    explanation=("See a symbol, wait k steps, then say it again: how long can the memory hold?"),
    input_names=(), order=40, goal=0.95, span=lambda cfg: cfg.delay,
    presets={"": Preset({"delay": 20, "steps": 1500},
                        "A gated cell at learning rate 0.01 learns to hold the symbol through "
                        "20 noisy steps; an LSTM at the adder's 0.05 stays near chance."),
             "lstm": Preset({"steps": 3000}),
             "gru": Preset({"steps": 600}),
             "mgu": Preset({"steps": 800}),
             "elman": Preset({"delay": 8, "hidden": 32, "steps": 500},
                             "An Elman network cannot hold a symbol through 20 noisy steps "
                             "(its gradient fades); with a gap of 8 and 32 units it learns "
                             "in about 50 updates.")})
