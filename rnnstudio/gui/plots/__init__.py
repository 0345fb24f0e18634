"""The four teaching panels. Each is a QWidget with
``reset(config)``, ``update_progress(progress)`` and ``export(path)`` (.png / .svg)."""

from .gradflow import GradientFlowPlot
from .inside import InsideView
from .loss import LossPlot
from .prediction import PredictionView

__all__ = ["GradientFlowPlot", "InsideView", "LossPlot", "PredictionView"]
