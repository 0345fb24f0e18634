"""Settings panels generated from the declared Config specs, and the cell diagram."""

from .diagram import CellDiagram
from .form import SettingsForm, fields_of, relevant
from .model import ModelPanel
from .task import TaskPanel
from .training import TrainingPanel

__all__ = ["CellDiagram", "ModelPanel", "SettingsForm", "TaskPanel", "TrainingPanel",
           "fields_of", "relevant"]
