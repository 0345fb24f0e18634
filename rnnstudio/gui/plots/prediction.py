"""PredictionView (skeleton: interface only, filled in next)."""

from __future__ import annotations

from ...engine.config import Config
from ..messages import Progress
from .common import Panel


class PredictionView(Panel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)

    def reset(self, config: Config) -> None:
        pass

    def update_progress(self, progress: Progress) -> None:
        pass
