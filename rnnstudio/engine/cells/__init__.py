"""Recurrent cells: Elman, LSTM, peephole LSTM, GRU (forward + exact BPTT)."""

from __future__ import annotations

from typing import Any

from .base import Cell
from .elman import Elman


def make_cell(name: str, cfg: Any) -> Cell:
    """The cell a config asks for."""
    if name == "elman":
        return Elman(cfg.activation)
    if name == "lstm":
        from .lstm import LSTM

        return LSTM()
    if name == "peephole":
        from .peephole import PeepholeLSTM

        return PeepholeLSTM()
    if name == "gru":
        from .gru import GRU

        return GRU()
    raise ValueError(f"cell: {name!r}; expected one of elman, lstm, peephole, gru")


__all__ = ["Cell", "Elman", "make_cell"]
