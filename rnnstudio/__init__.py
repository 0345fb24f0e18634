"""RNN Studio: build, train and look inside recurrent neural networks."""

import os

# The one place BLAS threads are set (app, command line, training process, tests).
# Our matrices are small (hidden sizes of 8 to 256): multi-threaded BLAS only adds
# synchronisation, up to 17x slower on a busy 2-core machine, and in the app a thread
# pool fought the window for the cores (2-3x slower training). One thread unless the
# user says otherwise. This runs before NumPy is first imported (every module of the
# package imports this first), which it must to take effect; a spawned training process
# inherits the environment.
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
for _var in BLAS_ENV:
    os.environ.setdefault(_var, "1")

from importlib.metadata import PackageNotFoundError, version  # noqa: E402


def _version() -> str:
    """The version, from one place: pyproject.toml (via the installed metadata)."""
    try:
        return version("rnnstudio")
    except PackageNotFoundError:  # a source tree that was never installed
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _version()
