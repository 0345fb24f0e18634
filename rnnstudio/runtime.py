"""Process set-up for the app and the command line (not for library use)."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters
_M_MMAP_THRESHOLD = -3


def tune_allocator() -> bool:
    """Keep freed training buffers in the process instead of returning them to the OS.

    Each update allocates and frees the same few (T, B, H) arrays; glibc's default
    thresholds unmap them every time (≈ 800 page faults per LSTM update, a third of
    its time). Raising both thresholds keeps them for reuse. glibc only; harmless
    elsewhere. Returns True if applied."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    ok = mallopt(_M_MMAP_THRESHOLD, 64 << 20) == 1
    ok &= mallopt(_M_TRIM_THRESHOLD, 256 << 20) == 1
    return bool(ok)
