"""Check the engine's backpropagation against finite differences.

For every parameter entry w the numerical derivative of the loss is the central
difference

    dL/dw ~ (L(w + eps) - L(w - eps)) / (2 eps)

computed in float64, and compared with the analytic gradient from BPTT. Per parameter
we report both norms, the largest absolute difference and the relative error

    ||a - n|| / max(||a|| + ||n||, TINY)

over the checked entries. In float64 with eps = 1e-6 a correct backward pass gives
relative errors around 1e-10..1e-8; a wrong one gives something near 1. A parameter
passes if its relative error is below TOLERANCE or every entry agrees to ABS_TOLERANCE.

The check never changes the network it is given: it works on a float64 copy of its
weights (so a float32 model can be checked too). The numerical derivative is always
that of the full loss; with ``truncate > 0`` the analytic side is the truncated BPTT
gradient, so the errors then show how far truncation is from the true gradient.

    checks = check_config(config)                        # fresh model, held-out batch
    checks = check_gradients(trainer.net, x, y, mask, max_per_param=20)
    for c in iter_check_gradients(net, x, y, mask, stop=event): ...   # one per parameter
"""

from __future__ import annotations

import copy
import dataclasses
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from .losses import loss_and_grad
from .model import Network

Array = np.ndarray

TOLERANCE = 1e-6  # relative error above which a parameter's gradient is flagged...
# ...unless every entry agrees to this absolute size: a central difference in float64 with
# eps = 1e-6 carries ~1e-10 of rounding, which dominates the relative error once training
# has made the gradients tiny (a trained adder: norms ~1e-4, relative errors ~2e-6).
ABS_TOLERANCE = 1e-8
TINY = 1e-20  # norms below this count as zero (both gradients zero: error 0)


@dataclass(frozen=True)
class ParamCheck:
    """How one parameter's analytic gradient compares with finite differences."""

    name: str  # e.g. "l0.W_h", "W_hy"
    shape: tuple[int, ...]
    analytic_norm: float  # ||a|| over the checked entries
    numeric_norm: float  # ||n|| over the checked entries
    max_abs_error: float  # max |a - n|
    relative_error: float  # ||a - n|| / max(||a|| + ||n||, TINY)
    entries: int = 0  # how many entries were checked (all, or a seeded sample)

    @property
    def ok(self) -> bool:
        return self.relative_error < TOLERANCE or self.max_abs_error < ABS_TOLERANCE


def _float64_copy(net: Network) -> Network:
    cfg = net.cfg
    if dataclasses.is_dataclass(cfg):
        cfg64 = dataclasses.replace(cfg, dtype="float64")
    else:
        cfg64 = copy.copy(cfg)
        cfg64.dtype = "float64"
    twin = Network(cfg64, net.n_in, net.n_out, net.head, rng=np.random.default_rng(0))
    twin.set_weights(net.params)
    return twin


def _loss(net: Network, x: Array, y: Array, mask: Array) -> float:
    z, _ = net.logits(x)
    return loss_and_grad(net.head, z, y, mask)[0]


def iter_check_gradients(net: Network, batch_x: Array, y: Array, mask: Array,
                         eps: float = 1e-6, truncate: int = 0,
                         max_per_param: int | None = None,
                         rng: np.random.Generator | None = None,
                         stop: threading.Event | None = None) -> Iterator[ParamCheck]:
    """Yield one :class:`ParamCheck` per parameter, in the network's order.

    ``max_per_param`` checks only that many entries of each parameter, chosen with
    ``rng`` (default: seeded, so repeated checks pick the same entries); None checks
    all. Setting ``stop`` ends the check after the current parameter."""
    if eps <= 0:
        raise ValueError(f"eps: {eps!r}; expected a positive number")
    if max_per_param is not None and max_per_param < 1:
        raise ValueError(f"max_per_param: {max_per_param!r}; expected None or at least 1")
    twin = _float64_copy(net)
    x = np.asarray(batch_x, dtype=np.float64)
    if twin.head != "softmax":
        y = np.asarray(y, dtype=np.float64)
    mask = np.asarray(mask)
    rng = rng if rng is not None else np.random.default_rng(0)
    twin.gradients(x, y, mask, truncate=truncate)
    analytic = {k: g.copy() for k, g in twin.grads.items()}
    for name, p in twin.params.items():
        if stop is not None and stop.is_set():
            return
        w = p.reshape(-1)  # a view into the flat buffer
        idx = np.arange(w.size)
        if max_per_param is not None and max_per_param < w.size:
            idx = np.sort(rng.choice(w.size, size=max_per_param, replace=False))
        numeric = np.empty(idx.size)
        for k, j in enumerate(idx):
            w_j = w[j]
            w[j] = w_j + eps
            plus = _loss(twin, x, y, mask)
            w[j] = w_j - eps
            minus = _loss(twin, x, y, mask)
            w[j] = w_j
            numeric[k] = (plus - minus) / (2.0 * eps)
        a = analytic[name].reshape(-1)[idx]
        a_norm = float(np.linalg.norm(a))
        n_norm = float(np.linalg.norm(numeric))
        diff = a - numeric
        yield ParamCheck(
            name=name,
            shape=tuple(p.shape),
            analytic_norm=a_norm,
            numeric_norm=n_norm,
            max_abs_error=float(np.abs(diff).max()) if diff.size else 0.0,
            relative_error=float(np.linalg.norm(diff)) / max(a_norm + n_norm, TINY),
            entries=int(idx.size),
        )


def check_gradients(net: Network, batch_x: Array, y: Array, mask: Array, eps: float = 1e-6,
                    truncate: int = 0, max_per_param: int | None = None,
                    rng: np.random.Generator | None = None) -> list[ParamCheck]:
    """Compare the analytic gradient of every parameter of ``net`` on one batch
    (x (T, B, n_in), y, mask (T, B)) with central differences; see the module doc."""
    return list(iter_check_gradients(net, batch_x, y, mask, eps=eps, truncate=truncate,
                                     max_per_param=max_per_param, rng=rng))


def prepare_check(config: Any, batch_size: int = 3,
                  seq_len: int | None = None) -> tuple[Network, Any]:
    """A float64 network initialised as a training run of ``config`` would be, and the
    first ``batch_size`` held-out sequences of its task.

    ``seq_len`` overrides the sequence length for tasks that have that setting
    (detection, charlm, adding, forecast); other tasks keep their own length."""
    from .config import specs
    from .tasks import make_task

    if batch_size < 1:
        raise ValueError(f"batch_size: {batch_size!r}; expected at least 1")
    changes: dict[str, Any] = {"dtype": "float64"}
    if seq_len is not None and config.task in specs()["seq_len"].tasks:
        changes["seq_len"] = seq_len
    cfg = config.replace(**changes)
    task = make_task(cfg)
    net = Network(cfg, task.n_in, task.n_out, task.head,
                  rng=np.random.default_rng([cfg.seed, 0]))
    batch = task.heldout().take(slice(0, batch_size))
    return net, batch


def iter_check_config(config: Any, batch_size: int = 3, seq_len: int | None = None,
                      max_per_param: int | None = None,
                      stop: threading.Event | None = None) -> Iterator[ParamCheck]:
    """:func:`check_config` one parameter at a time, stoppable (for a worker thread)."""
    net, b = prepare_check(config, batch_size, seq_len)
    yield from iter_check_gradients(net, b.x, b.y, b.mask, max_per_param=max_per_param,
                                    stop=stop)


def check_config(config: Any, batch_size: int = 3, seq_len: int | None = None,
                 max_per_param: int | None = None) -> list[ParamCheck]:
    """Gradient check of a fresh float64 model of ``config`` on held-out data of its
    task (full BPTT). Use ``max_per_param`` to keep big models quick."""
    return list(iter_check_config(config, batch_size, seq_len, max_per_param))
