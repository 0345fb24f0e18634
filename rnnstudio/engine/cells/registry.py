"""The cell registry: a cell describes itself, everything else reads the description.

Every module of the ``cells`` package that defines ``CELL`` (a :class:`CellInfo`)
registers that cell; the modules are found with :mod:`pkgutil`, so a new cell is one
new module here and needs no edit elsewhere. ``config.CELLS``, ``make_cell``, the
PyTorch interop, race, lessons, the GUI's panels, plots and teaching views and the
tests' parametrisation all read :func:`cells` and :func:`info`.

Strings (``title``, ``explanation``, gate and state descriptions) are English; the GUI
translates them (context ``"Cells"``), the command line prints them as they are.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class TorchLayout:
    """How a layer's parameters map to PyTorch's ``state_dict`` keys (interop.py).

    ``weight_ih = wx^T``, ``weight_hh = wh^T``, ``bias_ih = b`` and ``bias_hh = 0``, each
    with ``blocks`` gate blocks of H rows. ``recurrent_bias`` (GRU: ``("b_hn", 2)``) is a
    parameter that travels in that block of ``bias_hh`` instead; ``extras`` are per-unit
    vectors with keys of their own (peephole: ``("p_i", "peephole_i")``...). ``module``
    names the PyTorch module with this layout, "" when PyTorch has none."""

    blocks: int
    wx: str = "W_x"
    wh: str = "W_h"
    b: str = "b"
    recurrent_bias: tuple[str, int] | None = None
    extras: tuple[tuple[str, str], ...] = ()
    module: str = ""


@dataclass(frozen=True)
class CellInfo:
    """Everything the application knows about one kind of cell, declared once."""

    name: str  # the config value, "lstm"
    title: str  # name in the settings' menu, "Elman (simple RNN)"
    short: str  # name in legends and lane labels, "Elman"
    long_title: str  # heading of the equations view, "Long short-term memory (LSTM)"
    explanation: str  # one or two sentences for the model panel
    make: Callable[[Any], Any]  # config -> the fast cell (see base.Cell)
    reference: Callable[[Any], Any]  # fast cell -> its reference cell (reference.py)
    state_names: tuple[str, ...]
    gate_names: tuple[str, ...]
    torch: TorchLayout
    # what each state and gate is: "forget gate f_t (1 = keep the memory, 0 = erase it)";
    # the text before " (" names it in menus ("forget gate f_t")
    describe: dict[str, str] = field(default_factory=dict)
    tanh_gates: tuple[str, ...] = ()  # gates that are tanh candidates; the others are sigmoids
    # the unrolled view's equations of one step (HTML; {t} is the step, {s} the one before),
    # forward and backward; words-free, so they need no translation
    step_html: tuple[str, str] = ("", "")
    # the equations view's legend rows of this cell's own symbols (rich text), in the order
    # of its "legend" in resources/equations/sources.py after the rows all cells share
    legend: tuple[str, ...] = ()
    # the model panel's data-flow picture (gui/panels/diagram.py), plain data in its
    # 360 x 190 design space: nodes (key, x, y, text, kind[, w[, h]]) with kind io, state,
    # sigmoid, tanh or op; edges (points, dashed, label), a point a node key or (x, y)
    diagram: tuple[tuple, tuple, str] | None = None
    options: tuple[str, ...] = ()  # Config fields only this kind of cell reads
    # the candidate state's recurrent matrix, for the spectrum of the Jacobian view: the
    # parameter and the gate block in it (None: the whole matrix)
    recurrent_matrix: tuple[str, str | None] = ("W_h", None)
    # () -> export_torch.CellExporter: how the exported PyTorch script draws this cell's
    # start weights and builds its module (None: the exporter's own table, if any)
    torch_export: Callable[[], Any] | None = None
    order: int = 100  # place in menus

    @property
    def has_cell_state(self) -> bool:
        return "c" in self.state_names

    def short_description(self, name: str) -> str:
        """A state's or gate's name for menus: its description up to " (" ."""
        return self.describe.get(name, name).split(" (", 1)[0]

    def strings(self) -> list[str]:
        """Every English text of the descriptor, for the translation tools."""
        out = [self.title, self.short, self.long_title, self.explanation, *self.legend]
        if self.diagram is not None:
            out.append(self.diagram[2])
        for text in self.describe.values():
            out += [text, text.split(" (", 1)[0]]
        return out

    def param_shapes(self, n_in: int, n_h: int) -> dict[str, tuple[int, ...]]:
        """The shape of every parameter of one layer, as init_params makes them."""
        from ..config import Config

        cfg = Config(cell=self.name, hidden=n_h)
        params = self.make(cfg).init_params(n_in, n_h, np.random.default_rng(0), cfg,
                                            np.dtype(np.float64))
        return {k: v.shape for k, v in params.items()}


SKIP = frozenset({"base", "reference", "registry"})


@functools.cache
def _registry() -> MappingProxyType:
    package = __name__.rsplit(".", 1)[0]
    found: dict[str, CellInfo] = {}
    for mod in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if mod.name in SKIP or mod.name.startswith("_"):
            continue
        cell = getattr(importlib.import_module(f"{package}.{mod.name}"), "CELL", None)
        if isinstance(cell, CellInfo):
            if cell.name in found:
                raise RuntimeError(f"two cells are named {cell.name!r}")
            found[cell.name] = cell
    ordered = sorted(found.values(), key=lambda c: (c.order, c.name))
    return MappingProxyType({c.name: c for c in ordered})


def cells() -> tuple[CellInfo, ...]:
    """Every registered cell, in menu order."""
    return tuple(_registry().values())


def names() -> tuple[str, ...]:
    """The config values of every registered cell, in menu order."""
    return tuple(_registry())


def info(name: str) -> CellInfo:
    """The descriptor of cell `name`; ValueError naming the known cells otherwise."""
    try:
        return _registry()[name]
    except KeyError:
        raise ValueError(f"cell: {name!r}; expected one of {', '.join(names())}") from None


def with_option(option: str) -> tuple[str, ...]:
    """The cells that read Config field `option` (e.g. "forget_bias")."""
    return tuple(c.name for c in cells() if option in c.options)


def reference_for(cell: Any) -> Any:
    """The reference cell (reference.py) computing what the fast `cell` computes."""
    return info(cell.name).reference(cell)
