"""Experiment files: one ``.rnnstudio`` file holds a run so that it can be reopened and
trained on exactly as if it had never been closed.

The file is a zip archive with these members (no others)::

    state.json     format name and version, the trainer's update count, live learning
                   rate, latest held-out figures and both random streams (data, samples),
                   plus the app's view settings ("ui": e.g. hidden controls, the
                   gradient heat map; keys a version does not know are ignored)
    config.json    the Config (Config.to_json)
    weights.npz    the weights in PyTorch's state_dict layout (engine.interop)
    optimizer.npz  the optimizer's buffers (Optimizer.state(): t, m, v)
    metrics.csv    the training history: step, loss, grad_norm, grad_norm_clipped, lr,
                   then the task's held-out metrics on evaluation steps (as `rnnstudio
                   train --out` writes it)
    notes.md       the user's notes (UTF-8 Markdown)

Saving writes a temporary file and renames it (``files.atomic_write_bytes``): a failure
during the write leaves the previous file as it was. Opening reads the file with the
bounded reader (``files.read_bytes``: regular files only), checks everything before
anything is used and raises :class:`ExperimentError` with a readable message on a
damaged, truncated, wrong-version or hostile file (members larger than their config can
need or over-compressed, paths with ``..``, unexpected members, JSON nested too deeply,
pickled or absurdly shaped arrays, weights that do not fit the config).

Format version 2 (version 1 files open too): momentum's buffer holds gradients, as in
PyTorch (version 1 kept steps, ``v = -lr b``).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import math
import os
import tempfile
import zipfile
import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import numpy as np

from .config import Config, ConfigError
from .files import (
    atomic_write_bytes,
    name_shown,
    parse_json,
    read_bytes,
    remove_stale_temporaries,
    shown,
)
from .interop import MAX_DIM, MAX_ELEMENTS, META_KEY, read_npy_header, to_state_dict
from .memory import parameter_count
from .text import msg
from .trainer import Snapshot, Trainer

Array = np.ndarray

FORMAT = "rnnstudio-experiment"
VERSION = 2  # 2: momentum's buffer holds gradients (PyTorch's form), not steps
SUFFIX = ".rnnstudio"

# The members and the most each may hold once uncompressed (bytes). The largest
# network the settings allow (4 LSTM layers of 1024 units) has ~34 M parameters:
# 270 MB of weights in float64 and twice that of Adam buffers.
LIMITS = {
    "state.json": 1 << 20,
    "config.json": 1 << 20,
    "notes.md": 4 << 20,
    "metrics.csv": 512 << 20,
    "weights.npz": 512 << 20,
    "optimizer.npz": 1 << 30,
}
REQUIRED = ("state.json", "config.json", "weights.npz", "optimizer.npz")
MAX_TOTAL = 2 << 30  # all members together
MAX_RATIO = 1100  # uncompressed / compressed: deflate cannot exceed ~1032 to 1
MAX_ARCHIVE_MEMBERS = 64  # before looking at names at all
BASE_COLUMNS = ("step", "loss", "grad_norm", "grad_norm_clipped", "lr")


class ExperimentError(ValueError):
    """The file cannot be opened (or saved); the message (a text.Msg) says why, for the
    user."""


def _why(exc: BaseException) -> str:
    """An exception's text for a longer message, still translatable if it was a Msg."""
    if isinstance(exc, ConfigError):
        return msg("{field}: {reason}", field=exc.field, reason=exc.reason)
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


# ================================================================= history
def applied_update(snap: Snapshot) -> bool:
    """Whether a snapshot reports an update that changed the weights: the one rule the
    curves, the history and metrics.csv share. "stopped", "diverged" (an update refused
    because its loss or gradients were not finite) and "ready" snapshots are not."""
    return (snap.status in ("running", "done", "goal") and math.isfinite(snap.loss)
            and math.isfinite(snap.grad_norm))


def _csv_row(step: int, base: tuple[float, float, float, float] | None,
             metrics: Mapping[str, float], names: Iterable[str]) -> list[str]:
    """One metrics.csv row: step, loss, both norms and lr (empty for an evaluation
    without an update), then the metrics in `names` (empty where absent)."""
    head = [str(step), *(repr(float(v)) for v in base)] if base is not None \
        else [str(step), "", "", "", ""]
    return [*head, *[repr(float(metrics[k])) if k in metrics else "" for k in names]]


class MetricsCsv:
    """metrics.csv written while training runs (``rnnstudio train --out``): the same rows
    as :meth:`History.to_csv`, streamed to a temporary file that :meth:`close` renames
    into place (or :meth:`abort` removes)."""

    def __init__(self, path: str | os.PathLike[str], metric_names: Iterable[str]):
        self.path = Path(path)
        self.names = list(metric_names)
        remove_stale_temporaries(self.path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.rnnstudio.", suffix=".tmp",
                                        dir=self.path.parent)
        os.chmod(self.tmp, 0o644)
        self.fh = open(fd, "w", newline="", encoding="utf-8")  # noqa: SIM115 (close())
        self.w = csv.writer(self.fh, lineterminator="\n")
        self.w.writerow([*BASE_COLUMNS, *self.names])

    def add(self, snap: Snapshot) -> None:
        """A row for an applied update (with its metrics) or for an evaluation alone."""
        m = snap.metrics or {}
        if applied_update(snap):
            self.w.writerow(_csv_row(snap.step, (snap.loss, snap.grad_norm,
                                                 snap.grad_norm_clipped, snap.lr), m,
                                     self.names))
        elif snap.metrics is not None:
            self.w.writerow(_csv_row(snap.step, None, m, self.names))

    def keep(self, rows: Iterable[list[str]]) -> None:
        """Rows of an earlier metrics.csv with these columns (a resumed run's past)."""
        self.w.writerows(rows)

    def close(self) -> None:
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.fh.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)


class History:
    """The training history of one run: a row per applied update, and the held-out
    metrics of evaluation steps. Columnar; cheap to append to from the GUI thread."""

    def __init__(self, metric_names: Iterable[str] = ()):
        self.metric_names: list[str] = list(metric_names)
        # Typed arrays, not lists: 8 bytes a value instead of ~32 (a long demo run keeps
        # hundreds of thousands of rows).
        self.steps = array("q")
        self.losses = array("d")
        self.grad_norms = array("d")
        self.grad_norms_clipped = array("d")
        self.lrs = array("d")
        self.evals: dict[int, dict[str, float]] = {}

    def __len__(self) -> int:
        return len(self.steps)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, History):
            return NotImplemented
        return self.to_csv() == other.to_csv()

    def copy(self) -> History:
        h = History(self.metric_names)
        h.steps, h.losses = self.steps[:], self.losses[:]
        h.grad_norms, h.grad_norms_clipped = self.grad_norms[:], self.grad_norms_clipped[:]
        h.lrs = self.lrs[:]
        h.evals = {k: dict(v) for k, v in self.evals.items()}
        return h

    def until(self, step: int) -> History:
        """A copy holding the updates and evaluations up to `step` (inclusive)."""
        h = self.copy()
        keep = sum(1 for s in h.steps if s <= step)
        h.steps, h.losses = h.steps[:keep], h.losses[:keep]
        h.grad_norms, h.grad_norms_clipped = h.grad_norms[:keep], h.grad_norms_clipped[:keep]
        h.lrs = h.lrs[:keep]
        h.evals = {k: v for k, v in h.evals.items() if k <= step}
        return h

    # ---------------------------------------------------------------- adding
    def add_update(self, step: int, loss: float, grad_norm: float, grad_norm_clipped: float,
                   lr: float) -> None:
        self.steps.append(int(step))
        self.losses.append(float(loss))
        self.grad_norms.append(float(grad_norm))
        self.grad_norms_clipped.append(float(grad_norm_clipped))
        self.lrs.append(float(lr))

    def add_eval(self, step: int, metrics: Mapping[str, float]) -> None:
        for name in metrics:
            if name not in self.metric_names:
                self.metric_names.append(name)
        self.evals[int(step)] = {k: float(v) for k, v in metrics.items()}

    def add_snapshot(self, snap: Snapshot) -> None:
        """One engine snapshot: applied updates become rows (:func:`applied_update`, the
        rule the app and the command line share)."""
        if applied_update(snap):
            self.add_update(snap.step, snap.loss, snap.grad_norm, snap.grad_norm_clipped,
                            snap.lr)
        if snap.metrics is not None:
            self.add_eval(snap.step, snap.metrics)

    def extend(self, steps: Sequence[int], losses: Sequence[float],
               grad_norms: Sequence[float], grad_norms_clipped: Sequence[float], lr: float,
               evals: Iterable[tuple[int, Mapping[str, float]]] = ()) -> None:
        """Many updates at once (the app's folded progress messages): column by column,
        not a Python call per update (the window takes ~6,000 a second from the adder)."""
        columns = (self.steps, self.losses, self.grad_norms, self.grad_norms_clipped)
        values = [np.asarray(v, dtype=np.int64 if c.typecode == "q" else np.float64).ravel()
                  for c, v in zip(columns, (steps, losses, grad_norms, grad_norms_clipped),
                                  strict=True)]
        if len({v.size for v in values}) != 1:
            raise ValueError("extend: steps, losses and norms must have the same length")
        for column, v in zip(columns, values, strict=True):
            column.frombytes(v.tobytes())  # 8-byte 'q' and 'd' items: the same bytes
        self.lrs.extend([float(lr)] * values[0].size)
        for step, metrics in evals:
            self.add_eval(step, metrics)

    # -------------------------------------------------------------- reading
    def final(self) -> dict[str, float | int | None]:
        """Last step and loss, and the latest value of every metric."""
        out: dict[str, float | int | None] = {
            "step": self.steps[-1] if self.steps else (max(self.evals) if self.evals else 0),
            "loss": self.losses[-1] if self.losses else None,
        }
        for name in self.metric_names:
            out[name] = None
            for step in sorted(self.evals, reverse=True):
                if name in self.evals[step]:
                    out[name] = self.evals[step][name]
                    break
        return out

    def metric_series(self, name: str) -> tuple[list[int], list[float]]:
        steps = sorted(s for s, m in self.evals.items() if name in m)
        return steps, [self.evals[s][name] for s in steps]

    # ------------------------------------------------------------------ CSV
    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([*BASE_COLUMNS, *self.metric_names])
        rows: dict[int, tuple[float, float, float, float] | None] = {}
        for i, step in enumerate(self.steps):
            rows[step] = (self.losses[i], self.grad_norms[i], self.grad_norms_clipped[i],
                          self.lrs[i])
        for step in self.evals:
            rows.setdefault(step, None)
        for step in sorted(rows):
            w.writerow(_csv_row(step, rows[step], self.evals.get(step, {}), self.metric_names))
        return buf.getvalue()

    @classmethod
    def from_csv(cls, text: str | Iterable[str]) -> History:
        """Parse what :meth:`to_csv` (or ``rnnstudio train --out``) wrote (the text, or
        its lines); ValueError naming the line on anything else."""
        lines = io.StringIO(text) if isinstance(text, str) else text
        reader = csv.reader(lines)
        try:
            return cls._from_rows(reader)
        except csv.Error as exc:
            raise ValueError(msg("metrics.csv line {line}: not valid CSV ({reason})",
                                 line=reader.line_num, reason=shown(str(exc)))) from None

    @classmethod
    def _from_rows(cls, reader: Any) -> History:
        try:
            header = next(reader)
        except StopIteration:
            raise ValueError(msg("metrics.csv: empty (expected a header line)")) from None
        if tuple(header[:len(BASE_COLUMNS)]) != BASE_COLUMNS:
            raise ValueError(msg("metrics.csv: header must start with {columns}",
                                 columns=", ".join(BASE_COLUMNS)))
        names = header[len(BASE_COLUMNS):]
        if len(set(names)) != len(names) or any(not n for n in names):
            raise ValueError(msg("metrics.csv: metric columns must have distinct names"))
        h = cls(names)
        last = -1
        for line, row in enumerate(reader, start=2):
            if len(row) != len(header):
                raise ValueError(msg("metrics.csv line {line}: {n} values, expected {want}",
                                     line=line, n=len(row), want=len(header)))
            try:
                if len(row[0]) > 20:
                    raise ValueError
                step = int(row[0])
                vals = [float(v) if v != "" else None for v in row[1:]]
            except ValueError:
                raise ValueError(msg("metrics.csv line {line}: not a number",
                                     line=line)) from None
            if step < 0 or step <= last:
                raise ValueError(msg("metrics.csv line {line}: steps must increase", line=line))
            last = step
            base, metrics = vals[:4], vals[4:]
            if all(v is not None for v in base):
                h.add_update(step, *base)  # type: ignore[arg-type]
            elif any(v is not None for v in base):
                raise ValueError(msg("metrics.csv line {line}: loss, gradient norms and lr "
                                     "must be all given or all empty", line=line))
            m = {k: v for k, v in zip(names, metrics, strict=True) if v is not None}
            if m:
                h.evals[step] = m
        return h


# ============================================================== checkpoint
@dataclass(frozen=True)
class Checkpoint:
    """A trainer's complete state as plain copies (safe to hand to another thread)."""

    config: Config
    state: dict[str, Any]  # Trainer.resume_state()
    weights: dict[str, Array]  # PyTorch layout (interop.to_state_dict)
    optimizer: dict[str, Array]  # Optimizer.state()
    metric_names: tuple[str, ...] = ()

    def trainer(self) -> Trainer:
        """A new trainer in exactly this state (ExperimentError if that is impossible)."""
        return _build_trainer(self)


def capture(trainer: Trainer) -> Checkpoint:
    """Copy everything a resume needs. Call it between updates (in the training thread)."""
    net = trainer.net
    weights = to_state_dict(net)
    if not all(np.isfinite(v).all() for k, v in weights.items() if v.dtype.kind == "f"):
        # An update just overflowed (the next one would report divergence and roll
        # back): save the last finite weights, which is what training would go on from.
        current = net.flat.copy()
        np.copyto(net.flat, trainer._backup)
        weights = to_state_dict(net)
        np.copyto(net.flat, current)
    return Checkpoint(
        config=trainer.config,
        state=json.loads(json.dumps(trainer.resume_state())),
        weights=weights,
        optimizer={k: np.array(v, copy=True) for k, v in trainer.optimizer.state().items()},
        metric_names=tuple(getattr(trainer.task, "metric_labels", {}) or ()),
    )


@dataclass
class Experiment:
    """What an experiment file holds."""

    checkpoint: Checkpoint
    history: History = field(default_factory=History)
    notes: str = ""
    ui: dict[str, Any] = field(default_factory=dict)  # e.g. {"hidden_controls": [...]}
    trainer: Trainer | None = None  # set by load(): ready to train on
    # set by load(): data files (corpus, data) that are not the ones the run was saved
    # with, one message each; the run goes on with the files as they are now
    changed_files: tuple[str, ...] = ()

    @property
    def config(self) -> Config:
        return self.checkpoint.config

    @property
    def step(self) -> int:
        return int(self.checkpoint.state["step"])


# ============================================================ data files
FILE_FIELDS = ("corpus", "data")  # settings that name a file (or folder) the task reads
FINGERPRINT_MAX = 256 << 20  # bytes hashed per file (the readers refuse far less)
FINGERPRINT_FILES = 256  # files of a folder (a folder per class reads at most 64)


def _hash_into(h: Any, path: Path) -> int:
    size = 0
    with open(path, "rb") as fh:
        while size < FINGERPRINT_MAX:
            chunk = fh.read(min(1 << 20, FINGERPRINT_MAX - size))
            if not chunk:
                break
            h.update(chunk)
            size += len(chunk)
    return size


def fingerprint(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """{"size", "sha256"} of a data file, or of a folder's files (their names and
    contents); None if it cannot be read."""
    path = Path(path).expanduser()
    h = hashlib.sha256()
    try:
        if path.is_dir():
            size = 0
            for child in sorted(path.iterdir())[:FINGERPRINT_FILES]:
                if child.is_file():
                    h.update(child.name.encode("utf-8", "replace") + b"\0")
                    size += _hash_into(h, child)
        else:
            size = _hash_into(h, path)
    except (OSError, ValueError, RuntimeError):
        return None
    return {"size": size, "sha256": h.hexdigest()}


def data_files(config: Config) -> dict[str, dict[str, Any]]:
    """The fingerprints of the data files a config names (what a saved run trained on)."""
    out = {}
    for name in FILE_FIELDS:
        value = str(getattr(config, name, "") or "").strip()
        fp = fingerprint(value) if value else None
        if fp is not None:
            out[name] = {"path": value, **fp}
    return out


def changed_files(saved: Any, config: Config) -> tuple[str, ...]:
    """A message for each data file that differs from the one the run was saved with;
    nothing for files saved without a fingerprint."""
    if not isinstance(saved, dict):
        return ()
    out = []
    for name in FILE_FIELDS:
        entry = saved.get(name)
        value = str(getattr(config, name, "") or "").strip()
        if not isinstance(entry, dict) or not value:
            continue
        now = fingerprint(value)  # None: missing, which the task's reader reports itself
        if now is not None and \
                (now["size"], now["sha256"]) != (entry.get("size"), entry.get("sha256")):
            out.append(msg("{field}: {path} has changed since this run was saved (now "
                           "{size:,} bytes, then {then:,}); training goes on with the file "
                           "as it is now", field=name, path=shown(value), size=now["size"],
                           then=int(entry.get("size") or 0)))
    return tuple(out)


# ================================================================== saving
def _npz_bytes(arrays: Mapping[str, Array]) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def to_bytes(exp: Experiment) -> bytes:
    """The file's content."""
    cp = exp.checkpoint
    state = {"format": FORMAT, "version": VERSION, "trainer": cp.state,
             "ui": _clean_ui(exp.ui), "data_files": data_files(cp.config)}
    try:
        from .. import __version__ as app_version
    except ImportError:  # pragma: no cover - the package always has one
        app_version = "?"
    state["saved_by"] = f"RNN Studio {app_version}"
    members = {
        "state.json": json.dumps(state, indent=1, sort_keys=True).encode("utf-8"),
        "config.json": cp.config.to_json().encode("utf-8"),
        "weights.npz": _npz_bytes(cp.weights),
        "optimizer.npz": _npz_bytes(cp.optimizer),
        "metrics.csv": exp.history.to_csv().encode("utf-8"),
        "notes.md": exp.notes.encode("utf-8"),
    }
    for name, data in members.items():
        if len(data) > LIMITS[name]:
            raise ExperimentError(msg("{name} would be {size:,} bytes, more than the "
                                      "{limit:,} an experiment file may hold", name=name,
                                      size=len(data), limit=LIMITS[name]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def save(path: str | os.PathLike[str], exp: Experiment) -> None:
    """Write the experiment to `path` atomically (temporary file, then rename)."""
    data = to_bytes(exp)
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise ExperimentError(msg("Could not save {path}: {reason}", path=str(path),
                                  reason=str(exc.strerror or exc))) from None


def _clean_ui(ui: Mapping[str, Any]) -> dict[str, Any]:
    """Only JSON-able view settings; hidden controls as a sorted list of field names."""
    out = json.loads(json.dumps(dict(ui), default=lambda o: sorted(o) if isinstance(
        o, (set, frozenset)) else str(o)))
    if "hidden_controls" in out:
        out["hidden_controls"] = sorted(set(out["hidden_controls"]))
    return out


# ================================================================= opening
def load(path: str | os.PathLike[str],
         relocate: Mapping[str, str] | None = None) -> Experiment:
    """Read and check an experiment file; ExperimentError (with a message for the user)
    if anything is wrong. On success the returned experiment's ``trainer`` is ready to
    train on from where the file left off. `relocate` (setting -> path) re-points data
    files that have moved since saving (see :func:`moved_files`)."""
    name = name_shown(Path(path).name)
    data = _read_file(path)
    try:
        return from_bytes(data, relocate)
    except ExperimentError as exc:
        raise ExperimentError(msg("Cannot open {name}: {reason}", name=name,
                                  reason=_why(exc))) from None


def _read_file(path: str | os.PathLike[str]) -> bytes:
    remove_stale_temporaries(path)  # a crashed save of this file left them
    return read_bytes(path, MAX_TOTAL, lambda reason: ExperimentError(  # reason names path
        msg("Cannot open {name}: {reason}", name=name_shown(Path(path).name, 40),
            reason=reason)))


@dataclass(frozen=True)
class MovedFile:
    """A data file a saved run trained on that is no longer where its settings say."""

    field: str  # the setting ("data", "corpus")
    saved: str  # where it was
    nearby: str | None  # the same file (same name and contents) next to the experiment


def moved_files(path: str | os.PathLike[str]) -> tuple[MovedFile, ...]:
    """The data files of an experiment file's run that are missing now (moved or
    deleted), each with the same file found beside the experiment file if it is there
    (same name, same size and SHA-256 as when saved). Reads only the small members;
    ExperimentError as :func:`load` for a file that cannot be opened at all."""
    name = name_shown(Path(path).name)
    try:
        with _open_archive(_read_file(path)) as (zf, infos):
            state, config = _head(zf, infos)
    except ExperimentError as exc:
        raise ExperimentError(msg("Cannot open {name}: {reason}", name=name,
                                  reason=_why(exc))) from None
    saved = state.get("data_files") if isinstance(state.get("data_files"), dict) else {}
    out = []
    for field_name in FILE_FIELDS:
        value = str(getattr(config, field_name, "") or "").strip()
        if not value or Path(value).expanduser().exists():
            continue
        entry = saved.get(field_name)
        here = Path(path).resolve().parent / PurePosixPath(value.replace("\\", "/")).name
        nearby = None
        if isinstance(entry, dict) and here.exists():
            fp = fingerprint(here)
            if fp is not None and (fp["size"], fp["sha256"]) == (entry.get("size"),
                                                                 entry.get("sha256")):
                nearby = str(here)
        out.append(MovedFile(field_name, value, nearby))
    return tuple(out)


def _head(zf: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo]
          ) -> tuple[dict[str, Any], Config]:
    """state.json and config.json, checked."""
    state = _json_member(_read_limited(zf, infos["state.json"]), "state.json")
    _check_format(state)
    try:
        config = Config.from_json(_read_limited(zf, infos["config.json"]).decode("utf-8"))
    except UnicodeDecodeError:
        raise ExperimentError(msg("config.json is not UTF-8 text")) from None
    except ConfigError as exc:
        raise ExperimentError(msg("config.json: {reason}", reason=_why(exc))) from None
    return state, config


def from_bytes(data: bytes, relocate: Mapping[str, str] | None = None) -> Experiment:
    """Like :func:`load` for a file's content (messages without the file name).

    The small members (state.json, config.json) are read first; the others may then
    unpack to no more than what that config can need (its weights, optimizer buffers
    and one history row per update), so a small hostile file cannot make RNN Studio
    inflate gigabytes. Each large member is parsed as it is read and dropped."""
    with _open_archive(data) as (zf, infos):
        state, config = _head(zf, infos)
        if relocate:
            unknown = sorted(set(relocate) - set(FILE_FIELDS))
            if unknown:
                raise ValueError(f"relocate: not a data-file setting: {unknown}")
            config = config.replace(**{k: str(v) for k, v in relocate.items()})
        trainer_state = state.get("trainer")
        if not isinstance(trainer_state, dict):
            raise ExperimentError(msg("state.json has no 'trainer' section"))
        ui = state.get("ui", {})
        if not isinstance(ui, dict):
            raise ExperimentError(msg("state.json: 'ui' must be an object"))
        hidden = ui.get("hidden_controls", [])
        if not isinstance(hidden, list) or not all(isinstance(h, str) for h in hidden):
            raise ExperimentError(msg("state.json: 'hidden_controls' must be a list of "
                                      "setting names"))
        changed = changed_files(state.get("data_files"), config)
        limits = _member_limits(config, trainer_state)
        for info in infos.values():
            if info.file_size > limits[info.filename]:
                raise ExperimentError(msg("refused: member {member!r} would unpack to {size:,} "
                                          "bytes, more than its settings can need ({limit:,})",
                                          member=shown(info.filename), size=info.file_size,
                                          limit=limits[info.filename]))
        try:
            trainer = _new_trainer(config)  # allocates what the config needs, no more
        except ExperimentError as exc:
            raise _explained(exc, changed) from None
        weights = _npz_member(_read_limited(zf, infos["weights.npz"]), "weights.npz",
                              numbers_only=True, allow_meta=True)
        optimizer = _npz_member(_read_limited(zf, infos["optimizer.npz"]), "optimizer.npz",
                                numbers_only=True)
        lr = trainer_state.get("lr")
        if (state["version"] == 1 and config.optimizer == "momentum" and "m" in optimizer
                and isinstance(lr, float) and lr > 0):
            optimizer["m"] = optimizer["m"] / -lr  # version 1 kept v = mu v - lr g
        try:
            history = _history_member(zf, infos["metrics.csv"]) \
                if "metrics.csv" in infos else History()
            notes = _read_limited(zf, infos["notes.md"]).decode("utf-8") \
                if "notes.md" in infos else ""
        except UnicodeDecodeError:
            raise ExperimentError(msg("metrics.csv or notes.md is not UTF-8 text")) from None
        except ValueError as exc:
            if isinstance(exc, ExperimentError):
                raise
            raise ExperimentError(_why(exc)) from None  # History.from_csv's own message
    cp = Checkpoint(config=config, state=trainer_state, weights=weights, optimizer=optimizer)
    try:
        trainer = _build_trainer(cp, trainer)
    except ExperimentError as exc:
        raise _explained(exc, changed) from None
    cp = Checkpoint(config, trainer.resume_state(), weights, optimizer,
                    tuple(getattr(trainer.task, "metric_labels", {}) or ()))
    if not history.metric_names:
        history.metric_names = list(cp.metric_names)
    return Experiment(checkpoint=cp, history=history, notes=notes, ui=ui, trainer=trainer,
                      changed_files=changed)


def _explained(exc: ExperimentError, changed: tuple[str, ...]) -> ExperimentError:
    """The error, with the data files that changed since saving as its likely cause."""
    if not changed:
        return exc
    return ExperimentError(msg("{reason} (likely why: {changed})", reason=_why(exc),
                               changed=changed[0]))


NPZ_SLACK = 64 << 10  # zip and .npy headers, the weights' metadata string
CSV_ROW_BYTES = 32  # the most one value of metrics.csv takes (repr of a float and a comma)
CSV_METRICS = 8  # metric columns allowed for (the tasks have 1 to 3)


def _member_limits(config: Config, state: Mapping[str, Any]) -> dict[str, int]:
    """The most each member may unpack to for this config's network and update count
    (checked before anything is allocated: a bomb is refused at once)."""
    n = parameter_count(config)
    step = state.get("step")
    step = step if isinstance(step, int) and not isinstance(step, bool) and step >= 0 else 0
    columns = len(BASE_COLUMNS) + CSV_METRICS
    buffers = {"sgd": 0, "momentum": 1, "rmsprop": 1}.get(config.optimizer, 2)
    need = {
        "weights.npz": 8 * n + NPZ_SLACK,
        "optimizer.npz": 8 * buffers * n + NPZ_SLACK,
        "metrics.csv": (step + 2) * columns * CSV_ROW_BYTES + NPZ_SLACK,
    }
    return {k: min(v, need.get(k, v)) for k, v in LIMITS.items()}


def _history_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> History:
    """metrics.csv parsed while it is unpacked (its text is never held whole)."""
    try:
        with zf.open(info) as raw:
            limited = _Limited(raw, info)
            return History.from_csv(io.TextIOWrapper(limited, encoding="utf-8", newline=""))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ExperimentError(msg("the file is damaged or incomplete ({member}: {reason})",
                                  member=shown(info.filename), reason=shown(str(exc)))) from None


class _Limited(io.RawIOBase):
    """A member's stream that refuses to give more bytes than the member declares."""

    def __init__(self, fh: Any, info: zipfile.ZipInfo):
        self.fh, self.info, self.size = fh, info, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        chunk = self.fh.read(len(b))
        self.size += len(chunk)
        if self.size > self.info.file_size:
            raise ExperimentError(msg("refused: member {member!r} unpacks to more than "
                                      "it declares", member=shown(self.info.filename)))
        b[:len(chunk)] = chunk
        return len(chunk)


def _new_trainer(config: Config) -> Trainer:
    try:
        return Trainer(config)
    except OSError as exc:
        raise ExperimentError(msg("config.json: the corpus {corpus!r} cannot be read on this "
                                  "computer ({reason})", corpus=shown(config.corpus),
                                  reason=str(exc.strerror or exc))) from None
    except (ValueError, MemoryError) as exc:
        raise ExperimentError(msg("config.json: {reason}", reason=_why(exc))) from None


def _build_trainer(cp: Checkpoint, trainer: Trainer | None = None) -> Trainer:
    if trainer is None:
        trainer = _new_trainer(cp.config)
    try:
        trainer.restore(cp.state, cp.weights, cp.optimizer)
    except ValueError as exc:
        reason = _why(exc)
        where = "weights.npz" if reason.startswith("weights") else \
            "optimizer.npz" if reason.startswith("optimizer") else "state.json"
        raise ExperimentError(msg("{where} does not fit this experiment's settings: {reason}",
                                  where=where, reason=reason)) from None
    return trainer


def _check_format(state: Any) -> None:
    if not isinstance(state, dict):
        raise ExperimentError(msg("state.json must be a JSON object"))
    if state.get("format") != FORMAT:
        raise ExperimentError(msg("this is not an RNN Studio experiment (state.json format is "
                                  "{found!r}, expected {format!r})",
                                  found=shown(state.get("format")), format=FORMAT))
    version = state.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExperimentError(msg("state.json: version {version!r} is not valid",
                                  version=shown(version)))
    if version > VERSION:
        raise ExperimentError(msg("it was saved by a newer RNN Studio (file format version "
                                  "{version}; this version reads up to {latest}). Please "
                                  "update RNN Studio to open it.", version=version,
                                  latest=VERSION))


def _safe_name(name: str) -> str | None:
    """Why a member name is dangerous, or None."""
    if not name or "\x00" in name:
        return msg("an empty name")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return msg("an absolute path")
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if ".." in parts:
        return msg("a path that leaves its folder ('..')")
    if len(parts) > 1:
        return msg("a folder")
    return None


@contextlib.contextmanager
def _open_archive(data: bytes) -> Iterator[tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]]:
    """The archive and its members by name, after checking names, counts and declared
    sizes against the limits (nothing is unpacked yet)."""
    if len(data) > MAX_TOTAL:
        raise ExperimentError(msg("the file is larger than any experiment RNN Studio writes"))
    if not data.startswith(b"PK"):
        raise ExperimentError(msg("it is not an RNN Studio experiment file (not a zip "
                                  "archive)"))
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise ExperimentError(msg("the file is damaged or incomplete (not a readable zip "
                                  "archive)")) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise ExperimentError(msg("the archive has {n} members; an experiment has {want}",
                                      n=len(infos), want=len(LIMITS)))
        seen: set[str] = set()
        total = 0
        for info in infos:
            bad = _safe_name(info.filename)
            if bad is not None:
                raise ExperimentError(msg("refused: member {member!r} has {problem}",
                                          member=shown(info.filename), problem=bad))
            if info.filename not in LIMITS:
                raise ExperimentError(msg("refused: unexpected member {member!r} (an experiment "
                                          "holds only {members})", member=shown(info.filename),
                                          members=", ".join(LIMITS)))
            if info.filename in seen:
                raise ExperimentError(msg("refused: member {member!r} appears twice",
                                          member=shown(info.filename)))
            seen.add(info.filename)
            if info.flag_bits & 0x1:
                raise ExperimentError(msg("refused: member {member!r} is encrypted",
                                          member=shown(info.filename)))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise ExperimentError(msg("refused: member {member!r} uses an unsupported "
                                          "compression", member=shown(info.filename)))
            limit = LIMITS[info.filename]
            if info.file_size > limit:
                raise ExperimentError(msg("refused: member {member!r} would unpack to {size:,} "
                                          "bytes (at most {limit:,} allowed)",
                                          member=shown(info.filename), size=info.file_size,
                                          limit=limit))
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) + 4096:
                raise ExperimentError(msg("refused: member {member!r} is compressed {ratio:,} "
                                          "to 1, far beyond real data (a zip bomb?)",
                                          member=shown(info.filename),
                                          ratio=info.file_size // max(info.compress_size, 1)))
            total += info.file_size
        if total > MAX_TOTAL:
            raise ExperimentError(msg("refused: the members would unpack to {size:,} bytes",
                                      size=total))
        missing = [m for m in REQUIRED if m not in seen]
        if missing:
            raise ExperimentError(msg("the file is incomplete: {members} is missing",
                                      members=", ".join(missing)))
        yield zf, {info.filename: info for info in infos}


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, reading no more than it declared (and its limit), into one
    buffer of that size (no second copy)."""
    limit = min(LIMITS[info.filename], info.file_size)
    buf = bytearray(limit + 1)
    view = memoryview(buf)
    size = 0
    try:
        with zf.open(info) as fh:
            while True:
                n = fh.readinto(view[size:size + (1 << 20)])
                if not n:
                    break
                size += n
                if size > limit:
                    raise ExperimentError(msg("refused: member {member!r} unpacks to more than "
                                              "it declares", member=shown(info.filename)))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError) as exc:
        if isinstance(exc, ExperimentError):
            raise
        raise ExperimentError(msg("the file is damaged or incomplete ({member}: {reason})",
                                  member=shown(info.filename), reason=shown(str(exc)))) from None
    finally:
        view.release()
    if size != info.file_size:
        raise ExperimentError(msg("the file is damaged ({member} is shorter than it declares)",
                                  member=shown(info.filename)))
    del buf[size:]
    return bytes(buf) if size < (1 << 16) else buf  # type: ignore[return-value]


def _json_member(data: bytes, name: str) -> Any:
    return parse_json(data, lambda reason: ExperimentError(
        msg("{name}: {reason}", name=name, reason=reason)))


def _npz_member(data: bytes, name: str, *, numbers_only: bool,
                allow_meta: bool = False) -> dict[str, Array]:
    """Arrays of an .npz member: headers are checked (no pickles, no objects, sane
    shapes) before any array is read. Only numbers, except the weights' metadata string
    (`allow_meta`)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        raise ExperimentError(msg("{name} is damaged (not an .npz archive)", name=name)) \
            from None
    arrays: dict[str, Array] = {}
    total = 0
    with zf:
        infos = zf.infolist()
        if len(infos) > 256:
            raise ExperimentError(msg("refused: {name} holds {n} arrays", name=name,
                                      n=len(infos)))
        for info in infos:
            key = info.filename[:-4]
            shown_key = name_shown(key)
            if not info.filename.endswith(".npy") or _safe_name(info.filename) is not None:
                raise ExperimentError(msg("refused: {name} has an unexpected member {member!r}",
                                          name=name, member=shown(info.filename)))
            if info.file_size > LIMITS[name] or \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1) + 4096:
                raise ExperimentError(msg("refused: {name}: '{key}' declares {size:,} bytes",
                                          name=name, key=shown_key, size=info.file_size))
            try:
                with zf.open(info) as fh:
                    shape, fortran, dtype = read_npy_header(fh)
                    kinds = "fiuU" if allow_meta and key == META_KEY else \
                        "fiu" if numbers_only else "fiuU"
                    if dtype.hasobject or dtype.kind not in kinds:
                        raise ExperimentError(msg("refused: {name}: '{key}' has data type "
                                                  "{dtype} (only numbers are allowed; pickled "
                                                  "objects are refused)", name=name, key=shown_key,
                                                  dtype=str(dtype)))
                    if len(shape) > 2 or any(d > MAX_DIM for d in shape):
                        raise ExperimentError(msg("refused: {name}: '{key}' has shape {shape}",
                                                  name=name, key=shown_key, shape=str(shape)))
                    n = int(np.prod(shape, dtype=np.int64))
                    total += n
                    if n > MAX_ELEMENTS or total > 4 * MAX_ELEMENTS:
                        raise ExperimentError(msg("refused: {name}: '{key}' has {n:,} values",
                                                  name=name, key=shown_key, n=n))
                    if n * dtype.itemsize > info.file_size:
                        raise ExperimentError(msg("{name}: '{key}' is truncated", name=name,
                                                  key=shown_key))
                    raw = fh.read(n * dtype.itemsize)
                    if len(raw) != n * dtype.itemsize:
                        raise ExperimentError(msg("{name}: '{key}' is truncated", name=name,
                                                  key=shown_key))
                    a = np.frombuffer(raw, dtype=dtype).reshape(
                        shape, order="F" if fortran else "C").copy()
            except ExperimentError:
                raise
            except (ValueError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                raise ExperimentError(msg("{name}: '{key}' is not a readable array ({reason})",
                                          name=name, key=shown_key, reason=str(exc))) from None
            arrays[key] = a
    return arrays
