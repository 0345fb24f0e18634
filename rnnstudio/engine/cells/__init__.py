"""Recurrent cells (forward + exact BPTT), one module each, found by the registry.

Each cell module defines ``CELL``, its descriptor (registry.CellInfo); ``reference.py``
holds the readable step-by-step versions the fast cells are tested against.
"""

from __future__ import annotations

from typing import Any

from .base import Cell
from .elman import Elman


def make_cell(name: str, cfg: Any) -> Cell:
    """The cell a config asks for (ValueError naming the known cells otherwise)."""
    from .registry import info

    return info(name).make(cfg)


__all__ = ["Cell", "Elman", "make_cell"]
