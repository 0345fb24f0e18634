"""Weights in PyTorch's ``state_dict`` layout, so trained networks travel to PyTorch.

For every recurrent layer l (``G`` gate blocks: Elman 1, GRU 3, LSTM 4, as each cell's
descriptor declares in its ``TorchLayout``; ``H`` hidden units)::

    weight_ih_l{l}  (G*H, n_in)   = W_x^T   (Elman: W_xh^T)
    weight_hh_l{l}  (G*H, H)      = W_h^T   (Elman: W_hh^T)
    bias_ih_l{l}    (G*H,)        = our bias
    bias_hh_l{l}    (G*H,)        = 0       (GRU: [0, 0, b_hn])
    peephole_i_l{l}, peephole_f_l{l}, peephole_o_l{l}  (H,)   peephole LSTM only
    head.weight     (n_out, H)    = W_hy^T
    head.bias       (n_out,)      = b_y
    rnnstudio_meta  0-d string    JSON: cell, hidden, layers, activation, n_in, n_out, head

The gate blocks are in PyTorch's order: LSTM (i, f, g, o), GRU (r, z, n); our cells
use the same order. PyTorch keeps two biases where one suffices (they are added), so
export writes ours into ``bias_ih`` and zeros into ``bias_hh``, and import adds them.
The GRU is the exception: PyTorch's new-gate is ``n = tanh(x W_in + b_in + r * (h W_hn + b_hn))``,
so ``b_hn`` sits inside the reset product and cannot be merged; it travels in the last
third of ``bias_hh``.

In PyTorch (Elman uses ``nn.RNN(nonlinearity="tanh" or "relu")``; a sigmoid Elman and
the peephole LSTM have no built-in PyTorch module)::

    sd = {k: torch.from_numpy(v) for k, v in load_npz("weights.npz").items()}
    rnn = torch.nn.LSTM(n_in, H, num_layers=L)       # time-major, like RNN Studio
    rnn.load_state_dict({k: v for k, v in sd.items() if k[:4] in ("weig", "bias")})
    head = torch.nn.Linear(H, n_out)
    head.load_state_dict({"weight": sd["head.weight"], "bias": sd["head.bias"]})
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from .cells import registry
from .cells.base import Array
from .files import atomic_write_bytes, name_shown, read_bytes
from .text import msg

META_KEY = "rnnstudio_meta"
FORMAT = "rnnstudio-weights"
VERSION = 1
GATES = {c.name: c.torch.blocks for c in registry.cells()}  # gate blocks per cell

# Limits for files read from disk: far above anything the app trains (hidden <= 1024,
# 4 layers), far below what would exhaust memory.
MAX_KEYS = 256
MAX_DIM = 1 << 20
MAX_ELEMENTS = 1 << 26  # per array (64 Mi values)
MAX_TOTAL = 1 << 28  # all arrays together
MAX_FILE_BYTES = 8 * MAX_TOTAL + (1 << 20)  # a weights file on disk


# ----------------------------------------------------------------- helpers
def _meta(net: Any) -> dict[str, Any]:
    cfg = net.cfg
    return {
        "format": FORMAT,
        "version": VERSION,
        "cell": cfg.cell,
        "hidden": int(net.n_h),
        "layers": len(net.cells),
        "activation": cfg.activation,
        "n_in": int(net.n_in),
        "n_out": int(net.n_out),
        "head": net.head,
        "dtype": str(net.dtype),
    }


def read_meta(sd: dict[str, Any]) -> dict[str, Any] | None:
    """The metadata a file written by :func:`save_npz` carries, or None if it has none."""
    if META_KEY not in sd:
        return None
    raw = np.asarray(sd[META_KEY])
    try:
        meta = json.loads(str(raw[()]) if raw.ndim == 0 else str(raw))
    except (json.JSONDecodeError, TypeError, ValueError):
        raise ValueError(msg("weights: '{key}' is not valid JSON", key=META_KEY)) from None
    if not isinstance(meta, dict):
        raise ValueError(msg("weights: '{key}' must be a JSON object", key=META_KEY))
    return meta


def _expected(net: Any) -> dict[str, tuple[int, ...]]:
    """Every key of the state dict and its shape, in order."""
    layout, H = _layout(net), net.n_h
    G = layout.blocks
    out: dict[str, tuple[int, ...]] = {}
    n = net.n_in
    for l in range(len(net.cells)):
        out[f"weight_ih_l{l}"] = (G * H, n)
        out[f"weight_hh_l{l}"] = (G * H, H)
        out[f"bias_ih_l{l}"] = (G * H,)
        out[f"bias_hh_l{l}"] = (G * H,)
        for _, key in layout.extras:
            out[f"{key}_l{l}"] = (H,)
        n = H
    out["head.weight"] = (net.n_out, H)
    out["head.bias"] = (net.n_out,)
    return out


def _layout(net: Any) -> registry.TorchLayout:
    """How the network's cell maps to PyTorch's keys (its descriptor's TorchLayout)."""
    return registry.info(net.cfg.cell).torch


def _extra_keys() -> tuple[str, ...]:
    """Key prefixes of every cell's own per-unit vectors ("peephole_i", ...)."""
    return tuple(key for c in registry.cells() for _, key in c.torch.extras)


def _role(key: str) -> str:
    """A reader's description of a key's shape, for error messages."""
    if key.startswith("weight_ih"):
        return msg("gates*hidden, inputs")
    if key.startswith("weight_hh"):
        return msg("gates*hidden, hidden")
    if key.startswith("bias"):
        return msg("gates*hidden")
    if key.startswith(_extra_keys()):
        return msg("hidden")
    if key == "head.weight":
        return msg("outputs, hidden")
    return msg("outputs")


# ------------------------------------------------------------------ export
def to_state_dict(net: Any) -> dict[str, Array]:
    """The network's weights as fresh arrays in PyTorch's state_dict layout (plus
    peepholes and metadata; see the module docstring)."""
    layout, H = _layout(net), net.n_h
    wx, wh, b = layout.wx, layout.wh, layout.b
    sd: dict[str, Array] = {}
    for l, p in enumerate(net.layer_params):
        sd[f"weight_ih_l{l}"] = np.ascontiguousarray(p[wx].T)
        sd[f"weight_hh_l{l}"] = np.ascontiguousarray(p[wh].T)
        sd[f"bias_ih_l{l}"] = p[b].copy()
        bias_hh = np.zeros_like(p[b])
        if layout.recurrent_bias is not None:  # GRU: b_hn in the n block of bias_hh
            name, block = layout.recurrent_bias
            bias_hh[block * H:(block + 1) * H] = p[name]
        sd[f"bias_hh_l{l}"] = bias_hh
        for ours, key in layout.extras:
            sd[f"{key}_l{l}"] = p[ours].copy()
    sd["head.weight"] = np.ascontiguousarray(net.params["W_hy"].T)
    sd["head.bias"] = net.params["b_y"].copy()
    sd[META_KEY] = np.array(json.dumps(_meta(net), sort_keys=True))
    return sd


# ------------------------------------------------------------------ import
def _check_meta(net: Any, meta: dict[str, Any]) -> None:
    if meta.get("format", FORMAT) != FORMAT:
        raise ValueError(msg("weights: '{key}' format is {found!r}, expected {format!r}",
                             key=META_KEY, found=meta.get("format"), format=FORMAT))
    version = meta.get("version", VERSION)
    if not isinstance(version, int) or version > VERSION:
        raise ValueError(msg("weights: file version {version!r} is newer than this RNN Studio "
                             "reads (<= {latest})", version=version, latest=VERSION))
    ours = _meta(net)
    fields = ["cell", "hidden", "layers", "n_in", "n_out", "head"]
    if "activation" in registry.info(net.cfg.cell).options:
        fields.append("activation")
    for name in fields:
        if name in meta and meta[name] != ours[name]:
            raise ValueError(msg("weights: saved for {name} = {saved!r}, but this network has "
                                 "{name} = {ours!r}", name=name, saved=meta[name],
                                 ours=ours[name]))


def load_state_dict(net: Any, sd: dict[str, Any]) -> None:
    """Set the network's weights from a state dict in PyTorch's layout.

    Accepts what :func:`to_state_dict` or :func:`load_npz` return, or a PyTorch
    ``rnn.state_dict()`` merged with ``head.weight``/``head.bias`` (CPU tensors are
    fine). ``bias_ih`` and ``bias_hh`` are added (GRU: only their r and z parts; the
    n part of ``bias_hh`` becomes ``b_hn``). Raises ValueError naming the key and the
    expected shape on any mismatch; the network is unchanged if anything is wrong.
    """
    meta = read_meta(sd)
    if meta is not None:
        _check_meta(net, meta)
    expected = _expected(net)
    unexpected = sorted(set(sd) - set(expected) - {META_KEY})
    if unexpected:
        key = unexpected[0]
        own = tuple(k for _, k in _layout(net).extras)
        if key.startswith(_extra_keys()) and not (own and key.startswith(own)):
            raise ValueError(msg("weights: unexpected key '{key}' (a peephole LSTM's weights; "
                                 "this network's cell is {cell!r})", key=key, cell=net.cfg.cell))
        if key.endswith("_reverse"):
            raise ValueError(msg("weights: unexpected key '{key}' (bidirectional layers are not "
                                 "supported)", key=key))
        if key.startswith(("weight_", "bias_")):
            raise ValueError(msg("weights: unexpected key '{key}' (this network has {layers} "
                                 "layer(s))", key=key, layers=len(net.cells)))
        raise ValueError(msg("weights: unexpected key '{key}'", key=key))
    arrays: dict[str, Array] = {}
    for key, shape in expected.items():
        if key not in sd:
            raise ValueError(msg("weights: missing '{key}' (expected shape {shape}: {role})",
                                 key=key, shape=str(shape), role=_role(key)))
        try:
            a = np.asarray(sd[key])
            if a.dtype.kind not in "fiu":  # text ("1.0"), booleans, objects: not weights
                raise TypeError(f"data type {a.dtype}")
            a = a.astype(np.float64)
        except (TypeError, ValueError, RuntimeError) as exc:  # RuntimeError: torch, grad
            raise ValueError(msg("weights: '{key}' is not an array of numbers ({reason})",
                                 key=key, reason=str(exc))) from None
        if a.shape != shape:
            raise ValueError(msg("weights: '{key}' has shape {shape}, expected {want} ({role})",
                                 key=key, shape=str(a.shape), want=str(shape),
                                 role=_role(key)))
        if not np.isfinite(a).all():
            raise ValueError(msg("weights: '{key}' contains NaN or infinite values", key=key))
        arrays[key] = a

    cell, H = net.cfg.cell, net.n_h
    layout = _layout(net)
    weights: dict[str, Array] = {}
    for l in range(len(net.cells)):
        weights[f"l{l}.{layout.wx}"] = arrays[f"weight_ih_l{l}"].T
        weights[f"l{l}.{layout.wh}"] = arrays[f"weight_hh_l{l}"].T
        bias_ih, bias_hh = arrays[f"bias_ih_l{l}"], arrays[f"bias_hh_l{l}"]
        bias = bias_ih + bias_hh
        if layout.recurrent_bias is not None:  # GRU: that block of bias_hh is b_hn
            name, block = layout.recurrent_bias
            part = np.s_[block * H:(block + 1) * H]
            bias[part] = bias_ih[part]
            weights[f"l{l}.{name}"] = bias_hh[part]
        weights[f"l{l}.{layout.b}"] = bias
        for ours, key in layout.extras:
            weights[f"l{l}.{ours}"] = arrays[f"{key}_l{l}"]
    weights["W_hy"] = arrays["head.weight"].T
    weights["b_y"] = arrays["head.bias"]
    missing = sorted(set(net.params) - set(weights))
    if missing:  # a cell with parameters this module does not know about
        raise ValueError(msg("weights: cannot import {names} for cell {cell!r}",
                             names=", ".join(missing), cell=cell))
    net.set_weights(weights)


# ------------------------------------------------------------------- files
def save_npz(net: Any, path: str | os.PathLike[str]) -> None:
    """Write the state dict to an ``.npz`` file (temporary file, then rename)."""
    buf = io.BytesIO()
    np.savez(buf, **to_state_dict(net))
    atomic_write_bytes(Path(path), buf.getvalue())


def read_npy_header(fh: Any) -> tuple[tuple[int, ...], bool, np.dtype]:
    """(shape, fortran_order, dtype) of the .npy stream `fh`, read without its data;
    ValueError for anything but .npy format 1.0 or 2.0."""
    version = np.lib.format.read_magic(fh)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(fh)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(fh)
    raise ValueError(f"unsupported .npy version {version}")


def _check_header(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Any) -> int:
    """Read one member's .npy header; refuse pickles and absurd shapes. Returns its size."""
    key = info.filename[:-4]
    with zf.open(info) as fh:
        try:
            shape, _, dtype = read_npy_header(fh)
        except ValueError as exc:
            raise ValueError(msg("weights file {path}: '{key}' is not a NumPy array ({reason})",
                                 path=str(path), key=key, reason=str(exc))) from None
    if dtype.kind not in "fiuU" or dtype.hasobject:
        raise ValueError(msg("weights file {path}: '{key}' has data type {dtype}; expected "
                             "numbers (objects and pickles are refused)", path=str(path),
                             key=key, dtype=str(dtype)))
    if len(shape) > 2 or any(d > MAX_DIM for d in shape):
        raise ValueError(msg("weights file {path}: '{key}' has shape {shape}; expected at most "
                             "2 dimensions of at most {most}", path=str(path), key=key,
                             shape=str(shape), most=MAX_DIM))
    size = int(np.prod(shape, dtype=np.int64))
    if size > MAX_ELEMENTS:
        raise ValueError(msg("weights file {path}: '{key}' has {size} values; at most {most} "
                             "allowed", path=str(path), key=key, size=size, most=MAX_ELEMENTS))
    return size


def load_npz(path: str | os.PathLike[str]) -> dict[str, Array]:
    """Read an ``.npz`` weights file into a dict of arrays (no pickles; shapes and key
    count are checked before any array is loaded)."""
    data = io.BytesIO(read_bytes(path, MAX_FILE_BYTES, lambda reason: ValueError(
        msg("weights file {path}: cannot read ({reason})", path=name_shown(path),
            reason=reason))))  # regular files only, bounded
    try:
        with zipfile.ZipFile(data) as zf:
            members = zf.infolist()
            if len(members) > MAX_KEYS:
                raise ValueError(msg("weights file {path}: {n} arrays; at most {most} allowed",
                                     path=str(path), n=len(members), most=MAX_KEYS))
            total = 0
            for info in members:
                if not info.filename.endswith(".npy"):
                    raise ValueError(msg("weights file {path}: unexpected member '{member}' "
                                         "(not a .npy array)", path=str(path),
                                         member=info.filename))
                total += _check_header(zf, info, path)
            if total > MAX_TOTAL:
                raise ValueError(msg("weights file {path}: {total} values in all; at most "
                                     "{most} allowed", path=str(path), total=total,
                                     most=MAX_TOTAL))
        data.seek(0)
        with np.load(data, allow_pickle=False) as arrays:
            return {k: arrays[k] for k in arrays.files}
    except zipfile.BadZipFile:
        raise ValueError(msg("weights file {path}: not an .npz file", path=str(path))) from None
    except OSError as exc:
        raise ValueError(msg("weights file {path}: cannot read ({reason})", path=str(path),
                             reason=str(exc.strerror or exc))) from None
