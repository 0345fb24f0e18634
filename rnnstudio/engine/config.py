"""One frozen configuration for a training run, with every setting declared once.

Each field of :class:`Config` carries a :class:`Spec` in its metadata: label, help text,
allowed range or choices and the panel it belongs to. The command line, the desktop
app's widgets and the JSON files all read these specs, so a setting is defined here
and nowhere else.
"""

from __future__ import annotations

import dataclasses
import difflib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cells import registry as _cells
from .files import atomic_write_bytes, atomic_write_text, name_shown, parse_json, read_text, shown
from .text import Msg, msg

__all__ = ["Config", "ConfigError", "Spec", "atomic_write_bytes", "atomic_write_text", "check",
           "coerce", "default_preset", "describe_allowed", "field_type", "live_fields", "specs"]

CONFIG_VERSION = 1
MAX_CONFIG_BYTES = 1 << 20  # a config.json is ~1 kB

CELLS = _cells.names()  # every cell module that declares a CELL (cells/registry.py)
TASKS = ("addition", "detection", "charlm", "recall", "adding", "forecast", "classify")
ACTIVATIONS = ("tanh", "sigmoid", "relu")
INITS = ("uniform", "glorot", "orthogonal", "zeros")
OPTIMIZERS = ("sgd", "momentum", "rmsprop", "adam")
CLIP_MODES = ("none", "norm", "value")
BIT_LOSSES = ("bce", "mse")
DTYPES = ("float32", "float64")
SERIES = ("sine", "arma")


class ConfigError(ValueError):
    """A setting has a value outside what it allows; the message names both."""

    def __init__(self, name: str, message: str):  # message: a text.Msg where possible
        super().__init__(f"{name}: {message}")
        self.field = name
        self.reason = message  # a text.Msg when the GUI can translate it


@dataclass(frozen=True)
class Spec:
    """How one setting is shown, checked and explained."""

    label: str
    help: str
    group: str  # "model" | "task" | "training"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()  # task-specific option: shown only for these tasks
    cells: tuple[str, ...] = ()  # cell-specific option: shown only for these cells
    optional: bool = False  # None allowed (e.g. no stop condition)
    step: float | None = None  # GUI increment for numbers
    decimals: int = 4
    live: bool = False  # a running network takes it from its next update (shapes unchanged)


def _f(default: Any, **spec: Any) -> Any:
    return field(default=default, metadata={"spec": Spec(**spec)})


@dataclass(frozen=True)
class Config:
    """Everything that defines a run. Same seed and config give the same weights."""

    # --- model -----------------------------------------------------------------
    cell: str = _f("elman", label="Cell", group="model", choices=CELLS,
                   help="The recurrent unit: Elman (simple RNN), LSTM, LSTM with peephole "
                        "connections, or GRU. Gated cells keep gradients alive over long gaps.")
    hidden: int = _f(16, label="Hidden units", group="model", minimum=1, maximum=1024,
                     help="Size of the hidden state h_t: the network's memory. More units "
                          "learn more but train slower.")
    layers: int = _f(1, label="Layers", group="model", minimum=1, maximum=4,
                     help="Stacked recurrent layers; each reads the hidden states of the "
                          "one below.")
    activation: str = _f("tanh", label="Activation", group="model", choices=ACTIVATIONS,
                         cells=_cells.with_option("activation"),
                         help="Elman's nonlinearity phi in "
                              "h_t = phi(x_t W_xh + h_{t-1} W_hh + b_h). "
                              "Sigmoid is Trask's choice; tanh is zero-centred; ReLU can explode.")
    init: str = _f("glorot", label="Initialiser", group="model", choices=INITS,
                   help="Starting weights: uniform(-1, 1) as in Trask's adder, Glorot (scaled "
                        "to the layer's size), orthogonal recurrent weights, or all zeros "
                        "(a broken start: every hidden unit stays the same).")
    recurrent_scale: float = _f(1.0, label="Recurrent scale", group="model", minimum=0.01,
                                maximum=20.0, step=0.1, decimals=2,
                                help="Multiplies the initial recurrent weights. Large values make "
                                     "gradients explode, small ones make them vanish.")
    forget_bias: float = _f(1.0, label="Forget-gate bias", group="model", minimum=-5.0,
                            maximum=10.0, step=0.5, decimals=2,
                            cells=_cells.with_option("forget_bias"),
                            help="Initial bias of the LSTM forget gate. Positive values start "
                                 "the cell remembering, which helps long dependencies.")
    bit_loss: str = _f("bce", label="Bit loss", group="model", choices=BIT_LOSSES,
                       tasks=("addition", "detection"),
                       help="Loss on sigmoid outputs: binary cross-entropy, or squared error "
                            "as in the seeds' binary adder.")
    # --- task ------------------------------------------------------------------
    task: str = _f("addition", label="Task", group="task", choices=TASKS,
                   help="What the network learns from sequences.")
    bits: int = _f(8, label="Bits", group="task", minimum=2, maximum=32, tasks=("addition",),
                   help="Length of the binary numbers added, least significant bit first.")
    word: str = _f("udacity", label="Target word", group="task", tasks=("detection",),
                   help="Lower-case word to flag in a stream of random letters.")
    corpus: str = _f("", label="Corpus", group="task", tasks=("charlm",),
                     help="UTF-8 text file to learn from; empty uses the bundled Shakespeare.")
    temperature: float = _f(0.8, label="Temperature", group="task", minimum=0.05, maximum=5.0,
                            live=True,
                            step=0.05, decimals=2, tasks=("charlm",),
                            help="Sampling temperature: low is safe and repetitive, high is "
                                 "creative and noisy.")
    delay: int = _f(20, label="Delay k", group="task", minimum=1, maximum=100, tasks=("recall",),
                    help="How many steps the network must hold a symbol before recalling it.")
    seq_len: int = _f(50, label="Sequence length", group="task", minimum=2, maximum=1000,
                      tasks=("detection", "charlm", "adding", "forecast"),
                      help="Time steps per training sequence (BPTT length).")
    series: str = _f("sine", label="Series", group="task", choices=SERIES, tasks=("forecast",),
                     help="Noisy sine wave, or an ARMA(2, 1) process.")
    noise: float = _f(0.05, label="Noise", group="task", minimum=0.0, maximum=2.0, step=0.01,
                      decimals=3, tasks=("forecast",),
                      help="Standard deviation of the noise added to the series.")
    data: str = _f("", label="Data file", group="task", tasks=("forecast", "classify"),
                   help="A CSV file of your own (comma, tab or semicolon separated): for "
                        "forecasting, numeric columns (a header line and a date column are "
                        "optional); for classification, label and sequence per row (or a "
                        "folder of one text file per class). Empty uses the built-in data.")
    column: int = _f(1, label="Column", group="task", minimum=1, maximum=1000,
                     tasks=("forecast",),
                     help="Which column of the data file to forecast, counting numeric "
                          "columns from 1 (a date or year column is skipped).")
    # --- training --------------------------------------------------------------
    optimizer: str = _f("adam", live=True, label="Optimizer", group="training", choices=OPTIMIZERS,
                        help="How gradients become weight changes. Momentum (mu = 0.9) is "
                             "PyTorch's SGD form b = mu b + g, p -= lr b; RMSprop uses "
                             "rho = 0.9 (PyTorch's default is 0.99).")
    lr: float = _f(0.01, label="Learning rate", group="training", minimum=1e-6, maximum=10.0,
                   live=True,
                   step=0.001, decimals=6,
                   help="Step size of each update. Too high diverges; too low crawls.")
    batch: int = _f(32, label="Batch size", group="training", minimum=1, maximum=4096,
                    help="Sequences averaged per update: larger is smoother, smaller is noisier.")
    steps: int = _f(2000, label="Update budget", group="training", minimum=1, maximum=10_000_000,
                    live=True,
                    help="Stop after this many updates.")
    until_metric: float | None = _f(None, live=True, label="Stop at metric", group="training",
                                    optional=True, minimum=-1e9, maximum=1e9,
                                    help="Stop as soon as the held-out metric reaches this "
                                         "value (the app pauses there; Resume trains on past it).")
    clip_mode: str = _f("norm", live=True, label="Clipping", group="training", choices=CLIP_MODES,
                        help="Gradient clipping: rescale by global norm, cut each value, or none.")
    clip: float = _f(5.0, label="Clip threshold", group="training", minimum=1e-6, maximum=1e6,
                     live=True,
                     step=0.5, decimals=3,
                     help="Largest global gradient norm (or value) allowed per update.")
    truncate: int = _f(0, label="Truncate BPTT", group="training", minimum=0, maximum=1000,
                       live=True,
                       help="Backpropagate through windows of k steps (0 = the whole sequence). "
                            "The hidden state still carries across windows.")
    eval_every: int = _f(50, live=True, label="Evaluate every", group="training", minimum=1,
                         maximum=100_000, help="Updates between held-out evaluations.")
    dtype: str = _f("float32", label="Precision", group="training", choices=DTYPES,
                    live=True,
                    help="float32 trains faster; float64 is for gradient checks. A running "
                         "network is converted from its next update.")
    seed: int = _f(0, label="Seed", group="training", minimum=0, maximum=2**31 - 1,
                   help="Seeds weights and data: the same seed gives the same run.")

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            check(f.name, getattr(self, f.name))

    # ------------------------------------------------------------------ helpers
    def replace(self, **changes: Any) -> Config:
        """A copy with some fields changed (validated)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {"version": CONFIG_VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        if not isinstance(data, dict):
            raise ConfigError("config", msg("must be a JSON object of settings"))
        data = dict(data)
        version = data.pop("version", CONFIG_VERSION)
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ConfigError("version", msg("{version!r} is not valid; expected a whole "
                                             "number from 1 to {latest}", version=shown(version),
                                             latest=CONFIG_VERSION))
        if version > CONFIG_VERSION:
            raise ConfigError("version", msg("{version!r} is newer than this RNN Studio "
                                             "understands (≤ {latest})",
                                             version=shown(version), latest=CONFIG_VERSION))
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise unknown_setting(unknown[0])
        for k, v in data.items():  # a file holds typed values: no numbers as text
            if isinstance(v, str) and field_type(k) is not str:
                raise ConfigError(k, msg("{value!r} is not valid; expected {allowed}",
                                         value=shown(v), allowed=describe_allowed(k)))
        return cls(**{k: coerce(k, v) for k, v in data.items()})

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Config:
        return cls.from_dict(parse_json(text, lambda reason: ConfigError("config", reason)))

    def save(self, path: str | os.PathLike[str]) -> None:
        atomic_write_text(Path(path), self.to_json())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Config:
        text = read_text(path, MAX_CONFIG_BYTES, lambda reason: ConfigError("config", reason))
        try:
            return cls.from_json(text)
        except ConfigError as exc:
            if exc.field != "config":
                raise
            raise ConfigError("config", msg("{path}: {reason}", path=name_shown(path),
                                            reason=exc.reason)) from None


def default_preset() -> Config:
    """The app's default settings, shared by the window (what it opens with the first
    time, Settings → Default preset) and ``rnnstudio train`` (its option defaults):
    Trask's binary adder, an Elman network with 16 sigmoid units and uniform(-1, 1)
    weights, trained with Adam.

    Learning rate 0.05: over 30 seeds it reached 100 % held-out whole-sum accuracy in a
    median of 150 updates (max 370), against 200 (max 310) at 0.03 and 140 (max 310)
    at 0.1; 0.05 leaves headroom for a learner to raise it and watch what happens."""
    return Config().replace(task="addition", cell="elman", hidden=16, activation="sigmoid",
                            init="uniform", lr=0.05)


def live_fields() -> frozenset[str]:
    """Settings a running network takes from its next update without being rebuilt
    (``Trainer.reconfigure``); any other change needs a new network."""
    return frozenset(name for name, spec in specs().items() if spec.live)


def specs() -> dict[str, Spec]:
    """Every setting's spec, in declaration order."""
    return {f.name: f.metadata["spec"] for f in dataclasses.fields(Config)}


def field_type(name: str) -> type:
    t = {f.name: f.type for f in dataclasses.fields(Config)}[name]
    t = str(t)
    if t.startswith("int"):
        return int
    if t.startswith("float"):
        return float
    return str


def describe_allowed(name: str) -> Msg:
    """What setting `name` accepts, in words ("an integer from 2 to 32")."""
    s = specs()[name]
    if s.choices:
        return msg("one of {choices}", choices=", ".join(s.choices))
    if field_type(name) is str:
        if name == "word":
            return msg("1 to 20 lower-case letters a-z")
        if name == "corpus":
            return msg("the name of a UTF-8 text file, or nothing for the bundled text")
        if name == "data":
            return msg("the name of a CSV file, or nothing for the built-in data")
        return msg("text")
    whole = field_type(name) is int
    if s.minimum is not None and s.maximum is not None:
        lo, hi = _num(s.minimum), _num(s.maximum)
        if whole:
            return msg("an integer from {lo} to {hi}", lo=lo, hi=hi)
        return msg("a number from {lo} to {hi}", lo=lo, hi=hi)
    return msg("an integer") if whole else msg("a number")


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def unknown_setting(name: Any) -> ConfigError:
    """The error for a setting that does not exist (its name quoted and shortened)."""
    names = list(specs())
    field = name if isinstance(name, str) and name.isidentifier() and len(name) <= 40 \
        else "config"
    close = difflib.get_close_matches(name, names, n=1) if isinstance(name, str) else []
    if close:
        return ConfigError(field, msg("unknown setting {name!r}; did you mean {close!r}?",
                                      name=shown(name, 40), close=close[0]))
    return ConfigError(field, msg("unknown setting {name!r} (the settings are those of "
                                  "--help)", name=shown(name, 40)))


def coerce(name: str, value: Any) -> Any:
    """Turn text or JSON values into the field's type, or raise ConfigError."""
    if name not in specs():
        raise unknown_setting(name)
    s = specs()[name]
    if value is None or (s.optional and value in ("", "none", "None")):
        return None
    t = field_type(name)
    try:
        if t is int:
            if isinstance(value, bool):
                raise ValueError
            if isinstance(value, float) and not value.is_integer():
                raise ValueError
            return int(value) if not isinstance(value, str) else int(value.strip())
        if t is float:
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if not isinstance(value, str):
            raise ValueError
        return value
    except (TypeError, ValueError, OverflowError):
        raise ConfigError(name, msg("{value!r} is not valid; expected {allowed}",
                                    value=_echo(value, name),
                                    allowed=describe_allowed(name))) from None


def _echo(value: Any, name: str) -> Any:
    """The refused value, quoted and shortened to the room the allowed values leave on a
    line of at most 200 characters (with the program's and the setting's names)."""
    return shown(value, max(24, min(80, 120 - len(describe_allowed(name)))))


def check(name: str, value: Any) -> None:
    """Raise ConfigError if `value` is not allowed for setting `name`."""
    s = specs()[name]
    if value is None:
        if s.optional:
            return
        raise ConfigError(name, msg("a value is required: {allowed}",
                                    allowed=describe_allowed(name)))
    t = field_type(name)
    if t is int and (not isinstance(value, int) or isinstance(value, bool)):
        raise ConfigError(name, msg("{value!r} is not valid; expected {allowed}",
                                    value=_echo(value, name), allowed=describe_allowed(name)))
    if t is str and not isinstance(value, str):  # argparse gives [] for "--word=--"
        raise ConfigError(name, msg("{value!r} is not valid; expected {allowed}",
                                    value=_echo(value, name), allowed=describe_allowed(name)))
    if t is float:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(name, msg("{value!r} is not valid; expected {allowed}",
                                        value=_echo(value, name), allowed=describe_allowed(name)))
        if not math.isfinite(value):
            raise ConfigError(name, msg("{value!r} is not a finite number; expected {allowed}",
                                        value=_echo(value, name), allowed=describe_allowed(name)))
    if s.choices and value not in s.choices:
        raise ConfigError(name, msg("{value!r} is not allowed; expected {allowed}",
                                    value=_echo(value, name), allowed=describe_allowed(name)))
    if t in (int, float) and (
        (s.minimum is not None and value < s.minimum)
        or (s.maximum is not None and value > s.maximum)
    ):
        raise ConfigError(name, msg("{value!r} is out of range; expected {allowed}",
                                    value=_echo(value, name), allowed=describe_allowed(name)))
    if name == "word" and not (value.isascii() and value.isalpha() and value.islower()
                               and 1 <= len(value) <= 20):
        raise ConfigError(name, msg("{value!r} is not allowed; expected {allowed}",
                                    value=_echo(value, name), allowed=describe_allowed(name)))
