"""RNN Studio: build, train and look inside recurrent neural networks."""

import os

# Our matrices are small (hidden sizes of 8 to 256): multi-threaded BLAS only adds
# synchronisation, up to 17x slower on a busy 2-core machine. One thread unless the
# user says otherwise. This must run before NumPy is first imported to take effect.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from importlib.metadata import PackageNotFoundError, version  # noqa: E402

try:
    __version__ = version("rnnstudio")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.1.0"
