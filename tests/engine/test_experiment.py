"""Experiment files: everything comes back, training resumes exactly, saving is atomic,
and bad files are refused with a message."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest

from rnnstudio.engine import config as config_module
from rnnstudio.engine import experiment as ex
from rnnstudio.engine.config import Config
from rnnstudio.engine.experiment import Experiment, ExperimentError, History
from rnnstudio.engine.trainer import Controls, Trainer


def small(**kw) -> Config:
    base = dict(task="addition", bits=6, cell="elman", hidden=6, batch=8, steps=40,
                eval_every=10, seed=3, lr=0.05)
    base.update(kw)
    return Config(**base)


def train(trainer: Trainer, n: int, history: History, controls: Controls | None = None) -> list:
    samples = []
    for snap in trainer.run(controls=controls, budget=n):
        history.add_snapshot(snap)
        if snap.sample is not None:
            samples.append((snap.step, snap.sample))
    return samples


def saved(trainer: Trainer, history: History, tmp_path: Path, **kw) -> Path:
    path = tmp_path / "run.rnnstudio"
    ex.save(path, Experiment(ex.capture(trainer), history, **kw))
    return path


# ------------------------------------------------------------------ round trip
@pytest.mark.parametrize("cell,optimizer", [("elman", "adam"), ("lstm", "momentum"),
                                            ("peephole", "rmsprop"), ("gru", "sgd")])
def test_every_field_comes_back(tmp_path: Path, cell: str, optimizer: str) -> None:
    cfg = small(cell=cell, optimizer=optimizer, layers=2, until_metric=0.99, clip_mode="value",
                clip=2.5, truncate=3, dtype="float64" if cell == "gru" else "float32")
    tr = Trainer(cfg)
    hist = History(tr.task.metric_labels)
    train(tr, 23, hist)
    notes = "# 笔记\nThe carry bit is learnt late.\n"
    ui = {"hidden_controls": ["seed", "clip", "optimizer"], "theme": "dark"}
    exp = ex.load(saved(tr, hist, tmp_path, notes=notes, ui=ui))

    assert exp.config == cfg
    assert exp.notes == notes
    assert exp.ui == {"hidden_controls": ["clip", "optimizer", "seed"], "theme": "dark"}
    assert exp.history == hist and len(exp.history) == 23
    assert exp.history.evals == hist.evals
    assert exp.step == 23
    assert exp.checkpoint.state == json.loads(json.dumps(tr.resume_state()))
    back = exp.trainer
    np.testing.assert_array_equal(back.net.flat, tr.net.flat)
    assert back.net.flat.dtype == tr.net.flat.dtype
    for k, v in tr.optimizer.state().items():
        np.testing.assert_array_equal(back.optimizer.state()[k], v)
    assert back.step == tr.step and back.optimizer.lr == tr.optimizer.lr
    assert back.metric == tr.metric and back.last_metrics == tr.last_metrics
    assert back.data_rng.bit_generator.state == tr.data_rng.bit_generator.state
    assert back.sample_rng.bit_generator.state == tr.sample_rng.bit_generator.state


def test_history_csv_matches_the_command_line_columns() -> None:
    tr = Trainer(small())
    hist = History(tr.task.metric_labels)
    train(tr, 12, hist)
    lines = hist.to_csv().splitlines()
    assert lines[0] == "step,loss,grad_norm,grad_norm_clipped,lr,sum_accuracy,bit_accuracy"
    assert len(lines) == 13
    assert lines[10].split(",")[0] == "10" and lines[10].split(",")[5] != ""  # evaluation step
    assert lines[2].split(",")[5] == ""  # no evaluation at step 2
    assert History.from_csv(hist.to_csv()) == hist


# --------------------------------------------------------------------- resume
@pytest.mark.parametrize("cfg", [
    small(),
    small(cell="lstm", optimizer="adam", clip_mode="norm", clip=0.5),
    small(task="charlm", cell="gru", hidden=12, seq_len=12, batch=4, eval_every=5,
          temperature=1.0),
], ids=["elman-adder", "lstm-clipped", "gru-charlm-samples"])
def test_reopened_run_continues_exactly(tmp_path: Path, cfg: Config) -> None:
    n, m = 20, 15
    straight = Trainer(cfg)
    h_straight = History(straight.task.metric_labels)
    controls = Controls()
    s_straight = train(straight, 7, h_straight, controls)
    controls.lr = 0.02  # a live learning-rate change must survive the save too
    s_straight += train(straight, n + m - 7, h_straight, controls)

    first = Trainer(cfg)
    h_first = History(first.task.metric_labels)
    c1 = Controls()
    s_first = train(first, 7, h_first, c1)
    c1.lr = 0.02
    s_first += train(first, n - 7, h_first, c1)
    path = saved(first, h_first, tmp_path)
    del first
    exp = ex.load(path)
    h_resumed = exp.history
    s_resumed = s_first + train(exp.trainer, m, h_resumed)

    np.testing.assert_array_equal(exp.trainer.net.flat, straight.net.flat)
    assert exp.trainer.step == straight.step == n + m
    assert h_resumed == h_straight
    assert h_resumed.losses == h_straight.losses  # exact floats, not just the CSV text
    assert s_resumed == s_straight  # generated text too (sample generator state)


def test_reopening_keeps_the_update_budget(tmp_path: Path) -> None:
    tr = Trainer(small(steps=30))
    hist = History()
    train(tr, 12, hist)
    back = ex.load(saved(tr, hist, tmp_path)).trainer
    snaps = list(back.run())  # default budget: up to the config's 30 updates in total
    assert snaps[-1].step == 30 and snaps[-1].status == "done"


# --------------------------------------------------------------------- atomic
def test_failed_save_leaves_the_old_file_intact(tmp_path: Path, monkeypatch) -> None:
    tr = Trainer(small())
    hist = History()
    train(tr, 5, hist)
    path = saved(tr, hist, tmp_path)
    before = path.read_bytes()
    train(tr, 5, hist)

    real_fdopen = os.fdopen

    class HalfWriter:
        """Writes half of the data, then the disk is 'full'."""

        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            self.fh.write(data[:len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_module.os, "fdopen", lambda fd, mode: HalfWriter(
        real_fdopen(fd, mode)))
    with pytest.raises(ExperimentError, match="No space left on device"):
        ex.save(path, Experiment(ex.capture(tr), hist))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.rnnstudio"]  # no temp files
    assert ex.load(path).step == 5


# ------------------------------------------------------------------ bad files
@pytest.fixture(scope="module")
def good() -> bytes:
    tr = Trainer(small())
    hist = History(tr.task.metric_labels)
    train(tr, 10, hist)
    return ex.to_bytes(Experiment(ex.capture(tr), hist, notes="n"))


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in parts.items():
            zf.writestr(k, v)
    return buf.getvalue()


def with_member(data: bytes, name: str, content: bytes | None) -> bytes:
    parts = members(data)
    if content is None:
        parts.pop(name)
    else:
        parts[name] = content
    return rezip(parts)


def npz(**arrays) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def edit_state(data: bytes, **changes) -> bytes:
    state = json.loads(members(data)["state.json"])
    for k, v in changes.items():
        if k.startswith("trainer."):
            state["trainer"][k.split(".", 1)[1]] = v
        else:
            state[k] = v
    return with_member(data, "state.json", json.dumps(state).encode())


def forged_npy_header(shape: tuple) -> bytes:
    header = repr({"descr": "<f8", "fortran_order": False, "shape": shape}).encode()
    header += b" " * (63 - (len(header) + 10) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + b"\0" * 64


def bomb(data: bytes) -> bytes:
    """A notes.md of 5 MiB of zeros: a few kB compressed, over the member's limit."""
    parts = members(data)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in parts.items():
            zf.writestr(k, v if k != "notes.md" else b"\0" * (5 << 20))
    return buf.getvalue()


def lying_size(data: bytes) -> bytes:
    """notes.md declares 2 bytes in both headers but holds far more."""
    parts = members(data)
    parts["notes.md"] = b"x" * 100_000
    raw = bytearray(rezip(parts))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        info = zf.getinfo("notes.md")
    local = info.header_offset
    struct.pack_into("<I", raw, local + 22, 2)  # local header: uncompressed size
    pos = 0
    while True:  # ...and in its central directory entry
        pos = raw.find(b"PK\x01\x02", pos)
        n = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46:pos + 46 + n] == b"notes.md":
            struct.pack_into("<I", raw, pos + 24, 2)
            break
        pos += 4
    return bytes(raw)


def flip_byte(data: bytes) -> bytes:
    raw = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("weights.npz")
    raw[info.header_offset + 30 + len("weights.npz") + 40] ^= 0xFF
    return bytes(raw)


BAD = {
    "not a zip": (lambda d: b"hello, this is plain text", "not a zip archive"),
    "empty": (lambda d: b"", "not a zip archive"),
    "truncated": (lambda d: d[:len(d) // 2], "damaged or incomplete"),
    "corrupted": (flip_byte, "damaged"),
    "missing weights": (lambda d: with_member(d, "weights.npz", None), "weights.npz is missing"),
    "other format": (lambda d: edit_state(d, format="something-else"),
                     "not an RNN Studio experiment"),
    "newer version": (lambda d: edit_state(d, version=ex.VERSION + 1), "newer RNN Studio"),
    "bad version": (lambda d: edit_state(d, version="one"), "version 'one' is not valid"),
    "dot-dot path": (lambda d: rezip({**members(d), "../evil.sh": b"rm -rf ~"}),
                     r"leaves its folder \('\.\.'\)"),
    "absolute path": (lambda d: rezip({**members(d), "/etc/evil": b"x"}), "absolute path"),
    "unexpected member": (lambda d: rezip({**members(d), "run.exe": b"MZ"}),
                          "unexpected member 'run.exe'"),
    "zip bomb": (bomb, "would unpack to 5,242,880 bytes"),
    "size lie": (lying_size, "damaged|more than it declares"),
    "pickled array": (lambda d: with_member(d, "optimizer.npz", npz(
        t=np.array(3), m=np.array([{"a": 1}], dtype=object))), "pickled objects are refused"),
    "absurd shape": (lambda d: rezip({**members(d), "weights.npz": rezip(
        {"head.weight.npy": forged_npy_header((1 << 30, 1 << 30))})}), "has shape"),
    "truncated array": (lambda d: rezip({**members(d), "weights.npz": rezip(
        {"head.weight.npy": forged_npy_header((50, 50))})}), "truncated"),
    "wrong weights": (lambda d: with_member(d, "weights.npz", npz(**{
        k: np.zeros((3,) * v.ndim) if v.dtype.kind == "f" else v
        for k, v in np.load(io.BytesIO(members(d)["weights.npz"])).items()})),
        "weights.npz does not fit"),
    "weights of a bigger net": (lambda d: with_member(
        d, "config.json", small(hidden=7).to_json().encode()), "hidden"),
    "bad setting": (lambda d: with_member(d, "config.json", json.dumps(
        {**json.loads(members(d)["config.json"]), "hidden": -3}).encode()),
        "config.json: hidden: -3 is out of range"),
    "not json": (lambda d: with_member(d, "state.json", b"{nope"), "state.json: not valid JSON"),
    "bad rng": (lambda d: edit_state(d, **{"trainer.data_rng": {"bit_generator": "MT19937"}}),
                "data_rng"),
    "negative step": (lambda d: edit_state(d, **{"trainer.step": -4}), "step"),
    "short optimizer": (lambda d: with_member(d, "optimizer.npz", npz(
        t=np.array(3), m=np.zeros(2), v=np.zeros(2))), "optimizer.npz does not fit"),
    "bad csv": (lambda d: with_member(d, "metrics.csv", b"step,loss\n1,2\n"), "metrics.csv"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_files_are_refused_with_a_message(tmp_path: Path, good: bytes, kind: str) -> None:
    make, pattern = BAD[kind]
    path = tmp_path / "bad.rnnstudio"
    path.write_bytes(make(good))
    before = path.read_bytes()
    with pytest.raises(ExperimentError, match=pattern) as info:
        ex.load(path)
    assert str(info.value).startswith("Cannot open bad.rnnstudio: ")
    assert path.read_bytes() == before


def test_the_good_file_opens(tmp_path: Path, good: bytes) -> None:
    path = tmp_path / "good.rnnstudio"
    path.write_bytes(good)
    assert ex.load(path).step == 10


def test_missing_file_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(ExperimentError, match="Cannot open nothing.rnnstudio"):
        ex.load(tmp_path / "nothing.rnnstudio")


def test_refused_restore_changes_nothing() -> None:
    tr = Trainer(small())
    train(tr, 6, History())
    other = Trainer(small(seed=9))
    before = (other.net.flat.copy(), other.optimizer.state(), other.resume_state())
    cp = ex.capture(tr)
    bad_opt = {"t": np.array(6), "m": np.zeros(3), "v": np.zeros(3)}
    with pytest.raises(ValueError, match="optimizer state"):
        other.restore(cp.state, cp.weights, bad_opt)
    with pytest.raises(ValueError, match="weights"):
        other.restore(cp.state, {**cp.weights, "head.bias": np.zeros(5)}, cp.optimizer)
    np.testing.assert_array_equal(other.net.flat, before[0])
    assert other.resume_state() == before[2]
    for k, v in before[1].items():
        np.testing.assert_array_equal(other.optimizer.state()[k], v)


# ------------------------------------------------------------- the run's data files
def series_file(path: Path, n: int = 120) -> Path:
    rows = [f"{i},{np.sin(i / 4):.4f}" for i in range(n)]
    path.write_text("t,value\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_changed_data_file_is_named_when_the_run_is_opened(tmp_path: Path) -> None:
    data = series_file(tmp_path / "series.csv")
    tr = Trainer(small(task="forecast", data=str(data), seq_len=12))
    history = History()
    train(tr, 3, history)
    path = saved(tr, history, tmp_path)
    assert ex.load(path).changed_files == ()  # the same file: nothing to say
    series_file(data, n=150)  # the learner added rows since
    exp = ex.load(path)
    assert exp.step == 3 and exp.trainer is not None  # opens, and goes on
    (note,) = exp.changed_files
    assert "data" in note and "series.csv" in note and "has changed" in note
    data.unlink()
    with pytest.raises(ExperimentError, match="data: file not found: .*series.csv") as err:
        ex.load(path)
    assert "likely why" not in str(err.value)  # the reader's message says it all


def test_a_moved_data_file_is_found_beside_the_run_or_can_be_pointed_to(tmp_path: Path
                                                                      ) -> None:
    first = tmp_path / "first"
    first.mkdir()
    data = series_file(first / "series.csv")
    tr = Trainer(small(task="forecast", data=str(data), seq_len=12))
    history = History()
    train(tr, 3, history)
    folder = tmp_path / "runs"
    folder.mkdir()
    path = saved(tr, history, folder)
    weights = ex.load(path).checkpoint.weights
    assert ex.moved_files(path) == ()
    data.rename(tmp_path / "elsewhere.csv")  # the learner tidied up
    (moved,) = ex.moved_files(path)
    assert (moved.field, moved.saved, moved.nearby) == ("data", str(data), None)
    # pointed to where it is now: the same run, weights and all, the new place remembered
    exp = ex.load(path, {"data": str(tmp_path / "elsewhere.csv")})
    assert exp.step == 3 and exp.changed_files == ()
    assert exp.config.data == str(tmp_path / "elsewhere.csv")
    for k, v in weights.items():
        np.testing.assert_array_equal(exp.checkpoint.weights[k], v)
    # copied beside the experiment: found there, as it is the same file (size, SHA-256)
    (tmp_path / "elsewhere.csv").rename(folder / "series.csv")
    (moved,) = ex.moved_files(path)
    assert moved.nearby == str((folder / "series.csv").resolve())
    # a different file of that name beside it is not taken for it
    series_file(folder / "series.csv", n=150)
    (moved,) = ex.moved_files(path)
    assert moved.nearby is None
    with pytest.raises(ValueError, match="relocate: not a data-file setting"):
        ex.load(path, {"hidden": "9"})


def test_a_corpus_with_other_characters_is_named_as_the_likely_cause(tmp_path: Path) -> None:
    corpus = tmp_path / "poem.txt"
    corpus.write_text("the cat sat on the mat. " * 40, encoding="utf-8")
    tr = Trainer(small(task="charlm", corpus=str(corpus), seq_len=10, hidden=8))
    history = History()
    train(tr, 2, history)
    path = saved(tr, history, tmp_path)
    corpus.write_text("QUITE OTHER LETTERS! " * 40, encoding="utf-8")  # another vocabulary
    with pytest.raises(ExperimentError) as err:
        ex.load(path)
    assert "likely why: corpus" in str(err.value) and "poem.txt" in str(err.value)


def test_a_file_saved_without_fingerprints_opens_without_a_warning(tmp_path: Path) -> None:
    data = series_file(tmp_path / "series.csv")
    tr = Trainer(small(task="forecast", data=str(data), seq_len=12))
    history = History()
    train(tr, 2, history)
    path = saved(tr, history, tmp_path)
    with zipfile.ZipFile(path) as zf:  # as an older RNN Studio wrote it
        members = {n: zf.read(n) for n in zf.namelist()}
    state = json.loads(members["state.json"])
    del state["data_files"]
    members["state.json"] = json.dumps(state).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for n, b in members.items():
            zf.writestr(n, b)
    series_file(data, n=150)
    assert ex.load(path).changed_files == ()


def test_history_extend_is_the_same_as_a_row_per_update() -> None:
    steps, losses = np.arange(1, 41), np.linspace(1.0, 0.1, 40)
    norms, clipped = np.geomspace(10, 0.1, 40), np.minimum(np.geomspace(10, 0.1, 40), 5)
    one, many = History(), History()
    for row in zip(steps, losses, norms, clipped, strict=True):
        one.add_update(*row, lr=0.05)
    many.extend(steps, losses, norms, clipped, 0.05, evals=[(40, {"sum_accuracy": 0.5})])
    one.add_eval(40, {"sum_accuracy": 0.5})
    assert many == one and list(many.steps) == list(range(1, 41))
    with pytest.raises(ValueError, match="same length"):
        many.extend(steps, losses[:-1], norms, clipped, 0.05)
