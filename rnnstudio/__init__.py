"""RNN Studio: build, train and look inside recurrent neural networks."""

import os

# Our matrices are small (hidden sizes of 8 to 256): multi-threaded BLAS only adds
# synchronisation, up to 17x slower on a busy 2-core machine. One thread unless the
# user says otherwise. This must run before NumPy is first imported to take effect.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
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
