"""Export a configuration as one self-contained, readable PyTorch training script.

The script trains the same network on the same data as RNN Studio::

    network    torch.nn.RNN / LSTM / GRU (a small explicit module for the peephole LSTM
               and the sigmoid Elman network, which PyTorch lacks), then nn.Linear
    data       the task's generator written out in NumPy, drawing the batches the
               engine draws: np.random.default_rng([seed, 1])
    start      the engine's initial weights, regenerated with NumPy from
               np.random.default_rng([seed, 0]) exactly as the engine draws them, or a
               weights file (our PyTorch state_dict layout, interop.py) loaded with
               load_state_dict(strict=True)
    training   the same loss, torch.optim's SGD / RMSprop / Adam with the same
               hyperparameters, clip_grad_norm_ / clip_grad_value_, truncated BPTT

``python train_torch.py --check 50`` prints, as its last line, ``{"steps": 50, "losses":
[...]}``: the losses of the first 50 updates, which match ``rnnstudio train``'s
``metrics.csv`` (tests/engine/test_export_torch.py checks every cell and task).

Both halves are table-driven: :data:`CELL_EXPORTERS` holds, per cell, the NumPy code that
draws one layer's start weights and the PyTorch module; :data:`TASK_EXPORTERS` holds, per
task, a function writing the task's ``batch(rng, size)``. A new cell or task registers
its own with :func:`register_cell_exporter` / :func:`register_task_exporter`; a cell
module may instead give its descriptor a ``torch_export`` hook returning its
:class:`CellExporter` (the MGU does, in ``cells/mgu.py``), read for every registered cell.
"""

from __future__ import annotations

import json
import os
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, atomic_write_text
from .text import msg

__all__ = ["CELL_EXPORTERS", "TASK_EXPORTERS", "CellExporter", "cell_exporter",
           "export_script", "exportable_cells", "register_cell_exporter",
           "register_task_exporter", "write_script"]


@dataclass(frozen=True)
class CellExporter:
    """What the exported script needs for one cell.

    ``init_layer``: source of ``def init_layer(rng, n_in):`` returning one layer's start
    weights as NumPy arrays keyed like PyTorch (``weight_ih``, ``weight_hh``, ``bias_ih``,
    ``bias_hh``, ...), drawn from ``rng`` in the engine's order (``input_weights`` and
    ``recurrent_weights`` are defined in the script). ``module(cfg)``: source of any
    module classes the cell needs (may be ""). ``build(cfg)``: the expression making the
    recurrent module. ``tie(cfg)``: statements (in ``Net.__init__``) keeping PyTorch's
    redundant biases where RNN Studio has one bias."""

    init_layer: str
    build: Callable[[Config], str]
    module: Callable[[Config], str] = lambda cfg: ""
    tie: Callable[[Config], str] = lambda cfg: ""


CELL_EXPORTERS: dict[str, CellExporter] = {}
TASK_EXPORTERS: dict[str, Callable[[Config], str]] = {}


def register_cell_exporter(name: str, exporter: CellExporter) -> None:
    """Make cell `name` exportable."""
    CELL_EXPORTERS[name] = exporter


def cell_exporter(name: str) -> CellExporter | None:
    """The exporter of cell `name`: registered here, or the cell descriptor's own
    ``torch_export`` hook (so a new cell module brings its exporter along)."""
    if name in CELL_EXPORTERS:
        return CELL_EXPORTERS[name]
    from .cells import registry

    try:
        hook = registry.info(name).torch_export
    except ValueError:
        return None
    return hook() if hook is not None else None


def exportable_cells() -> list[str]:
    """The cells export_script can write, in menu order, then any registered only here."""
    from .cells import registry

    known = [n for n in registry.names() if cell_exporter(n) is not None]
    return known + [n for n in CELL_EXPORTERS if n not in known]


def register_task_exporter(name: str, writer: Callable[[Config], str]) -> None:
    """Make task `name` exportable: `writer(cfg)` returns the source of ``batch(rng, size)
    -> (x, y, mask)`` (NumPy, time-major) and whatever it needs."""
    TASK_EXPORTERS[name] = writer


def _code(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


# =================================================================== cells
_FROZEN_BIAS_HH = _code('''
    # PyTorch adds two biases (bias_ih + bias_hh) where RNN Studio has one: bias_hh stays
    # at its loaded value (zero) and only bias_ih learns, so each bias is trained once.
    for l in range(LAYERS):
        getattr(self.rnn, f"bias_hh_l{l}").requires_grad_(False)
''')

_ELMAN_INIT = _code('''
    def init_layer(rng, n_in):
        """h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h); PyTorch keeps W^T."""
        W_xh = input_weights(rng, n_in, HIDDEN, 1)
        W_hh = recurrent_weights(rng, HIDDEN, 1)
        zeros = np.zeros(HIDDEN, dtype=NP_DTYPE)
        return {"weight_ih": W_xh.T, "weight_hh": W_hh.T, "bias_ih": zeros, "bias_hh": zeros}
''')

_ELMAN_MODULE = _code('''
    class ElmanRNN(nn.Module):
        """nn.RNN with any activation (PyTorch's has tanh and relu only), time-major:
        h_t = phi(x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh). Same parameter names."""

        def __init__(self, n_in, hidden, num_layers, phi):
            super().__init__()
            self.hidden, self.num_layers, self.phi = hidden, num_layers, phi
            for l in range(num_layers):
                n = n_in if l == 0 else hidden
                setattr(self, f"weight_ih_l{l}", nn.Parameter(torch.zeros(hidden, n)))
                setattr(self, f"weight_hh_l{l}", nn.Parameter(torch.zeros(hidden, hidden)))
                setattr(self, f"bias_ih_l{l}", nn.Parameter(torch.zeros(hidden)))
                self.register_buffer(f"bias_hh_l{l}", torch.zeros(hidden))  # RNN Studio: one bias

        def forward(self, x, h0=None):
            T, B, _ = x.shape
            if h0 is None:
                h0 = x.new_zeros(self.num_layers, B, self.hidden)
            inp, last = x, []
            for l in range(self.num_layers):
                W_ih, W_hh = getattr(self, f"weight_ih_l{l}"), getattr(self, f"weight_hh_l{l}")
                b = getattr(self, f"bias_ih_l{l}") + getattr(self, f"bias_hh_l{l}")
                a_x = inp @ W_ih.T + b  # the input part of every step at once
                h, out = h0[l], []
                for t in range(T):
                    h = self.phi(a_x[t] + h @ W_hh.T)
                    out.append(h)
                inp = torch.stack(out)
                last.append(h)
            return inp, torch.stack(last)
''')


def _elman_build(cfg: Config) -> str:
    if cfg.activation in ("tanh", "relu"):
        return f"nn.RNN(N_IN, HIDDEN, num_layers=LAYERS, nonlinearity={cfg.activation!r})"
    return "ElmanRNN(N_IN, HIDDEN, LAYERS, torch.sigmoid)"


register_cell_exporter("elman", CellExporter(
    init_layer=_ELMAN_INIT, build=_elman_build,
    module=lambda cfg: "" if cfg.activation in ("tanh", "relu") else _ELMAN_MODULE,
    tie=lambda cfg: _FROZEN_BIAS_HH if cfg.activation in ("tanh", "relu") else ""))

_LSTM_INIT = _code('''
    def init_layer(rng, n_in):
        """Gate blocks in the order i, f, g, o; the forget gate's bias starts at FORGET_BIAS."""
        W_x = input_weights(rng, n_in, HIDDEN, 4)
        W_h = recurrent_weights(rng, HIDDEN, 4)
        b = np.zeros(4 * HIDDEN, dtype=NP_DTYPE)
        b[HIDDEN:2 * HIDDEN] = FORGET_BIAS
        return {"weight_ih": W_x.T, "weight_hh": W_h.T, "bias_ih": b,
                "bias_hh": np.zeros(4 * HIDDEN, dtype=NP_DTYPE)}
''')

register_cell_exporter("lstm", CellExporter(
    init_layer=_LSTM_INIT, build=lambda cfg: "nn.LSTM(N_IN, HIDDEN, num_layers=LAYERS)",
    tie=lambda cfg: _FROZEN_BIAS_HH))

_PEEPHOLE_INIT = _LSTM_INIT.replace("def init_layer(rng, n_in):", "def lstm_layer(rng, n_in):") \
    + "\n\n" + _code('''
    def init_layer(rng, n_in):
        """An LSTM layer plus small random peepholes, uniform(-0.1, 0.1)."""
        layer = lstm_layer(rng, n_in)
        for g in "ifo":
            layer[f"peephole_{g}"] = rng.uniform(-0.1, 0.1, size=(HIDDEN,)).astype(NP_DTYPE)
        return layer
''')

_PEEPHOLE_MODULE = _code('''
    class PeepholeLSTM(nn.Module):
        """LSTM whose gates also look at the cell (Greff et al., "LSTM: A Search Space
        Odyssey"), time-major, with nn.LSTM's parameter names plus three vectors a layer:

            a = x_t W_ih^T + b_ih + h_{t-1} W_hh^T + b_hh = [a_i | a_f | a_g | a_o]
            i = sigma(a_i + p_i * c_{t-1})     f = sigma(a_f + p_f * c_{t-1})
            g = tanh(a_g)                       c_t = f * c_{t-1} + i * g
            o = sigma(a_o + p_o * c_t)          h_t = o * tanh(c_t)
        """

        def __init__(self, n_in, hidden, num_layers):
            super().__init__()
            self.hidden, self.num_layers = hidden, num_layers
            H = hidden
            for l in range(num_layers):
                n = n_in if l == 0 else H
                setattr(self, f"weight_ih_l{l}", nn.Parameter(torch.zeros(4 * H, n)))
                setattr(self, f"weight_hh_l{l}", nn.Parameter(torch.zeros(4 * H, H)))
                setattr(self, f"bias_ih_l{l}", nn.Parameter(torch.zeros(4 * H)))
                self.register_buffer(f"bias_hh_l{l}", torch.zeros(4 * H))  # RNN Studio: one bias
                for g in "ifo":
                    setattr(self, f"peephole_{g}_l{l}", nn.Parameter(torch.zeros(H)))

        def forward(self, x, state=None):
            T, B, _ = x.shape
            if state is None:
                zeros = x.new_zeros(self.num_layers, B, self.hidden)
                state = (zeros, zeros)
            inp, last_h, last_c = x, [], []
            for l in range(self.num_layers):
                p = {name: getattr(self, f"{name}_l{l}") for name in (
                    "weight_ih", "weight_hh", "bias_ih", "bias_hh",
                    "peephole_i", "peephole_f", "peephole_o")}
                a_x = inp @ p["weight_ih"].T + p["bias_ih"] + p["bias_hh"]
                h, c, out = state[0][l], state[1][l], []
                for t in range(T):
                    a_i, a_f, a_g, a_o = (a_x[t] + h @ p["weight_hh"].T).chunk(4, dim=1)
                    i = torch.sigmoid(a_i + p["peephole_i"] * c)
                    f = torch.sigmoid(a_f + p["peephole_f"] * c)
                    c = f * c + i * torch.tanh(a_g)
                    o = torch.sigmoid(a_o + p["peephole_o"] * c)
                    h = o * torch.tanh(c)
                    out.append(h)
                inp = torch.stack(out)
                last_h.append(h)
                last_c.append(c)
            return inp, (torch.stack(last_h), torch.stack(last_c))
''')

register_cell_exporter("peephole", CellExporter(
    init_layer=_PEEPHOLE_INIT, build=lambda cfg: "PeepholeLSTM(N_IN, HIDDEN, LAYERS)",
    module=lambda cfg: _PEEPHOLE_MODULE))

_GRU_INIT = _code('''
    def init_layer(rng, n_in):
        """Gate blocks in the order r, z, n; all biases start at zero."""
        W_x = input_weights(rng, n_in, HIDDEN, 3)
        W_h = recurrent_weights(rng, HIDDEN, 3)
        zeros = np.zeros(3 * HIDDEN, dtype=NP_DTYPE)
        return {"weight_ih": W_x.T, "weight_hh": W_h.T, "bias_ih": zeros, "bias_hh": zeros}
''')

_GRU_TIE = _code('''
    # The r and z gates add bias_ih and bias_hh, one bias too many: their part of bias_hh
    # stays at its loaded value (zero). Its n part (b_hn, inside the reset product) learns.
    learn = torch.cat([torch.zeros(2 * HIDDEN), torch.ones(HIDDEN)])
    for l in range(LAYERS):
        getattr(self.rnn, f"bias_hh_l{l}").register_hook(lambda g: g * learn.to(g))
''')

register_cell_exporter("gru", CellExporter(
    init_layer=_GRU_INIT, build=lambda cfg: "nn.GRU(N_IN, HIDDEN, num_layers=LAYERS)",
    tie=lambda cfg: _GRU_TIE))


# =================================================================== tasks
def _addition(cfg: Config) -> str:
    common = _code(f'''
        BITS = {cfg.bits}
        HIGH = 1 << (BITS - 1)  # a, b in [0, HIGH): the sum fits in BITS bits


        def bits_of(v, n):
            """(B,) integers -> (n, B) bits, least significant first."""
            return ((v[None, :] >> np.arange(n, dtype=np.uint64)[:, None]) & 1).astype(np.float64)


        def is_heldout(a, b):
            """About one pair in eight is never trained on (a fixed hash of the pair)."""
            h = a.astype(np.uint64) * np.uint64(0x9E3779B1) + b.astype(np.uint64) * np.uint64(
                0x85EBCA77)
            h &= np.uint64(0xFFFFFFFF)
            h ^= h >> np.uint64(15)
            return (h % np.uint64(8)) == 0


        def encode(a, b):
            """x_t = (a_t, b_t), y_t = (a + b)_t, every bit scored."""
            x = np.stack([bits_of(a, BITS), bits_of(b, BITS)], axis=-1)  # (T, B, 2)
            y = bits_of(a + b, BITS)[..., None]  # (T, B, 1)
            return x, y, np.ones(y.shape[:2])
    ''')
    if (1 << (cfg.bits - 1)) ** 2 <= 1 << 16:
        draw = _code('''
            # Few pairs: every training pair, drawn by index.
            _a, _b = (v.ravel() for v in np.meshgrid(np.arange(HIGH, dtype=np.uint64),
                                                     np.arange(HIGH, dtype=np.uint64),
                                                     indexing="ij"))
            TRAIN_A, TRAIN_B = _a[~is_heldout(_a, _b)], _b[~is_heldout(_a, _b)]


            def batch(rng, size):
                i = rng.integers(0, len(TRAIN_A), size=size)
                return encode(TRAIN_A[i], TRAIN_B[i])
        ''')
    else:
        draw = _code('''
            def batch(rng, size):
                a = rng.integers(0, HIGH, size=size, dtype=np.uint64)
                b = rng.integers(0, HIGH, size=size, dtype=np.uint64)
                while True:  # redraw held-out pairs until none is left
                    bad = is_heldout(a, b)
                    if not bad.any():
                        return encode(a, b)
                    k = int(bad.sum())
                    a[bad] = rng.integers(0, HIGH, size=k, dtype=np.uint64)
                    b[bad] = rng.integers(0, HIGH, size=k, dtype=np.uint64)
        ''')
    return common + "\n\n" + draw


def _detection(cfg: Config) -> str:
    return _code(f'''
        ALPHABET = "abcdefghijklmnopqrstuvwxyz"
        WORD = {cfg.word!r}  # flag the step where this word's last letter arrives
        SEQ_LEN = {cfg.seq_len}
        WORD_IDX = np.array([ALPHABET.index(ch) for ch in WORD])
        MAX_PLANTS = max(1, SEQ_LEN // (3 * len(WORD)))  # copies planted per stream, at most


        def batch(rng, size):
            """Random letters with the word planted 1..MAX_PLANTS times; y_t = 1 where the
            word ends (planted or by chance)."""
            T, L = SEQ_LEN, len(WORD)
            letters = rng.integers(0, len(ALPHABET), size=(T, size))
            counts = rng.integers(1, MAX_PLANTS + 1, size=size)
            for b in range(size):  # k non-overlapping copies, spread out
                k = int(counts[b])
                slots = np.sort(rng.choice(T - k * (L - 1), size=k, replace=False))
                for s in slots + np.arange(k) * (L - 1):
                    letters[s:s + L, b] = WORD_IDX
            ends = np.zeros((T, size), dtype=bool)
            ends[L - 1:] = True
            for j in range(L):
                ends[L - 1:] &= letters[j:T - L + 1 + j] == WORD_IDX[j]
            x = np.eye(len(ALPHABET))[letters]  # one-hot (T, B, 26)
            return x, ends[..., None].astype(np.float64), np.ones((T, size))
    ''')


def _charlm(cfg: Config) -> str:
    from .tasks.charlm import MAX_VOCAB, REPLACEMENT, TRAIN_FRACTION, corpus_path

    path = str(corpus_path(cfg.corpus).resolve())
    return _code(f'''
        # The text to learn from (UTF-8): change this line to learn from another file.
        CORPUS = {path!r}
        SEQ_LEN = {cfg.seq_len}
        MAX_VOCAB = {MAX_VOCAB}  # past this many characters, the rarest share one symbol
        REPLACEMENT = {REPLACEMENT!r}
        TRAIN_FRACTION = {TRAIN_FRACTION}  # windows are drawn from the first 90 % of the text


        def load_corpus(path):
            """Character indices of a UTF-8 text and its vocabulary (sorted characters)."""
            with open(path, "rb") as fh:
                text = fh.read().decode("utf-8-sig").replace("\\r\\n", "\\n").replace("\\r", "\\n")
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
            chars, counts = np.unique(codes, return_counts=True)
            if len(chars) > MAX_VOCAB:
                keep = chars[np.argsort(-counts, kind="stable")[:MAX_VOCAB - 1]]
                chars = np.union1d(keep, [ord(REPLACEMENT)]).astype(np.uint32)
            idx = np.minimum(np.searchsorted(chars, codes), len(chars) - 1)
            unknown = chars[idx] != codes  # merged rare characters
            idx[unknown] = np.searchsorted(chars, ord(REPLACEMENT))
            return idx.astype(np.int64), "".join(chr(c) for c in chars)


        IDS, VOCAB = load_corpus(CORPUS)
        SPLIT = int(len(IDS) * TRAIN_FRACTION)


        def batch(rng, size):
            """Windows of SEQ_LEN characters (one-hot) and the character after each."""
            starts = rng.integers(0, SPLIT - SEQ_LEN, size=size)
            idx = starts[None, :] + np.arange(SEQ_LEN)[:, None]  # (T, B)
            x = np.eye(len(VOCAB))[IDS[idx]]
            return x, IDS[idx + 1], np.ones(idx.shape)
    ''')


def _recall(cfg: Config) -> str:
    from .tasks.recall import GAP_NOISE, PAD, SYMBOLS

    return _code(f'''
        DELAY = {cfg.delay}  # say the symbol back this many steps later
        SYMBOLS = {len(SYMBOLS)}  # symbols A, B, C, D; class SYMBOLS is the blank
        BLANK = SYMBOLS
        GAP_NOISE = {GAP_NOISE}  # std of the static on the symbol channels during blanks
        SEQ_LEN = DELAY + 1 + {PAD}


        def batch(rng, size):
            """One symbol, then noisy blanks; the target is the input DELAY steps later,
            scored only where a symbol is recalled."""
            T = SEQ_LEN
            cue = rng.integers(0, SYMBOLS, size=(size, 1))
            static = GAP_NOISE * rng.standard_normal((T, size, SYMBOLS))
            s = np.full((T, size), BLANK)
            s[:1] = cue.T
            x = np.eye(SYMBOLS + 1)[s]
            x[1:, :, :BLANK] += static[1:]
            y = np.full((T, size), BLANK)
            y[DELAY:] = s[:T - DELAY]
            return x, y, (y != BLANK).astype(np.float64)
    ''')


def _adding(cfg: Config) -> str:
    return _code(f'''
        SEQ_LEN = {cfg.seq_len}


        def batch(rng, size):
            """x_t = (v_t, m_t): values in [0, 1] and two markers, one in each half;
            the target, scored at the last step only, is the sum of the marked values."""
            T = SEQ_LEN
            values = rng.uniform(0.0, 1.0, size=(T, size))
            first = rng.integers(0, T // 2, size=size)
            second = rng.integers(T // 2, T, size=size)
            marks = np.zeros((T, size))
            marks[first, np.arange(size)] = 1.0
            marks[second, np.arange(size)] = 1.0
            y = np.zeros((T, size, 1))
            y[-1, :, 0] = (values * marks).sum(axis=0)
            mask = np.zeros((T, size))
            mask[-1] = 1.0
            return np.stack([values, marks], axis=-1), y, mask
    ''')


def _forecast_file(cfg: Config) -> str:
    """A data file's series: its training part written out, standardised as the engine
    does, and windows drawn where the engine draws them."""
    from .tasks.forecast import load_series

    d = load_series(cfg.data, cfg.column, cfg.seq_len)
    train = [float(v) for v in d.z[:d.split]]  # every target of a training window
    return _code(f'''
        SEQ_LEN = {cfg.seq_len}
        # column {cfg.column} ({d.name!r}) of {Path(cfg.data).name!r}: its first {d.split} values
        # (the rest is held out), standardised: z = (value - {d.mean!r}) / {d.std!r}
        Z = np.array({train!r})


        def batch(rng, size):
            """Windows of the series: inputs z[s : s+T], targets z[s+1 : s+T+1]."""
            starts = rng.integers(0, len(Z) - SEQ_LEN, size=size)
            idx = starts[None, :] + np.arange(SEQ_LEN)[:, None]  # (T, B)
            return Z[idx][..., None], Z[idx + 1][..., None], np.ones((SEQ_LEN, size))
    ''')


def _forecast(cfg: Config) -> str:
    from .tasks.forecast import BURN_IN, PERIODS, PHI, THETA, arma_innovation_std

    if getattr(cfg, "data", ""):
        return _forecast_file(cfg)

    head = _code(f'''
        SEQ_LEN = {cfg.seq_len}
        NOISE = {cfg.noise!r}  # std of the observation noise
    ''')
    if cfg.series == "sine":
        clean = _code(f'''
            PERIODS = {PERIODS!r}


            def clean(rng, size):
                """Sine waves with a random period and phase: (T + 1, B)."""
                period = rng.uniform(*PERIODS, size=size)
                phase = rng.uniform(0.0, 2 * np.pi, size=size)
                t = np.arange(SEQ_LEN + 1)[:, None]
                return np.sin(2 * np.pi * t / period + phase)
        ''')
    else:
        clean = _code(f'''
            PHI, THETA = {PHI!r}, {THETA!r}
            SIGMA_E = {arma_innovation_std()!r}  # gives the process unit variance
            BURN_IN = {BURN_IN}


            def clean(rng, size):
                """ARMA(2, 1): s_t = PHI_1 s_(t-1) + PHI_2 s_(t-2) + e_t + THETA e_(t-1)."""
                n = BURN_IN + SEQ_LEN + 1
                e = SIGMA_E * rng.standard_normal((n, size))
                s = np.zeros((n, size))
                for t in range(2, n):
                    s[t] = PHI[0] * s[t - 1] + PHI[1] * s[t - 2] + e[t] + THETA * e[t - 1]
                return s[BURN_IN:]
        ''')
    draw = _code('''
        def batch(rng, size):
            """Noisy observations o_t; predict o_(t+1) from o_1..o_t at every step."""
            s = clean(rng, size)
            o = s + NOISE * rng.standard_normal(s.shape)
            return o[:-1, :, None], o[1:, :, None], np.ones((SEQ_LEN, size))
    ''')
    return head + "\n\n" + clean + "\n\n" + draw


def _classify(cfg: Config) -> str:
    from .tasks.classify import torch_source

    return torch_source(cfg)


for _name, _writer in (("addition", _addition), ("detection", _detection),
                       ("charlm", _charlm), ("recall", _recall), ("adding", _adding),
                       ("forecast", _forecast), ("classify", _classify)):
    register_task_exporter(_name, _writer)


# =================================================================== losses
LOSSES = {
    "bce": ("binary cross-entropy on sigmoid outputs",
            "F.binary_cross_entropy_with_logits(z, y, reduction=\"none\").sum(-1)"),
    "mse_bits": ("squared error of sigmoid outputs",
                 "((torch.sigmoid(z) - y) ** 2).sum(-1)"),
    "softmax": ("cross-entropy of a softmax over classes",
                "F.cross_entropy(z.reshape(-1, N_OUT), y.reshape(-1),\n"
                "                                   reduction=\"none\").reshape(y.shape)"),
    "linear": ("squared error", "((z - y) ** 2).sum(-1)"),
}

OPTIMIZERS = {
    "sgd": "torch.optim.SGD(params, lr=LR)",
    "momentum": "torch.optim.SGD(params, lr=LR, momentum=0.9)",
    "rmsprop": "torch.optim.RMSprop(params, lr=LR, alpha=0.9, eps=1e-8)",
    "adam": "torch.optim.Adam(params, lr=LR, betas=(0.9, 0.999), eps=1e-8)",
}

CLIPPING = {
    "none": "pass  # no clipping",
    "norm": "torch.nn.utils.clip_grad_norm_(params, CLIP)  # rescale to a global norm of CLIP",
    "value": "torch.nn.utils.clip_grad_value_(params, CLIP)  # cut each value to [-CLIP, CLIP]",
}


# =================================================================== the script
_COMMON_INIT = _code('''
    def input_weights(rng, n_in, n_h, blocks):
        """(n_in, blocks * n_h) input weights: uniform(-1, 1) or Glorot, one block a gate."""
        bound = 1.0 if INIT == "uniform" else np.sqrt(6.0 / (n_in + n_h))
        return rng.uniform(-bound, bound, size=(n_in, blocks * n_h)).astype(NP_DTYPE)


    def recurrent_weights(rng, n_h, blocks):
        """(n_h, blocks * n_h) recurrent weights, times RECURRENT_SCALE."""
        if INIT == "uniform":
            w = rng.uniform(-1.0, 1.0, size=(n_h, blocks * n_h))
        elif INIT == "glorot":
            bound = np.sqrt(6.0 / (2 * n_h))
            w = rng.uniform(-bound, bound, size=(n_h, blocks * n_h))
        else:  # orthogonal: one random orthogonal square block per gate
            parts = []
            for _ in range(blocks):
                q, r = np.linalg.qr(rng.standard_normal((n_h, n_h)))
                parts.append(q * np.sign(np.diag(r)))
            w = np.concatenate(parts, axis=1)
        return (w * RECURRENT_SCALE).astype(NP_DTYPE)
''')

_START = _code('''
    def start_weights(seed):
        """RNN Studio's start weights for `seed`, as a state_dict of NumPy arrays."""
        rng = np.random.default_rng([seed, 0])  # the engine's weight stream
        sd, n = {}, N_IN
        for l in range(LAYERS):
            for name, value in init_layer(rng, n).items():
                sd[f"{name}_l{l}"] = np.ascontiguousarray(value)
            n = HIDDEN
        sd["head.weight"] = np.ascontiguousarray(input_weights(rng, HIDDEN, N_OUT, 1).T)
        sd["head.bias"] = np.zeros(N_OUT, dtype=NP_DTYPE)
        return sd


    def load_weights(path):
        """A weights file RNN Studio wrote (File -> Export -> Weights, or train --out)."""
        with np.load(path, allow_pickle=False) as data:
            return {k: data[k] for k in data.files if k != "rnnstudio_meta"}
''')

_NET = '''
class Net(nn.Module):
    """The recurrent layers, then a linear read-out at every step: z_t = h_t W^T + b."""

    def __init__(self):
        super().__init__()
        self.rnn = {build}
        self.head = nn.Linear(HIDDEN, N_OUT)
{tie}
    def forward(self, x, state=None):
        h, state = self.rnn(x, state)  # x: (T, B, N_IN), time-major like RNN Studio
        return self.head(h), state

    def load_weights(self, sd):
        """RNN Studio's layout (weight_ih_l0, ..., head.weight) -> this module, strictly."""
        sd = {{k if k.startswith("head.") else "rnn." + k: torch.as_tensor(v)
              for k, v in sd.items()}}
        self.load_state_dict(sd, strict=True)


def loss_fn(z, y, mask, count):
    """The loss: {loss_words}, summed over the outputs and averaged
    over the scored positions (mask = 1). `count` is the whole sequence's number of
    scored positions (truncated BPTT scores each window against it)."""
    per_position = {loss_expr}
    return (per_position * mask).sum() / max(count, 1.0)


def detach(state):
    return tuple(s.detach() for s in state) if isinstance(state, tuple) else state.detach()


def update(model, optimizer, params, x, y, mask):
    """One training update; returns the loss before it."""
    optimizer.zero_grad()
    T = x.shape[0]
    k = T if TRUNCATE <= 0 else min(TRUNCATE, T)  # backpropagate through windows of k steps
    count = float(mask.sum())
    loss, state = 0.0, None
    for s in range(0, T, k):
        z, state = model(x[s:s + k], state)
        part = loss_fn(z, y[s:s + k], mask[s:s + k], count)
        part.backward()  # gradients add up over the windows
        loss += part.item()
        state = detach(state)  # the state carries on, its gradient stops here
    {clip}
    optimizer.step()
    return loss
'''

_MAIN = '''
def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\\n\\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--device", default="cpu", help="cpu, cuda, cuda:1, mps ...")
    parser.add_argument("--steps", type=int, default=STEPS, help="updates to train")
    parser.add_argument("--weights", default=WEIGHTS,
                        help="start from this RNN Studio weights file (.npz)")
    parser.add_argument("--check", type=int, nargs="?", const=50, metavar="N",
                        help="train N updates (50) and print their losses as JSON")
    parser.add_argument("--save", metavar="FILE", help="save the trained state_dict here")
    args = parser.parse_args()

    torch.manual_seed(SEED)
    device = torch.device(args.device)
    model = Net()
    model.load_weights(load_weights(args.weights) if args.weights else start_weights(SEED))
    model.to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = {optimizer}
    rng = np.random.default_rng([SEED, 1])  # the engine's data stream
    steps = args.check if args.check is not None else args.steps
    losses = []
    for step in range(1, steps + 1):
        x, y, mask = batch(rng, BATCH)
        x = torch.as_tensor(x, dtype=DTYPE, device=device)
        y = torch.as_tensor(y, dtype={y_dtype}, device=device)
        mask = torch.as_tensor(mask, dtype=DTYPE, device=device)
        loss = update(model, optimizer, params, x, y, mask)
        if not math.isfinite(loss):
            print(f"diverged at step {{step}}: try a lower learning rate or clipping")
            break
        losses.append(loss)
        if args.check is None and (step == 1 or step % EVAL_EVERY == 0 or step == steps):
            print(f"step {{step:6d}}  loss {{loss:.5f}}")
    if args.save:
        torch.save(model.state_dict(), args.save)
    if args.check is not None:
        print(json.dumps({{"steps": len(losses), "losses": losses}}))


if __name__ == "__main__":
    main()
'''


_HEADER = '''"""Train a {layers}-layer {cell} network (hidden {hidden}) on the {task} task
with PyTorch: a program exported by RNN Studio {version}.

It trains like RNN Studio's engine: the same start weights (from the seed, or
--weights), the same batches, loss, optimizer, clipping and BPTT. For example:

    python {script} --device cuda     train on a GPU, printing the loss
    python {script} --check 50        the first 50 losses as JSON (last line)
    python {script} --save model.pt   keep the trained state_dict

Needs numpy and torch. The settings it was exported from:

    {settings}
"""

import argparse
import json
import math

import numpy as np
import torch
import torch.nn as nn
{functional}
# ---------------------------------------------------------------- settings
SEED = {seed}
HIDDEN, LAYERS = {hidden}, {layers}
N_IN, N_OUT = {n_in}, {n_out}  # inputs and outputs per time step
INIT, RECURRENT_SCALE, FORGET_BIAS = {init!r}, {recurrent_scale!r}, {forget_bias!r}
LR, BATCH, STEPS, EVAL_EVERY = {lr!r}, {batch}, {steps}, {eval_every}
CLIP, TRUNCATE = {clip!r}, {truncate}  # clipping: {clip_mode}; TRUNCATE 0 = full BPTT
WEIGHTS = {weights!r}  # start weights file, or None for the seed's
NP_DTYPE, DTYPE = np.{dtype}, torch.{dtype}
torch.set_default_dtype(DTYPE)
'''


def _header(cfg: Config, weights: str | None, n_in: int, n_out: int, script: str,
            functional: bool) -> str:
    from .. import __version__

    settings = json.dumps(cfg.to_dict(), indent=4).replace("\n", "\n    ")
    values = {**cfg.to_dict(), "version": __version__, "settings": settings, "n_in": n_in,
              "n_out": n_out, "weights": weights, "script": script,
              "functional": "import torch.nn.functional as F\n" if functional else ""}
    return _HEADER.format(**values)


def export_script(config: Config, weights: str | os.PathLike[str] | None = None,
                  script: str = "train_torch.py") -> str:
    """The source of a PyTorch program training `config` (see the module docstring).

    `weights`: an RNN Studio weights file the program starts from; it is checked here
    against the network and named in the program. Raises ConfigError naming the setting
    when the cell or task has no exporter, ValueError for a bad weights file."""
    from .interop import load_npz, load_state_dict
    from .model import Network
    from .tasks import make_task

    cell = cell_exporter(config.cell)
    if cell is None:
        raise ConfigError("cell", msg("{value!r} cannot be exported to PyTorch yet; exportable "
                                      "cells: {known}", value=config.cell,
                                      known=", ".join(exportable_cells())))
    task_writer = TASK_EXPORTERS.get(config.task)
    if task_writer is None:
        raise ConfigError("task", msg("{value!r} cannot be exported to PyTorch yet; exportable "
                                      "tasks: {known}", value=config.task,
                                      known=", ".join(TASK_EXPORTERS)))
    task = make_task(config)
    weights_path = None
    if weights is not None:
        net = Network(config, task.n_in, task.n_out, task.head)
        load_state_dict(net, load_npz(weights))  # a clear ValueError if it does not fit
        weights_path = str(Path(weights).resolve())
    tie = textwrap.indent(cell.tie(config), " " * 8)
    loss_words, loss_expr = LOSSES[task.head]
    parts = [
        _header(config, weights_path, task.n_in, task.n_out, script, "F." in loss_expr),
        "# ---------------------------------------------------------------- data\n"
        f"# {task.title}: batch(rng, size) -> x (T, B, N_IN), y, mask (T, B), all NumPy.\n"
        + task_writer(config),
        "# ---------------------------------------------------------------- start weights\n"
        + _COMMON_INIT,
        cell.init_layer,
        _START,
    ]
    parts.append("# ---------------------------------------------------------------- model\n"
                 + cell.module(config) + ("\n\n" if cell.module(config) else "")
                 + _NET.format(build=cell.build(config), tie=tie,
                             loss_words=loss_words, loss_expr=loss_expr,
                             clip=CLIPPING[config.clip_mode]).strip("\n") + "\n")
    y_dtype = "torch.long" if task.head == "softmax" else "DTYPE"
    parts.append(_MAIN.format(optimizer=OPTIMIZERS[config.optimizer],
                              y_dtype=y_dtype).strip("\n") + "\n")
    return "\n\n".join(p.rstrip("\n") + "\n" for p in parts)


def write_script(config: Config, path: str | os.PathLike[str],
                 weights: str | os.PathLike[str] | None = None) -> Path:
    """Write :func:`export_script` to `path` (temporary file, then rename)."""
    path = Path(path)
    atomic_write_text(path, export_script(config, weights, script=path.name))
    return path


def describe(config: Config) -> dict[str, Any]:
    """What the script builds, for a one-line JSON summary."""
    return {"cell": config.cell, "task": config.task, "optimizer": config.optimizer,
            "clip_mode": config.clip_mode, "truncate": config.truncate}
