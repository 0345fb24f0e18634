"""Shared pieces of the teaching panels: palette, fonts, export."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6 import QtWidgets

from ...engine.config import Config
from ..messages import Progress


class Panel(QtWidgets.QWidget):
    """Base of the four panels: reset / update_progress / export."""

    def reset(self, config: Config) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def update_progress(self, progress: Progress) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def export_items(self) -> list[pg.GraphicsItem | pg.GraphicsLayout]:
        """The scene item(s) written by export()."""
        return []

    def export(self, path: str) -> None:
        """Write the panel's plots to `path`: PNG or SVG by suffix."""
        from pyqtgraph import exporters

        suffix = Path(path).suffix.lower()
        items = self.export_items()
        if not items:
            raise ValueError("export: this panel has nothing to export")
        item = items[0]
        if suffix == ".svg":
            exporters.SVGExporter(item).export(str(path))
        elif suffix == ".png":
            exporters.ImageExporter(item).export(str(path))
        else:
            raise ValueError(f"export: {path!r}; expected a .png or .svg file name")
