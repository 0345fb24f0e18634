"""Sequence classification (many-to-one): read a whole sequence, then name its class.

The data are the user's own labelled sequences (``cfg.data``; empty: the bundled
``resources/examples/sequences.tsv``), in one of two layouts:

- a CSV or TSV file of ``label, sequence`` rows (tab-separated if the first row has a
  tab, else comma-separated). The sequence is tokens separated by spaces, or further
  columns; lines starting with ``#``, empty lines and a first row ``label, ...`` are
  skipped;
- a folder of text files, one per class: each file's name without its extension is
  the class, each non-empty line of it one sequence.

If every element of every sequence is a number, the input is that number, standardised
over the training set, plus a 1 that marks a real step: ``x_t = ((v_t - mu) / sd, 1)``.
Otherwise the elements are tokens and the input is a one-hot vector over the vocabulary
(the rarest tokens merged into ``<unk>`` past MAX_VOCAB); when no sequence has a space,
its characters are the tokens.

Sequences of different lengths are padded at the FRONT with zero vectors to the longest
length T, so every sequence ends at the last step and only that step is scored
(``mask[t] = [t == T - 1]``): the softmax over the K classes is read once, after the
whole sequence::

    p(class | s_1..s_n) = softmax(W_hy h_T + b_y),   L = -log p(true class)

A fixed, seeded, stratified 20 % of each class is held out (at least one sequence); the
rest is drawn from for training. Metrics: accuracy (primary), balanced accuracy (mean
recall over classes) and the confusion counts ``n_i_j`` (held-out sequences of class i
classified as j) that the prediction view draws.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ...resources import resource_path
from ..config import ConfigError
from ..files import name_shown, read_text
from ..text import Msg, msg
from .base import Array, Batch
from .registry import Preset, TaskInfo

BUNDLED = ("examples", "sequences.tsv")
MAX_BYTES = 16 * 1024 * 1024  # per file
MAX_FILES = 64  # class files in a folder
MAX_STEPS = 400  # longest sequence
MAX_CLASSES = 16
MAX_VOCAB = 100
UNKNOWN = "<unk>"
HELDOUT_FRACTION = 0.2
HELDOUT_MAX = 2000
SPLIT_SEED = 0xC1A55
SHOWN_ERRORS = 5


@dataclass(frozen=True)
class Dataset:
    """Parsed labelled sequences, their vocabulary and the fixed held-out split."""

    name: str  # the file or folder name, for messages
    classes: tuple[str, ...]  # sorted class names
    labels: Array  # (N,) class indices
    seqs: tuple[tuple[str, ...], ...]  # each sequence's elements, as written
    numeric: bool
    vocab: tuple[str, ...]  # tokens (empty when numeric)
    train: Array  # indices of training sequences
    held: Array  # indices of held-out sequences
    mean: float = 0.0  # numeric: training-set mean and standard deviation
    std: float = 1.0

    @property
    def max_len(self) -> int:
        return max(len(s) for s in self.seqs)


def data_path(setting: str) -> Path:
    """The file or folder a ``data`` setting names ("" is the bundled example)."""
    if setting.strip():
        try:
            return Path(setting.strip()).expanduser()
        except RuntimeError:  # "~someone" without a home folder
            return Path(setting.strip())
    try:
        return resource_path(*BUNDLED)
    except FileNotFoundError as exc:
        raise ConfigError("data", msg("the bundled example data is missing ({reason}); "
                                      "choose a CSV file instead", reason=str(exc))) from None


def _error(reason: Msg | str) -> ConfigError:
    return ConfigError("data", reason)


def _bad_rows(name: str, bad: list[tuple[int, Msg]]) -> ConfigError:
    """One error listing the first SHOWN_ERRORS bad rows by line number."""
    lines = "; ".join(msg("line {line}: {why}", line=n, why=why) for n, why in
                      bad[:SHOWN_ERRORS])
    more = len(bad) - SHOWN_ERRORS
    if more > 0:
        return _error(msg("{path}: {count} bad rows: {lines}; and {more} more", path=name,
                          count=len(bad), lines=lines, more=more))
    return _error(msg("{path}: {count} bad row(s): {lines}", path=name, count=len(bad),
                      lines=lines))


def parse_table(text: str, name: str) -> list[tuple[str, tuple[str, ...]]]:
    """``label, sequence`` rows of a CSV/TSV text -> (label, elements); bad rows raise one
    ConfigError("data") naming their line numbers."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")), "")
    delim = "\t" if "\t" in first else ","
    rows: list[tuple[str, tuple[str, ...]]] = []
    bad: list[tuple[int, Msg]] = []
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            fields = next(csv.reader(io.StringIO(line), delimiter=delim))
        except (csv.Error, StopIteration):
            bad.append((number, msg("cannot be read as {kind} (a stray quote?)",
                                    kind="TSV" if delim == "\t" else "CSV")))
            continue
        fields = [f.strip() for f in fields]
        if not header_seen and not rows and not bad and fields[0].lower() in ("label",
                                                                              "class"):
            header_seen = True
            continue
        label = fields[0] if fields else ""
        seq = tuple(tok for f in fields[1:] for tok in f.split())
        if not label:
            bad.append((number, msg("the label (first column) is empty")))
        elif not seq:
            bad.append((number, msg("no sequence after the label {label!r}",
                                    label=label[:40])))
        else:
            rows.append((label, seq))
    if bad:
        raise _bad_rows(name, bad)
    return rows


def _read(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Rows of a file, or of a folder of one text file per class."""
    where = name_shown(path)
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError, TypeError):
        folder = False  # read_text below says what is wrong with the name
    if folder:
        try:
            files = sorted(p for p in path.iterdir() if p.is_file()
                           and not p.name.startswith("."))
        except OSError as exc:
            raise _error(msg("cannot read {path}: {reason}", path=where,
                             reason=str(exc.strerror or exc))) from None
        if not files:
            raise _error(msg("{path} is a folder without files; put one text file per "
                             "class in it", path=where))
        if len(files) > MAX_FILES:
            raise _error(msg("{path} holds {n} files; at most {most} classes (one file "
                             "each) are read", path=where, n=len(files), most=MAX_FILES))
        rows = []
        for f in files:
            text = read_text(f, MAX_BYTES, _error)
            for ln in text.splitlines():
                seq = tuple(ln.split())
                if seq:
                    rows.append((f.stem, seq))
        return rows
    return parse_table(read_text(path, MAX_BYTES, _error), str(where))


def _is_number(tok: str) -> bool:
    try:
        return math.isfinite(float(tok))
    except ValueError:
        return False


def build(rows: list[tuple[str, tuple[str, ...]]], name: str) -> Dataset:
    """Check the rows, choose tokens or numbers, and split (fixed seed, stratified)."""
    if not rows:
        raise _error(msg("{path} has no labelled sequences; write one 'label, sequence' "
                         "row per line", path=name))
    too_long = [(i, len(s)) for i, (_, s) in enumerate(rows) if len(s) > MAX_STEPS]
    if too_long:
        raise _error(msg("{path}: {n} sequence(s) are longer than {most} steps (the "
                         "longest has {longest})", path=name, n=len(too_long),
                         most=MAX_STEPS, longest=max(n for _, n in too_long)))
    classes = tuple(sorted({label for label, _ in rows}))
    if len(classes) < 2:
        raise _error(msg("{path} has only one class ({label!r}); classification needs at "
                         "least 2", path=name, label=classes[0][:40]))
    if len(classes) > MAX_CLASSES:
        raise _error(msg("{path} has {n} classes; at most {most} are allowed", path=name,
                         n=len(classes), most=MAX_CLASSES))
    index = {c: k for k, c in enumerate(classes)}
    labels = np.array([index[label] for label, _ in rows], dtype=np.int64)
    counts = np.bincount(labels, minlength=len(classes))
    single = [classes[k] for k in np.flatnonzero(counts < 2)]
    if single:
        raise _error(msg("class {label!r} has only one example; every class needs at "
                         "least 2 (one is held out)", label=single[0][:40]))
    seqs = tuple(s for _, s in rows)
    numeric = all(_is_number(t) for s in seqs for t in s)
    if not numeric and all(len(s) == 1 for s in seqs):  # no spaces: characters are tokens
        seqs = tuple(tuple(s[0]) for s in seqs)
        too_long = [len(s) for s in seqs if len(s) > MAX_STEPS]
        if too_long:
            raise _error(msg("{path}: {n} sequence(s) are longer than {most} steps (the "
                             "longest has {longest})", path=name, n=len(too_long),
                             most=MAX_STEPS, longest=max(too_long)))
    rng = np.random.default_rng(SPLIT_SEED)
    held_parts, train_parts = [], []
    for k in range(len(classes)):
        members = rng.permutation(np.flatnonzero(labels == k))
        n_held = min(len(members) - 1, max(1, int(round(HELDOUT_FRACTION * len(members)))))
        held_parts.append(members[:n_held])
        train_parts.append(members[n_held:])
    held = np.sort(np.concatenate(held_parts))[:HELDOUT_MAX]
    train = np.sort(np.concatenate(train_parts))
    vocab: tuple[str, ...] = ()
    mean, std = 0.0, 1.0
    if numeric:
        values = np.array([float(t) for i in train for t in seqs[i]])
        mean = float(values.mean())
        std = float(values.std()) or 1.0
    else:
        tokens, freq = np.unique([t for i in train for t in seqs[i]], return_counts=True)
        if len(tokens) > MAX_VOCAB - 1:
            tokens = tokens[np.sort(np.argsort(-freq, kind="stable")[:MAX_VOCAB - 1])]
        vocab = (*tokens.tolist(), UNKNOWN)
    return Dataset(name, classes, labels, seqs, numeric, vocab, train, held, mean, std)


@functools.lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> Dataset:
    p = Path(path)
    return build(_read(p), str(name_shown(p.name)))


def load(setting: str) -> Dataset:
    """The data set a ``data`` setting names (cached per file and modification time)."""
    path = data_path(setting)
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except (OSError, ValueError, RuntimeError):
        _read(path)  # raises the right ConfigError (missing file, bad name, ...)
        raise  # pragma: no cover - _read raised already
    return _load(*key)


class Classify:
    name = "classify"
    title = "Sequence classification"
    head = "softmax"
    metric_name = "accuracy"
    higher_is_better = True

    def __init__(self, cfg: Any):
        self.data = load(cfg.data)
        d = self.data
        self.classes = d.classes
        self.n_out = len(d.classes)
        self.n_in = 2 if d.numeric else len(d.vocab)
        self.seq_len = d.max_len
        self._token = {t: k for k, t in enumerate(d.vocab)}
        self.metric_labels = {"accuracy": "classification accuracy",
                              "balanced_accuracy": "balanced accuracy (mean over classes)"}
        for i, a in enumerate(d.classes):
            for j, b in enumerate(d.classes):
                self.metric_labels[f"n_{i}_{j}"] = f"{a} classified as {b}"
        self._heldout: Batch | None = None

    # ------------------------------------------------------------ encoding
    def unknown(self, seq: list[str] | tuple[str, ...]) -> list[str]:
        """Elements of `seq` this task cannot read (not a number / not in the vocabulary)."""
        if self.data.numeric:
            return [t for t in seq if not _is_number(t)]
        return [t for t in seq if t not in self._token]

    def encode(self, seqs: list[tuple[str, ...]] | tuple[tuple[str, ...], ...],
               labels: Array | None = None, length: int | None = None) -> Batch:
        """Front-padded batch of `seqs` (T = `length` or the data's longest sequence,
        longer if one of `seqs` is); unknown tokens read as ``<unk>``."""
        T = max(length or self.seq_len, max(len(s) for s in seqs))
        B = len(seqs)
        x = np.zeros((T, B, self.n_in))
        for b, s in enumerate(seqs):
            start = T - len(s)
            if self.data.numeric:
                x[start:, b, 0] = (np.array([float(t) for t in s]) - self.data.mean) \
                    / self.data.std
                x[start:, b, 1] = 1.0
            else:
                unk = self._token[UNKNOWN]
                x[np.arange(start, T), b, [self._token.get(t, unk) for t in s]] = 1.0
        y = np.zeros((T, B), dtype=np.int64)
        if labels is not None:
            y[:] = np.asarray(labels, dtype=np.int64)[None, :]
        mask = np.zeros((T, B))
        mask[-1] = 1.0  # many-to-one: only the step after the last element is scored
        lengths = np.array([len(s) for s in seqs], dtype=np.int64)
        return Batch(x, y, mask, {"lengths": lengths,
                                  "label": y[-1].copy()})

    def _rows(self, idx: Array) -> Batch:
        return self.encode([self.data.seqs[i] for i in idx], self.data.labels[idx])

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        return self._rows(self.data.train[rng.integers(0, len(self.data.train), size=size)])

    def heldout(self) -> Batch:
        if self._heldout is None:
            self._heldout = self._rows(self.data.held)
        return self._heldout

    # ------------------------------------------------------------- scoring
    def confusion(self, outputs: Array, batch: Batch) -> Array:
        """(K, K) counts: row = true class, column = predicted class (last step)."""
        true = batch.y[-1]
        pred = np.nan_to_num(outputs[-1], nan=0.0).argmax(axis=-1)
        K = self.n_out
        return np.bincount(true * K + pred, minlength=K * K).reshape(K, K)

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        cm = self.confusion(outputs, batch)
        total = max(int(cm.sum()), 1)
        support = cm.sum(axis=1)
        recall = np.diag(cm)[support > 0] / support[support > 0]
        out = {"accuracy": float(np.trace(cm) / total),
               "balanced_accuracy": float(recall.mean()) if recall.size else 0.0}
        K = self.n_out
        out.update({f"n_{i}_{j}": float(cm[i, j]) for i in range(K) for j in range(K)})
        return out

    def show(self, seq: tuple[str, ...] | list[str]) -> str:
        """A sequence as the user wrote it."""
        sep = "" if not self.data.numeric and all(len(t) == 1 for t in seq) else " "
        return sep.join(seq)

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        T = batch.x.shape[0]
        n = int(batch.info["lengths"][i]) if batch.info else T
        x = batch.x[T - n:, i]
        if self.data.numeric:
            seq = [f"{v * self.data.std + self.data.mean:g}" for v in x[:, 0]]
        else:
            seq = [self.data.vocab[k] for k in x.argmax(axis=-1)]
        p = outputs[-1, i]
        pred = int(np.nan_to_num(p, nan=0.0).argmax())
        true = int(batch.y[-1, i])
        mark = "✓" if pred == true else "✗"
        return msg("sequence {seq}\nnetwork: {pred} (p = {p:.2f}), true: {true} {mark}",
                   seq=self.show(seq)[:300], pred=self.classes[pred], p=float(p[pred]),
                   true=self.classes[true], mark=mark)


def torch_source(cfg: Any) -> str:
    """Source of ``batch(rng, size)`` for the exported PyTorch script: the training
    sequences written out (already encoded), drawn as the engine draws them."""
    task = Classify(cfg)
    d = task.data
    if d.numeric:
        rows = [[round((float(t) - d.mean) / d.std, 12) for t in d.seqs[i]] for i in d.train]
    else:
        unk = task._token[UNKNOWN]
        rows = [[task._token.get(t, unk) for t in d.seqs[i]] for i in d.train]
    labels = [int(d.labels[i]) for i in d.train]
    return (f"# {len(rows)} training sequences of {d.name}, encoded"
            f"{' (standardised numbers)' if d.numeric else ' (token indices)'};\n"
            f"# classes {list(d.classes)!r}\n"
            f"TRAIN = {rows!r}\nLABELS = {labels!r}\n"
            f"SEQ_LEN = {task.seq_len}\nNUMERIC = {d.numeric!r}\n"
            f"N_SYMBOLS = {task.n_in}\n\n\n"
            "def batch(rng, size):\n"
            "    \"\"\"Sequences padded at the front; only the last step is scored.\"\"\"\n"
            "    pick = rng.integers(0, len(TRAIN), size=size)\n"
            "    x = np.zeros((SEQ_LEN, size, N_SYMBOLS))\n"
            "    for b, k in enumerate(pick):\n"
            "        seq = TRAIN[k]\n"
            "        start = SEQ_LEN - len(seq)\n"
            "        if NUMERIC:\n"
            "            x[start:, b, 0] = seq\n"
            "            x[start:, b, 1] = 1.0\n"
            "        else:\n"
            "            x[np.arange(start, SEQ_LEN), b, seq] = 1.0\n"
            "    y = np.repeat(np.array(LABELS)[pick][None, :], SEQ_LEN, axis=0)\n"
            "    mask = np.zeros((SEQ_LEN, size))\n"
            "    mask[-1] = 1.0\n"
            "    return x, y, mask\n")


TASK = TaskInfo(
    name="classify", title=Classify.title, make=Classify,
    explanation=("Read a whole sequence, then name its class: your own labelled sequences "
                 "from a CSV file, or the bundled example, where the class is the colour "
                 "named first."),
    input_names=(), order=70, goal=0.9,
    presets={"": Preset({"steps": 500},
                        "Adam at 0.01 classifies the bundled example with over 90 % "
                        "accuracy within about 150 updates."),
             "elman": Preset({"steps": 1500},
                             "An Elman network at learning rate 0.01 needs about 300 to 900 "
                             "updates to reach 90 % on the bundled example, and now and then "
                             "gets stuck lower.")})
