"""Weights export/import in PyTorch's state_dict layout (without PyTorch itself)."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np
import pytest

from rnnstudio.engine.cells import registry
from rnnstudio.engine.config import Config
from rnnstudio.engine.interop import (
    META_KEY,
    load_npz,
    load_state_dict,
    read_meta,
    save_npz,
    to_state_dict,
)
from rnnstudio.engine.model import Network

CELLS = registry.names()
# gate blocks of every cell, read off its input weights (n_in, blocks * H)
GATES = {c.name: c.param_shapes(3, 5)[c.torch.wx][1] // 5 for c in registry.cells()}


def make_net(cell: str, layers: int = 1, hidden: int = 5, seed: int = 0, n_in: int = 3,
             n_out: int = 2, head: str = "bce", dtype: str = "float64",
             activation: str = "tanh") -> Network:
    cfg = Config(cell=cell, hidden=hidden, layers=layers, dtype=dtype, activation=activation)
    net = Network(cfg, n_in, n_out, head, np.random.default_rng(seed))
    # Random values everywhere (biases and peepholes too), so every mapping is exercised.
    rng = np.random.default_rng(seed + 100)
    for v in net.params.values():
        v[...] = rng.uniform(-0.8, 0.8, v.shape)
    return net


def inputs(T: int = 6, B: int = 3, n_in: int = 3) -> np.ndarray:
    return np.random.default_rng(7).standard_normal((T, B, n_in))


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("layers", [1, 2])
def test_round_trip_gives_identical_predictions(cell: str, layers: int) -> None:
    src = make_net(cell, layers, seed=0)
    dst = make_net(cell, layers, seed=1)
    x = inputs()
    assert not np.allclose(src.predict(x), dst.predict(x))
    load_state_dict(dst, to_state_dict(src))
    np.testing.assert_array_equal(dst.predict(x), src.predict(x))
    for k in src.params:
        np.testing.assert_array_equal(dst.params[k], src.params[k])


@pytest.mark.parametrize("cell", CELLS)
def test_keys_and_shapes_follow_pytorch(cell: str) -> None:
    H, n_in, n_out = 5, 3, 2
    net = make_net(cell, layers=2, hidden=H, n_in=n_in, n_out=n_out)
    sd = to_state_dict(net)
    G = GATES[cell]
    want = {
        "weight_ih_l0": (G * H, n_in), "weight_hh_l0": (G * H, H),
        "bias_ih_l0": (G * H,), "bias_hh_l0": (G * H,),
        "weight_ih_l1": (G * H, H), "weight_hh_l1": (G * H, H),
        "bias_ih_l1": (G * H,), "bias_hh_l1": (G * H,),
        "head.weight": (n_out, H), "head.bias": (n_out,), META_KEY: (),
    }
    for _, key in registry.info(cell).torch.extras:  # the peepholes
        for l in (0, 1):
            want[f"{key}_l{l}"] = (H,)
    assert {k: v.shape for k, v in sd.items()} == want
    # Transposed weights: PyTorch's (gates*H, n_in) is our (n_in, gates*H) turned over.
    wx = registry.info(cell).torch.wx
    np.testing.assert_array_equal(sd["weight_ih_l1"], net.params[f"l1.{wx}"].T)
    np.testing.assert_array_equal(sd["head.weight"], net.params["W_hy"].T)
    # Exported arrays are copies: editing them leaves the network alone.
    sd["head.bias"][...] = 42.0
    assert not np.any(net.params["b_y"] == 42.0)


@pytest.mark.parametrize("cell", [c for c in CELLS if not registry.info(c).torch.recurrent_bias])
def test_export_puts_the_bias_in_bias_ih_and_zeros_in_bias_hh(cell: str) -> None:
    net = make_net(cell)
    sd = to_state_dict(net)
    b = "b_h" if cell == "elman" else "b"
    np.testing.assert_array_equal(sd["bias_ih_l0"], net.params[f"l0.{b}"])
    assert not sd["bias_hh_l0"].any()


def test_gru_keeps_b_hn_in_the_new_gate_part_of_bias_hh() -> None:
    H = 5
    net = make_net("gru", hidden=H)
    sd = to_state_dict(net)
    np.testing.assert_array_equal(sd["bias_ih_l0"], net.params["l0.b_x"])
    assert not sd["bias_hh_l0"][:2 * H].any()
    np.testing.assert_array_equal(sd["bias_hh_l0"][2 * H:], net.params["l0.b_hn"])


@pytest.mark.parametrize("cell", CELLS)
def test_import_adds_the_two_biases(cell: str) -> None:
    """A PyTorch-trained model has both biases non-zero; only their sum (and, for the
    GRU, b_hn separately) matters, so splitting ours must not change predictions."""
    H = 5
    src = make_net(cell, hidden=H)
    sd = to_state_dict(src)
    split = np.random.default_rng(3).uniform(-1, 1, G := GATES[cell] * H)
    if registry.info(cell).torch.recurrent_bias:  # GRU: the n part of bias_ih is b_in
        _, block = registry.info(cell).torch.recurrent_bias  # alone; b_hn stays as is
        split[block * H:(block + 1) * H] = 0.0
    sd["bias_ih_l0"] = sd["bias_ih_l0"] - split
    sd["bias_hh_l0"] = sd["bias_hh_l0"] + split
    assert sd["bias_hh_l0"].shape == (G,)
    dst = make_net(cell, hidden=H, seed=9)
    load_state_dict(dst, sd)
    np.testing.assert_allclose(dst.predict(inputs()), src.predict(inputs()), atol=1e-12)


def test_gru_b_hn_is_not_merged_into_the_input_bias() -> None:
    """Moving b_hn into bias_ih's n part is a different network (r multiplies b_hn)."""
    H = 5
    src = make_net("gru", hidden=H)
    sd = to_state_dict(src)
    sd["bias_ih_l0"][2 * H:] += sd["bias_hh_l0"][2 * H:]
    sd["bias_hh_l0"][2 * H:] = 0.0
    dst = make_net("gru", hidden=H, seed=9)
    load_state_dict(dst, sd)
    assert not np.allclose(dst.predict(inputs()), src.predict(inputs()))


def test_float32_network_exports_float32_and_imports_float64_weights() -> None:
    src = make_net("lstm", dtype="float64")
    dst = make_net("lstm", dtype="float32", seed=4)
    assert to_state_dict(dst)["weight_ih_l0"].dtype == np.float32
    load_state_dict(dst, to_state_dict(src))
    np.testing.assert_allclose(dst.predict(inputs()), src.predict(inputs()), atol=1e-5)


def test_metadata_describes_the_network() -> None:
    net = make_net("elman", layers=2, hidden=7, n_in=4, n_out=3, head="softmax",
                   activation="relu")
    meta = read_meta(to_state_dict(net))
    assert meta is not None
    assert {k: meta[k] for k in ("cell", "hidden", "layers", "activation", "n_in", "n_out",
                                 "head")} == {
        "cell": "elman", "hidden": 7, "layers": 2, "activation": "relu", "n_in": 4,
        "n_out": 3, "head": "softmax"}


def test_import_without_metadata_works() -> None:
    """A PyTorch state_dict has no metadata: shapes alone are checked."""
    src = make_net("gru", layers=2)
    sd = to_state_dict(src)
    del sd[META_KEY]
    dst = make_net("gru", layers=2, seed=5)
    load_state_dict(dst, sd)
    np.testing.assert_array_equal(dst.predict(inputs()), src.predict(inputs()))


# ------------------------------------------------------------------ mismatches
def test_wrong_shape_names_the_key_and_expected_shape() -> None:
    net = make_net("lstm", hidden=5)
    sd = to_state_dict(net)
    del sd[META_KEY]
    sd["weight_hh_l0"] = np.zeros((20, 6))
    before = net.get_weights()
    with pytest.raises(ValueError, match=r"'weight_hh_l0' has shape \(20, 6\), expected "
                                         r"\(20, 5\)"):
        load_state_dict(net, sd)
    for k, v in before.items():  # nothing was half-loaded
        np.testing.assert_array_equal(net.params[k], v)


def test_missing_key_is_named_with_its_shape() -> None:
    net = make_net("elman", layers=2, hidden=5)
    sd = to_state_dict(net)
    del sd["bias_hh_l1"]
    with pytest.raises(ValueError, match=r"missing 'bias_hh_l1' \(expected shape \(5,\)"):
        load_state_dict(net, sd)


def test_more_layers_than_the_network_is_refused() -> None:
    sd = to_state_dict(make_net("elman", layers=2))
    del sd[META_KEY]
    with pytest.raises(ValueError, match=r"unexpected key '\w+_l1'.*1 layer"):
        load_state_dict(make_net("elman", layers=1), sd)


def test_peephole_weights_into_a_plain_lstm_are_refused() -> None:
    sd = to_state_dict(make_net("peephole"))
    del sd[META_KEY]
    with pytest.raises(ValueError, match="unexpected key 'peephole_f_l0'.*'lstm'"):
        load_state_dict(make_net("lstm"), sd)


@pytest.mark.parametrize(("field", "other"), [
    ("cell", dict(cell="gru")),
    ("hidden", dict(hidden=6)),
    ("layers", dict(layers=2)),
    ("head", dict(head="linear")),
    ("activation", dict(activation="relu")),
])
def test_metadata_mismatch_names_the_setting(field: str, other: dict) -> None:
    sd = to_state_dict(make_net("elman"))
    dst = make_net(**{"cell": "elman", **other})
    with pytest.raises(ValueError, match=rf"saved for {field} = .*this network has {field}"):
        load_state_dict(dst, sd)


def test_non_finite_weights_are_refused() -> None:
    net = make_net("elman")
    sd = to_state_dict(net)
    sd["weight_ih_l0"][0, 0] = np.nan
    with pytest.raises(ValueError, match="'weight_ih_l0' contains NaN"):
        load_state_dict(net, sd)


# ----------------------------------------------------------------------- files
@pytest.mark.parametrize("cell", CELLS)
def test_npz_round_trip(cell: str, tmp_path) -> None:
    src = make_net(cell, layers=2, dtype="float32")
    path = tmp_path / "weights.npz"
    save_npz(src, path)
    assert [p.name for p in tmp_path.iterdir()] == ["weights.npz"]  # no temporary left
    sd = load_npz(path)
    assert set(sd) == set(to_state_dict(src))
    dst = make_net(cell, layers=2, dtype="float32", seed=3)
    load_state_dict(dst, sd)
    np.testing.assert_array_equal(dst.predict(inputs()), src.predict(inputs()))


def test_npz_is_plain_numpy_readable_without_pickle(tmp_path) -> None:
    path = tmp_path / "w.npz"
    save_npz(make_net("gru", hidden=4), path)
    with np.load(path, allow_pickle=False) as data:
        assert data["weight_hh_l0"].shape == (12, 4)
        meta = json.loads(str(data[META_KEY]))
    assert meta["cell"] == "gru" and meta["hidden"] == 4


def test_saving_again_replaces_the_file(tmp_path) -> None:
    path = tmp_path / "w.npz"
    save_npz(make_net("elman", hidden=4), path)
    save_npz(make_net("elman", hidden=6), path)
    assert read_meta(load_npz(path))["hidden"] == 6


def _npz_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _npy_header_only(shape: tuple[int, ...], dtype: str = "<f4") -> bytes:
    """A .npy member that claims `shape` but carries no data (as a hostile file might)."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        buf, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buf.getvalue()


def test_absurd_shape_is_refused_before_loading(tmp_path) -> None:
    path = tmp_path / "huge.npz"
    path.write_bytes(_npz_bytes({"weight_ih_l0.npy": _npy_header_only((200_000, 100_000))}))
    with pytest.raises(ValueError, match=r"'weight_ih_l0' has \d+ values; at most"):
        load_npz(path)


def test_too_many_arrays_are_refused(tmp_path) -> None:
    small = io.BytesIO()
    np.save(small, np.zeros(1))
    path = tmp_path / "many.npz"
    path.write_bytes(_npz_bytes({f"k{i}.npy": small.getvalue() for i in range(300)}))
    with pytest.raises(ValueError, match="300 arrays; at most"):
        load_npz(path)


def test_pickled_objects_are_refused(tmp_path) -> None:
    path = tmp_path / "obj.npz"
    np.savez(path, weight_ih_l0=np.array([{"a": 1}], dtype=object))
    with pytest.raises(ValueError, match="'weight_ih_l0' has data type object"):
        load_npz(path)


def test_not_an_npz_file(tmp_path) -> None:
    path = tmp_path / "notes.npz"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ValueError, match="not an .npz file"):
        load_npz(path)
    with pytest.raises(ValueError, match="cannot read"):
        load_npz(tmp_path / "missing.npz")


def test_text_where_numbers_belong_is_refused() -> None:
    net = make_net("elman", n_out=2)
    sd = to_state_dict(net)
    sd["head.bias"] = np.array(["a", "b"])
    with pytest.raises(ValueError, match="'head.bias' is not an array of numbers"):
        load_state_dict(net, sd)
