"""How much memory a configuration needs, checked before anything large is allocated.

For ``L`` layers of ``H`` units with ``G`` gate blocks (Elman 1, GRU 3, LSTM 4), inputs
``n_in``, outputs ``n_out``, sequence length ``T``, batch ``B`` and ``s`` bytes a number::

    P      = sum_l G H (n_l + H + 1) + 3 L H + H n_out + n_out     parameters
    params = 6 P s          weights, gradients, last finite copy, optimizer m, v, scratch
    batch  = T B L H (5 G + 4) s + T B (n_in + 3 n_out) s
             (forward caches: gate pre-activations and activations, states and their
             nonlinearities, and BPTT's per-step gradients; inputs, logits, probabilities
             and dL/dz. Measured peaks: Elman 8, GRU 20, LSTM 24 numbers a unit and step.)

The estimate errs on the high side; a run that needs more than :data:`USABLE` of this
computer's memory is refused with a message naming the settings that lower it.
"""

from __future__ import annotations

import os
from typing import Any

from .config import Config, ConfigError
from .text import msg

GATE_BLOCKS = {"elman": 1, "gru": 3, "lstm": 4, "peephole": 4}
USABLE = 0.8  # of the physical memory
FALLBACK_TOTAL = 8 << 30  # when the operating system does not say


MAX_IO = 128  # more inputs or outputs than any task has (charlm: at most 96 characters)


def parameter_count(config: Config, n_in: int = MAX_IO, n_out: int = MAX_IO) -> int:
    """At most how many parameters the network of `config` has (exact but for the
    peephole/GRU extras, counted as 3 H a layer)."""
    G = GATE_BLOCKS.get(config.cell, 4)
    H, L = config.hidden, config.layers
    return sum(G * H * ((n_in if l == 0 else H) + H + 1) for l in range(L)) + 3 * L * H \
        + H * n_out + n_out


def needed_bytes(config: Config, n_in: int, n_out: int, seq_len: int) -> int:
    """Bytes one training update of `config` needs (parameters, optimizer state and one
    batch's forward and backward pass)."""
    G = GATE_BLOCKS.get(config.cell, 4)
    H, L, B, T = config.hidden, config.layers, config.batch, seq_len
    s = 4 if config.dtype == "float32" else 8
    params = 6 * parameter_count(config, n_in, n_out) * s
    batch = T * B * L * H * (5 * G + 4) * s + T * B * (n_in + 3 * n_out) * s
    return int(params + batch)


def total_memory() -> int:
    """This computer's physical memory in bytes."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, ValueError, OSError):
        return FALLBACK_TOTAL


def check_fits(config: Config, task: Any, limit: int | None = None) -> None:
    """ConfigError (naming the batch size, and what else to lower) if training `config` on
    `task` needs more than `limit` bytes (default: USABLE of the physical memory)."""
    seq_len = _seq_len(task, config)
    need = needed_bytes(config, int(task.n_in), int(task.n_out), seq_len)
    limit = int(total_memory() * USABLE) if limit is None else limit
    if need > limit:
        raise ConfigError("batch", msg(
            "needs about {need} of memory per update, more than the {have} usable here; "
            "lower batch, seq-len, hidden or layers", need=_size(need),
            have=_size(limit)))


def _seq_len(task: Any, config: Config) -> int:
    import numpy as np

    try:  # one sequence of the task tells its length (a fresh generator: nothing moves)
        return int(task.batch(np.random.default_rng(0), 1).x.shape[0])
    except Exception:  # noqa: BLE001 - an estimate: fall back to the setting
        return int(getattr(task, "seq_len", config.seq_len))


def _size(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GiB"  # pragma: no cover
