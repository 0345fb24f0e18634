"""File → Export → PyTorch script: the current settings as a PyTorch training program
(rnnstudio/engine/export_torch.py), starting from the current weights or the seed's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..engine.config import ConfigError, atomic_write_bytes
from . import i18n


def add_to_menu(ws: Any, export_menu: QMenu) -> QAction:
    """The menu entry (ws: the window's Workspace)."""
    act = export_menu.addAction("")
    act.setObjectName("export_pytorch_script")
    name_action(act)
    act.triggered.connect(lambda _=False: ask(ws))
    return act


def name_action(act: QAction) -> None:
    """The entry's text and tooltip in the interface language."""
    act.setText(QCoreApplication.translate("TorchExport", "PyTorch script (.py)…"))
    act.setToolTip(QCoreApplication.translate(
        "TorchExport", "A Python program that trains this network with PyTorch exactly as "
                       "RNN Studio does (add --device cuda to run it on a GPU)"))


def ask(ws: Any) -> None:
    """Ask where to write the program, and whether it starts from the trained weights."""
    title = QCoreApplication.translate("TorchExport", "Export a PyTorch script")
    path, _ = QFileDialog.getSaveFileName(
        ws.w, title, str(Path(ws.last_dir) / "train_torch.py"),
        QCoreApplication.translate("TorchExport", "Python program (*.py)"))
    if not path:
        return
    ws.last_dir = str(Path(path).parent)
    with_weights = False
    history = getattr(ws, "history", None)
    if history is not None and history.steps:  # trained: offer its weights
        answer = QMessageBox.question(
            ws.w, title, QCoreApplication.translate(
                "TorchExport", "Start the program from the current weights? (No: from the "
                               "start weights the seed gives, so that its first losses match "
                               "this run's.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        with_weights = answer == QMessageBox.StandardButton.Yes
    export(ws, path, with_weights)


def weights_path(script: str | Path) -> Path:
    """Where the current weights go beside a script: train_torch.py -> train_torch.npz."""
    return Path(script).with_suffix(".npz")


def export(ws: Any, path: str | Path, with_weights: bool = False) -> bool:
    """Write the program for the window's settings to `path`; with `with_weights` also
    the current weights beside it, which the program then starts from."""
    import io

    import numpy as np

    from ..engine.export_torch import write_script

    path = Path(path)
    try:
        weights, config = None, ws.w.config
        if with_weights:
            got = ws.capture()
            if got is None:
                raise OSError(QCoreApplication.translate("TorchExport",
                                                         "the network could not be read"))
            buf = io.BytesIO()
            np.savez(buf, **got[0].weights)
            config = got[0].config  # the settings those weights were trained with
            weights = weights_path(path)
            atomic_write_bytes(weights, buf.getvalue())
        write_script(config, path, weights=weights)
    except (OSError, ValueError, ConfigError) as exc:
        ws._error(QCoreApplication.translate("TorchExport", "Could not export to {0}: {1}")
                  .format(str(path), getattr(exc, "strerror", None) or i18n.engine_text(exc)))
        return False
    ws.w.statusBar().showMessage(
        QCoreApplication.translate("TorchExport", "Saved {0}").format(str(path)), 4000)
    return True
