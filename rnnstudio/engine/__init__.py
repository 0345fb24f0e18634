"""RNN Studio's engine: NumPy and the standard library only (no Qt)."""

from .config import Config, ConfigError
from .model import Network
from .trainer import Controls, Snapshot, Trainer

__all__ = ["Config", "ConfigError", "Controls", "Network", "Snapshot", "Trainer"]
