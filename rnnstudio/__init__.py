"""RNN Studio: build, train and look inside recurrent neural networks.

The Python API (everything is imported on first use, so ``import rnnstudio`` stays light
and never imports Qt)::

    import rnnstudio

    run = rnnstudio.train(task="addition", cell="lstm", hidden=16, steps=500)
    run.losses, run.metric("sum_accuracy"), run.to_pandas()
    run.save("adder.rnnstudio")
    run = rnnstudio.load("adder.rnnstudio")

- `train`, `load` and `Run`: see `rnnstudio.api`.
- `Config`: every setting of a run, checked (`rnnstudio.engine.config`).
- `Trainer`: the engine's training loop, a generator of snapshots
  (`rnnstudio.engine.trainer`).
- `export_torch`: write a PyTorch program for a config (`rnnstudio.engine.export_torch`).
"""

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


# The public API, imported lazily (PEP 562): name -> (module, attribute).
_API = {
    "Config": ("rnnstudio.engine.config", "Config"),
    "ConfigError": ("rnnstudio.engine.config", "ConfigError"),
    "Trainer": ("rnnstudio.engine.trainer", "Trainer"),
    "Run": ("rnnstudio.api", "Run"),
    "train": ("rnnstudio.api", "train"),
    "load": ("rnnstudio.api", "load"),
    "export_torch": ("rnnstudio.engine.export_torch", "write_script"),
}
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        import importlib

        module, attr = _API[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value  # later look-ups skip this function
        return value
    raise AttributeError(f"module 'rnnstudio' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
