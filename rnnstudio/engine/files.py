"""Reading and writing the user's files safely: one bounded reader, one JSON parser and one
atomic writer for every file RNN Studio touches.

- :func:`read_bytes` / :func:`read_text` read regular files only (a FIFO, a device such
  as ``/dev/zero`` or a folder is refused without blocking), never more than a limit
  (counted while reading: a size of 0 from ``stat`` proves nothing), and turn every
  operating-system failure (missing file, name too long, NUL in the name...) into one
  error of the caller's type, naming the file.
- :func:`parse_json` turns everything :mod:`json` can throw (bad syntax, nesting too
  deep, integers too long to convert) into one such error.
- :func:`atomic_write_bytes` writes a temporary file beside the target and renames it,
  and removes its own stale temporary files left there by an earlier crash.
- :func:`shown` quotes and shortens a value echoed in a message.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .text import Msg, msg

try:
    import fcntl
except ImportError:  # Windows: stale files are recognised by age alone
    fcntl = None  # type: ignore[assignment]

MakeError = Callable[[Msg], Exception]
ECHO_MAX = 80  # characters of a user's value echoed in a message
TMP_MARK = ".rnnstudio."  # inside the name of every temporary file we write
UNLOCKED_SECONDS = 10.0  # an unlocked temporary file this old is a crash's leftover
STALE_SECONDS = 3600.0  # without file locks: a temporary file this old is a crash's leftover


class Shown(str):
    """A value as a message shows it: its repr, cut at ECHO_MAX characters, on one line.
    ``{value!r}`` and ``{value}`` both print that text (so templates stay as they are)."""

    def __repr__(self) -> str:
        return str(self)

    def __reduce__(self) -> tuple:
        return (Shown, (str(self),))


def shown(value: Any, limit: int = ECHO_MAX) -> Shown:
    """`value` quoted (repr: newlines and control characters escaped) and shortened."""
    if isinstance(value, Shown):
        return value
    if isinstance(value, _Name):  # keep both ends: the folder's start and the file name
        keep = limit - 1
        return Shown(value if len(value) <= limit else
                     value[:keep // 3] + "…" + value[len(value) - (keep - keep // 3):])
    try:
        if isinstance(value, str) and len(value) > 4 * limit:
            value = value[:4 * limit]  # repr of a 10 MB string is not needed to cut it
        text = repr(value)
    except ValueError:  # an integer too long to print
        text = f"<an integer of about {int.bit_length(value) * 0.30103:.0f} digits>"
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return Shown(text)


class _Name(str):
    """A file name shown as it is (no quotes) when it is printable."""


def name_shown(path: Any, limit: int = ECHO_MAX) -> Shown:
    """A file name for a message: as it is if printable, else quoted; shortened."""
    text = str(path)
    return shown(_Name(text) if text.isprintable() else text, limit)


def _reason(exc: OSError | ValueError) -> str:
    if isinstance(exc, ValueError):  # os functions: "embedded null byte"
        return str(exc)
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return str(exc.strerror or exc)


def read_bytes(path: str | os.PathLike[str], limit: int, error: MakeError) -> bytes:
    """The bytes of the regular file `path`, at most `limit` of them; otherwise
    ``error(message)`` is raised, the message naming the file and why."""
    where = name_shown(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0))
    except (OSError, ValueError, TypeError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise error(msg("file not found: {path}", path=where)) from None
        if isinstance(exc, IsADirectoryError):
            raise error(msg("{path} is a folder, not a file", path=where)) from None
        if isinstance(exc, TypeError):
            raise error(msg("{path} is not a file name", path=where)) from None
        raise error(msg("cannot read {path}: {reason}", path=where,
                        reason=_reason(exc))) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise error(msg("{path} is a folder, not a file", path=where))
        if not stat.S_ISREG(st.st_mode):
            raise error(msg("{path} is not a regular file (a device, pipe or socket)",
                            path=where))
        if st.st_size > limit:
            raise error(_too_big(where, st.st_size, limit))
        with contextlib.suppress(AttributeError, OSError):
            os.set_blocking(fd, True)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise error(_too_big(where, size, limit))
        return b"".join(chunks)
    except OSError as exc:
        raise error(msg("cannot read {path}: {reason}", path=where,
                        reason=_reason(exc))) from None
    finally:
        os.close(fd)


def _too_big(where: str, size: int, limit: int) -> Msg:
    return msg("{path} is larger than {limit:,} bytes (the most RNN Studio reads)", path=where,
               limit=limit)


def read_text(path: str | os.PathLike[str], limit: int, error: MakeError) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark is dropped)."""
    data = read_bytes(path, limit, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(msg("{path} is not UTF-8 text (byte 0x{byte:02x} at offset {offset})",
                        path=name_shown(path), byte=data[exc.start], offset=exc.start)) \
            from None


def parse_json(text: str | bytes, error: MakeError) -> Any:
    """``json.loads``, with every failure (syntax, nesting too deep, an integer too long
    to convert, a number out of float range) raised as ``error(message)``."""
    try:
        return json.loads(text, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise error(msg("not valid JSON ({error} at line {line})", error=exc.msg,
                        line=exc.lineno)) from None
    except RecursionError:
        raise error(msg("not valid JSON (nested too deeply)")) from None
    except (ValueError, UnicodeDecodeError):  # int digits limit, bad bytes, NaN words
        raise error(msg("not valid JSON (a number is too long or a value is not "
                        "allowed)")) from None


def _constant(word: str) -> Any:
    raise ValueError(word)  # NaN, Infinity, -Infinity are not JSON


# ----------------------------------------------------------------- writing
def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: the old file survives a
    failure. Our own temporary files for `path` left by a crash are removed first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TMP_MARK}", suffix=".tmp",
                               dir=path.parent)
    try:
        if fcntl is not None:  # held while writing: a locked temporary file is not stale
            with contextlib.suppress(OSError):  # no locks on this file system
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def remove_stale_temporaries(path: str | os.PathLike[str],
                             older_than: float = STALE_SECONDS) -> int:
    """Delete the temporary files that saving `path` leaves beside it if the program dies
    mid-write (``.<name>.rnnstudio.*.tmp``; ``.<name>.*.tmp`` from earlier versions). A
    save in progress holds a lock on its file and is left alone, and so is any file younger
    than UNLOCKED_SECONDS (where there are no file locks: than `older_than`). Never fails;
    returns how many were removed."""
    path = Path(path)
    prefix = f".{path.name}."
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except (OSError, ValueError):
        return 0
    for e in entries:
        if not (e.name.startswith(prefix) and e.name.endswith(".tmp")):
            continue
        try:
            st = e.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and _stale(e.path, now - st.st_mtime, older_than):
                os.unlink(e.path)
                removed += 1
        except OSError:
            continue
    return removed



def _stale(path: str, age: float, older_than: float) -> bool:
    if fcntl is None:
        return age > older_than
    if age < UNLOCKED_SECONDS:  # perhaps a save by a program that takes no lock
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError while a writer holds it
        return True
    finally:
        os.close(fd)
