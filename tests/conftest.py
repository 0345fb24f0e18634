"""Shared test set-up: single-threaded BLAS (as the app runs) and no display needed."""

import os

import rnnstudio  # noqa: F401  (sets BLAS threads, in its one place, before NumPy loads)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
