"""Character language model (char-RNN): read text one character at a time and predict
the next one, then write new text by sampling.

The vocabulary is the set of characters in the corpus, sorted (when there are more than
``MAX_VOCAB`` different characters, the rarest are merged into one replacement symbol
``REPLACEMENT``). With V characters and windows of T steps::

    x_t = one_hot(c_t)      (T, B, V)
    y_t = c_{t+1}           (T, B) class indices, softmax head
    p(c_{t+1} | c_1..c_t) = softmax(z_t)

Training windows start at random places in the first 90 % of the corpus; the held-out
windows are cut from the last 10 %, so the model is scored on text it never trained on.
The metric is bits per character, bpc = mean of -log2 p(true next char): 0 is perfect,
log2(V) is guessing uniformly, and a good model of English sits near 1.5-2.

Sampling divides the logits by a temperature tau before the softmax,
p_i = exp(z_i / tau) / sum_j exp(z_j / tau): tau < 1 is safe and repetitive, tau > 1 is
adventurous and noisy.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np

from ...resources import resource_path
from ..config import ConfigError
from ..files import name_shown, read_bytes
from ..text import msg
from .base import Array, Batch, one_hot
from .registry import Preset, TaskInfo

MAX_VOCAB = 96
REPLACEMENT = "\ufffd"
MAX_BYTES = 64 * 1024 * 1024
HELDOUT_MAX = 128
TRAIN_FRACTION = 0.9
BUNDLED = ("corpora", "shakespeare.txt")


def corpus_path(setting: str) -> Path:
    """The file a ``corpus`` setting names ("" is the bundled Shakespeare)."""
    if setting.strip():
        try:
            return Path(setting.strip()).expanduser()
        except RuntimeError:  # "~someone" without a home folder
            return Path(setting.strip())
    try:
        return resource_path(*BUNDLED)
    except FileNotFoundError as exc:
        raise ConfigError("corpus", msg("the bundled corpus is missing ({reason}); choose a "
                                        "UTF-8 text file instead", reason=str(exc))) from None


def read_corpus(path: Path) -> str:
    """The text of a UTF-8 file with newlines normalised; ConfigError("corpus") if it
    is missing, unreadable, not UTF-8 or empty."""
    data = read_bytes(path, MAX_BYTES, lambda reason: ConfigError("corpus", reason))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError("corpus", msg("{path} is not UTF-8 text (byte 0x{byte:02x} at offset "
                                        "{offset}); save it with UTF-8 encoding",
                                        path=name_shown(path), byte=data[exc.start],
                                        offset=exc.start)) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ConfigError("corpus", msg("{path} is empty; choose a file with some text in it",
                                        path=name_shown(path)))
    return text


def build_vocab(text: str) -> str:
    """Sorted characters of `text`; past MAX_VOCAB the rarest become REPLACEMENT."""
    chars, counts = np.unique(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32),
                              return_counts=True)
    if len(chars) > MAX_VOCAB:
        keep = chars[np.argsort(-counts, kind="stable")[:MAX_VOCAB - 1]]
        chars = np.union1d(keep, [ord(REPLACEMENT)])
    return "".join(chr(c) for c in chars)


def encode(text: str, vocab: str) -> Array:
    """Character indices into `vocab`; characters outside it map to REPLACEMENT
    (ValueError if the vocabulary has none)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    table = np.array([ord(c) for c in vocab], dtype=np.uint32)  # sorted
    idx = np.minimum(np.searchsorted(table, codes), len(table) - 1)
    known = table[idx] == codes
    if not known.all():
        if REPLACEMENT not in vocab:
            bad = chr(int(codes[~known][0]))
            raise ValueError(f"prefix: character {bad!r} is not in the corpus vocabulary")
        idx[~known] = vocab.index(REPLACEMENT)
    return idx.astype(np.int64)


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> tuple[str, Array]:
    text = read_corpus(Path(path))
    vocab = build_vocab(text)
    ids = encode(text, vocab)
    ids.flags.writeable = False
    return vocab, ids


def load(setting: str) -> tuple[Path, str, Array]:
    """(path, vocabulary, character indices) for a ``corpus`` setting (cached per file)."""
    path = corpus_path(setting)
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except (OSError, ValueError, RuntimeError):
        read_corpus(path)  # raises the right ConfigError (missing file, bad name, ...)
        raise  # pragma: no cover - read_corpus raised already
    vocab, ids = _load(*key)
    return path, vocab, ids


def visible(text: str) -> str:
    """Text on one line: newlines and tabs shown as symbols."""
    return text.replace("\n", "⏎").replace("\t", "⇥")


class CharLM:
    name = "charlm"
    title = "Character language model"
    head = "softmax"
    metric_name = "bpc"
    higher_is_better = False
    metric_labels = {"bpc": "bits per character",
                     "accuracy": "next-character accuracy"}

    def __init__(self, cfg: Any):
        self.path, self.vocab, self.ids = load(cfg.corpus)
        self.n_in = self.n_out = len(self.vocab)
        self.seq_len = T = cfg.seq_len
        self.temperature = cfg.temperature
        n = len(self.ids)
        self.split = int(n * TRAIN_FRACTION)
        need = int(np.ceil((T + 1) / (1.0 - TRAIN_FRACTION))) + 1
        if self.split < T + 1 or n - self.split < T + 1:
            raise ConfigError("corpus", msg("{name} has {n} characters; with sequence length "
                                            "{seq_len} it needs at least {need} (the last 10 % "
                                            "is held out)", name=self.path.name, n=n,
                                            seq_len=T, need=need))
        self._heldout: Batch | None = None

    def windows(self, starts: Array) -> Batch:
        """Windows of T inputs and their T next characters, starting at `starts` (B,)."""
        starts = np.asarray(starts, dtype=np.int64)
        idx = starts[None, :] + np.arange(self.seq_len)[:, None]  # (T, B)
        x = one_hot(self.ids[idx], self.n_in)
        y = self.ids[idx + 1]
        return Batch(x, y, np.ones(idx.shape), {"start": starts})

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        # the last target of a window is ids[start + T] with start + T < split
        return self.windows(rng.integers(0, self.split - self.seq_len, size=size))

    def heldout(self) -> Batch:
        if self._heldout is None:
            T, n = self.seq_len, len(self.ids)
            count = min(HELDOUT_MAX, (n - self.split - 1) // T)
            starts = np.linspace(self.split, n - T - 1, count).astype(np.int64)
            self._heldout = self.windows(starts)
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        m = batch.mask > 0
        count = max(float(m.sum()), 1.0)
        p = np.take_along_axis(outputs, batch.y[..., None], axis=-1)[..., 0]
        bpc = float(-(np.log2(np.maximum(p, 1e-12)) * m).sum() / count)
        acc = float(((outputs.argmax(axis=-1) == batch.y) & m).sum() / count)
        return {"bpc": bpc, "accuracy": acc}

    def decode(self, idx: Array) -> str:
        return "".join(self.vocab[int(k)] for k in idx)

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        seen = self.decode(batch.x[:, i].argmax(axis=-1))
        truth = self.decode(batch.y[:, i])
        guess = outputs[:, i].argmax(axis=-1)
        right = int((guess == batch.y[:, i]).sum())
        return (f"text  {visible(seen)}\nnext  {visible(truth)}\nnet   "
                f"{visible(self.decode(guess))}\n{right} of {len(truth)} next characters right")

    def generate(self, net: Any, rng: np.random.Generator, n: int = 200,
                 temperature: float | None = None, prefix: str | None = None) -> str:
        """Sample `n` characters after `prefix`, feeding each back in and carrying the
        hidden state. Without a prefix the network starts after a newline, which is
        not included in the result."""
        tau = self.temperature if temperature is None else float(temperature)
        if not tau > 0:
            raise ValueError(f"temperature: {tau!r}; expected a number above 0")
        start = prefix if prefix else ("\n" if "\n" in self.vocab else self.vocab[0])
        z, states = net.logits(one_hot(encode(start, self.vocab)[:, None], self.n_in))
        out = []
        eye = np.eye(self.n_in)
        for _ in range(n):
            logits = z[-1, 0].astype(np.float64) / tau
            p = np.exp(logits - logits.max())
            cdf = np.cumsum(p)
            k = min(int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right")),
                    self.n_in - 1)
            out.append(k)
            z, states = net.logits(eye[k][None, None, :], states)
        return (prefix or "") + self.decode(out)


TASK = TaskInfo(
    name="charlm", title=CharLM.title, make=CharLM,
    explanation=("Predict the next character of a text; then let the network write new text one "
                 "sampled character at a time."),
    input_names=(), order=30, goal=3.3,
    presets={"": Preset({"steps": 800},
                        "Adam at 0.01 brings the text below 3.3 bits per character within "
                        "about 350 updates; train on for better text.")})
