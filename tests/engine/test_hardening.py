"""Hostile or unusual input gets one clear error, never a traceback, a hang or unbounded
memory (issue #10): special files, bad paths, deep or huge JSON, oversized CSV fields,
echoed input, memory estimates, divergence bookkeeping, loss and optimizer exactness,
zip amplification, lenient loading and stale temporary files."""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
import textwrap
import threading
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest

from rnnstudio.engine import experiment as ex
from rnnstudio.engine import files, losses, memory
from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.experiment import Experiment, ExperimentError, History
from rnnstudio.engine.optimizers import Optimizer
from rnnstudio.engine.trainer import Trainer

ROOT = Path(__file__).resolve().parents[2]
HAS_FIFO = hasattr(os, "mkfifo")


def small(**kw) -> Config:
    base = dict(task="addition", bits=6, cell="elman", hidden=6, batch=8, steps=40,
                eval_every=10, seed=3, lr=0.05)
    base.update(kw)
    return Config(**base)


def _fifo(tmp_path: Path, name: str = "pipe") -> Path:
    p = tmp_path / name
    os.mkfifo(p)
    return p


def _within(seconds: float, fn, *args):
    """fn(*args) in a thread; fails the test if it does not return in time."""
    out: dict = {}

    def run() -> None:
        try:
            out["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    if t.is_alive():
        # unblock a reader stuck on the FIFO so that the thread can end
        pytest.fail(f"{fn.__name__} blocked for more than {seconds} s")
    if "error" in out:
        raise out["error"]
    return out.get("value")


# ============================================================ 1. special files
@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "folder"])
def test_special_files_are_refused_as_corpus_and_config(tmp_path: Path, special: str) -> None:
    if special.startswith("/dev") and not os.path.exists(special):
        pytest.skip("no such device here")
    path = str(tmp_path) if special == "folder" else special
    with pytest.raises(ConfigError, match="not a regular file|folder") as info:
        Trainer(Config(task="charlm", corpus=path))
    assert info.value.field == "corpus"
    with pytest.raises(ConfigError, match="not a regular file|folder") as info:
        Config.load(path)
    assert info.value.field == "config"


@pytest.mark.skipif(not HAS_FIFO, reason="no FIFOs on this system")
def test_a_fifo_never_blocks_the_readers(tmp_path: Path) -> None:
    pipe = str(_fifo(tmp_path))
    for fn, arg in ((lambda p: Trainer(Config(task="charlm", corpus=p)), pipe),
                    (Config.load, pipe), (ex.load, pipe)):
        with pytest.raises((ConfigError, ExperimentError), match="not a regular file"):
            _within(5.0, fn, arg)


def test_the_reader_counts_bytes_while_reading(tmp_path: Path, monkeypatch) -> None:
    """A size from stat proves nothing (0 for /proc files, a growing file): the limit is
    checked on the bytes actually read."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    class ZeroSize:
        def __init__(self, st):
            self._st = st

        def __getattr__(self, name):
            return 0 if name == "st_size" else getattr(self._st, name)

    monkeypatch.setattr(files.os, "fstat", lambda fd: ZeroSize(real_fstat(fd)))
    with pytest.raises(ValueError, match="larger than 1,000 bytes"):
        files.read_bytes(big, 1000, ValueError)
    assert files.read_bytes(big, 5000, ValueError) == b"x" * 5000


@pytest.mark.skipif(not HAS_FIFO, reason="no FIFOs on this system")
def test_an_experiment_whose_corpus_is_a_device_or_fifo_is_refused(tmp_path: Path) -> None:
    tr = Trainer(small())
    good = ex.to_bytes(Experiment(ex.capture(tr), History()))
    for corpus in ("/dev/zero", str(_fifo(tmp_path))):
        cfg = Config(task="charlm", corpus=corpus).to_json().encode()
        data = _with_member(good, "config.json", cfg)
        with pytest.raises(ExperimentError, match="corpus.*not a regular file"):
            _within(5.0, ex.from_bytes, data)


# ============================================================ 2. path errors
@pytest.mark.parametrize("name", ["x" * 300, "bad\x00name", "a/" + "y" * 5000],
                         ids=["long", "nul", "longer"])
def test_bad_paths_name_the_setting(name: str) -> None:
    with pytest.raises(ConfigError) as info:
        Trainer(Config(task="charlm", corpus=name))
    assert info.value.field == "corpus"
    assert len(str(info.value)) < 200 and "\n" not in str(info.value)
    with pytest.raises(ConfigError) as info:
        Config.load(name)
    assert info.value.field == "config" and len(str(info.value)) < 200
    with pytest.raises(ExperimentError) as info2:
        ex.load(name)
    assert len(str(info2.value)) < 200


# ============================================================ 3. JSON and CSV contents
def _with_member(data: bytes, name: str, content: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, content if info.filename == name else
                         src.read(info.filename))
    return buf.getvalue()


@pytest.fixture(scope="module")
def good() -> bytes:
    tr = Trainer(small())
    hist = History(tr.task.metric_labels)
    for snap in tr.run(budget=12):
        hist.add_snapshot(snap)
    return ex.to_bytes(Experiment(ex.capture(tr), hist))


DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_INT = b'{"step": 1' + b"7" * 5000 + b"}"


@pytest.mark.parametrize("member,content,pattern", [
    ("config.json", DEEP, "config.json.*nested too deeply"),
    ("config.json", b'{"hidden": 1' + b"0" * 5000 + b"}", "config.json.*too long"),
    ("state.json", DEEP, "state.json.*nested too deeply"),
    ("state.json", HUGE_INT, "state.json.*too long"),
    ("metrics.csv", b"step,loss,grad_norm,grad_norm_clipped,lr\n" + b"1" * 140_000 + b"\n",
     "metrics.csv"),
    ("metrics.csv", b"step,loss,grad_norm,grad_norm_clipped,lr\n\"1,2\n", "metrics.csv"),
], ids=["config-deep", "config-digits", "state-deep", "state-digits", "csv-field", "csv-quote"])
def test_hostile_contents_stay_experiment_errors(good: bytes, member: str, content: bytes,
                                                 pattern: str) -> None:
    with pytest.raises(ExperimentError, match=pattern) as info:
        ex.from_bytes(_with_member(good, member, content))
    assert len(str(info.value)) < 300


def test_a_csv_field_over_the_csv_modules_limit_is_a_value_error() -> None:
    head = "step,loss,grad_norm,grad_norm_clipped,lr\n"
    for text in (head + "1" * 140_000 + "\n", head + "1," + "2" * 200_000 + ",3,4,5\n"):
        with pytest.raises(ValueError, match="metrics.csv line 2"):
            History.from_csv(text)


@pytest.mark.parametrize("text,field,pattern", [
    (DEEP.decode(), "config", "nested too deeply"),
    ('{"hidden": 1' + "0" * 5000 + "}", "config", "too long"),
    ('{"lr": 1e999}', "lr", "finite"),
    ('{"lr": NaN}', "config", "not valid JSON"),
    ('{"hidden": 1e400}', "hidden", "not valid"),
    ('{"hidden": "12"}', "hidden", "not valid"),
], ids=["deep", "digits", "inf", "nan", "overflow", "text"])
def test_hostile_config_json_names_the_setting_or_file(tmp_path: Path, text: str, field: str,
                                                       pattern: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(text)
    with pytest.raises(ConfigError, match=pattern) as info:
        Config.load(path)
    assert info.value.field == field
    if field == "config":
        assert "c.json" in str(info.value)


# ============================================================ 4. echoed input
def test_echoed_values_are_quoted_and_shortened() -> None:
    for data in ({"a" * 10_000_000: 1}, {"cell": "x" * 10_000_000},
                 {"bogus\nrnnstudio: fake second line": 1}, {"word": "ab\ncd"}):
        with pytest.raises(ConfigError) as info:
            Config.from_dict(data)
        text = str(info.value)
        assert len(text) < 250 and "\n" not in text, text[:300]


@pytest.mark.parametrize("version,pattern", [(True, "not valid"), (-5, "not valid"),
                                             (0, "not valid"), ("1", "not valid"),
                                             (1.0, "not valid"), (2, "newer")])
def test_config_version_is_checked_strictly(version, pattern: str) -> None:
    with pytest.raises(ConfigError, match=pattern) as info:
        Config.from_dict({"version": version})
    assert info.value.field == "version"
    assert Config.from_dict({"version": 1}) == Config()


def test_unknown_settings_suggest_the_closest_one() -> None:
    with pytest.raises(ConfigError, match="did you mean 'hidden'") as info:
        Config.from_dict({"hiden": 3})
    assert info.value.field == "hiden"


# ============================================================ 6. memory
def test_a_config_that_cannot_fit_is_refused_before_allocating() -> None:
    cfg = Config(cell="lstm", hidden=1024, layers=4, batch=4096, seq_len=1000, task="adding")
    with pytest.raises(ConfigError, match=r"needs about [\d.]+ GiB.*lower batch") as info:
        Trainer(cfg)
    assert info.value.field == "batch"


def test_the_memory_limit_is_the_computers(monkeypatch) -> None:
    cfg = small()
    tr = Trainer(cfg)
    need = memory.needed_bytes(cfg, tr.task.n_in, tr.task.n_out, 6)
    monkeypatch.setattr(memory, "total_memory", lambda: int(need / memory.USABLE) - 1000)
    with pytest.raises(ConfigError, match="needs about"):
        Trainer(cfg)
    monkeypatch.setattr(memory, "total_memory", lambda: int(need / memory.USABLE) + 1000)
    Trainer(cfg)


def test_the_estimate_grows_with_every_setting_it_names() -> None:
    base = Config(cell="lstm", task="adding")
    est = memory.needed_bytes(base, 2, 1, base.seq_len)
    for change in ({"batch": 64}, {"hidden": 32}, {"layers": 2}, {"dtype": "float64"}):
        cfg = base.replace(**change)
        assert memory.needed_bytes(cfg, 2, 1, cfg.seq_len) > est, change
    assert memory.needed_bytes(base, 2, 1, 100) > est


# ============================================================ 7. divergence bookkeeping
def _diverging(tmp_path: Path):
    """A run whose update 10 has a finite loss and an infinite gradient."""
    tr = Trainer(small(steps=30, clip_mode="none"))
    real = tr.net.gradients
    calls = {"n": 0}

    def gradients(*a, **kw):
        res = real(*a, **kw)
        calls["n"] += 1
        if calls["n"] == 10:
            tr.net.grad_flat[0] = np.inf
        return res

    tr.net.gradients = gradients
    return tr


def test_a_rejected_update_gets_no_row_in_app_history_or_metrics_csv(tmp_path: Path) -> None:
    tr = _diverging(tmp_path)
    hist = History(tr.task.metric_labels)
    writer = ex.MetricsCsv(tmp_path / "metrics.csv", tr.task.metric_labels)
    snaps = list(tr.run())
    for s in snaps:
        hist.add_snapshot(s)
        writer.add(s)
    writer.close()
    assert snaps[-1].status == "diverged" and math.isfinite(snaps[-1].loss)
    assert not ex.applied_update(snaps[-1])
    assert list(hist.steps) == list(range(1, 10))
    text = (tmp_path / "metrics.csv").read_text()
    assert text == hist.to_csv()  # one writer: the same file from both
    back = History.from_csv(text)  # and it reads back
    assert list(back.steps) == list(range(1, 10))
    assert "inf" not in text


def test_the_gui_worker_uses_the_engine_rule() -> None:
    src = (ROOT / "rnnstudio" / "gui" / "worker.py").read_text()
    cli = (ROOT / "rnnstudio" / "cli.py").read_text()
    assert "applied_update(snap)" in src and '"running", "done", "goal"' not in src
    assert "MetricsCsv" in cli and "csv.writer" not in cli


# ============================================================ 8. softmax
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_loss_is_the_true_loss_for_large_logits(dtype) -> None:
    z = np.array([[[0.0, 100.0]], [[300.0, -300.0]], [[1e4, 0.0]]], dtype=dtype)
    y = np.array([[0], [1], [1]])
    mask = np.ones((3, 1))
    loss, dz = losses.loss_and_grad("softmax", z, y, mask)
    assert loss == pytest.approx((100.0 + 600.0 + 1e4) / 3, rel=1e-6)
    assert np.isfinite(dz).all() and dz.dtype == dtype
    # the gradient is still softmax - onehot, divided by the count
    np.testing.assert_allclose(dz[0, 0], np.array([-1.0, 1.0]) / 3, atol=1e-6)


def test_softmax_loss_gradient_is_exact() -> None:
    rng = np.random.default_rng(5)
    z = rng.normal(scale=30.0, size=(3, 2, 5))
    y = rng.integers(0, 5, size=(3, 2))
    mask = np.array([[1.0, 1.0], [0.0, 1.0], [1.0, 1.0]])
    _, dz = losses.loss_and_grad("softmax", z, y, mask)
    eps = 1e-6
    num = np.zeros_like(z)
    for idx in np.ndindex(z.shape):
        zp, zm = z.copy(), z.copy()
        zp[idx] += eps
        zm[idx] -= eps
        num[idx] = (losses.loss_and_grad("softmax", zp, y, mask)[0]
                    - losses.loss_and_grad("softmax", zm, y, mask)[0]) / (2 * eps)
    np.testing.assert_allclose(dz, num, atol=1e-7)


# ============================================================ 9. momentum
def test_momentum_with_a_changed_learning_rate_matches_pytorch_sgd_by_hand() -> None:
    """torch.optim.SGD(momentum=mu): b <- mu b + g; p <- p - lr b (lr read each step)."""
    rng = np.random.default_rng(1)
    p = rng.normal(size=6)
    grads = [rng.normal(size=6) for _ in range(4)]
    lrs = [0.1, 0.1, 0.01, 0.5]
    opt = Optimizer("momentum", lrs[0], 6, np.float64)
    ours, ref, b = p.copy(), p.copy(), np.zeros(6)
    for g, lr in zip(grads, lrs, strict=True):
        opt.lr = lr
        opt.step(ours, g.copy())
        b = 0.9 * b + g
        ref = ref - lr * b
    np.testing.assert_allclose(ours, ref, rtol=1e-14)


def test_momentum_with_a_changed_learning_rate_matches_torch() -> None:
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(2)
    p0 = rng.normal(size=5)
    grads = [rng.normal(size=5) for _ in range(3)]
    lrs = [0.1, 1.0, 0.05]
    opt = Optimizer("momentum", lrs[0], 5, np.float64)
    ours = p0.copy()
    tp = torch.nn.Parameter(torch.tensor(p0))
    topt = torch.optim.SGD([tp], lr=lrs[0], momentum=0.9)
    for g, lr in zip(grads, lrs, strict=True):
        opt.lr = lr
        opt.step(ours, g.copy())
        for group in topt.param_groups:
            group["lr"] = lr
        tp.grad = torch.tensor(g)
        topt.step()
    np.testing.assert_allclose(ours, tp.detach().numpy(), rtol=1e-13)


def test_a_version_1_momentum_file_resumes_as_it_would_have(tmp_path: Path) -> None:
    cfg = small(optimizer="momentum", steps=30)
    tr = Trainer(cfg)
    for _ in tr.run(budget=10):
        pass
    cp = ex.capture(tr)
    data = ex.to_bytes(Experiment(cp, History()))
    # the same file as version 1 wrote it: v = mu v - lr g = -lr b (constant lr)
    state = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("state.json"))
    state["version"] = 1
    old = dict(cp.optimizer, m=cp.optimizer["m"] * -cfg.lr)
    buf = io.BytesIO()
    np.savez(buf, **old)
    data = _with_member(_with_member(data, "state.json", json.dumps(state).encode()),
                        "optimizer.npz", buf.getvalue())
    back = ex.from_bytes(data).trainer
    np.testing.assert_allclose(back.optimizer.m, tr.optimizer.m, rtol=1e-6)


# ============================================================ 10. zip amplification
BOMB = textwrap.dedent("""
    import io, resource, sys, zipfile
    from rnnstudio.engine import experiment as ex
    data = open(sys.argv[1], "rb").read()
    try:
        ex.from_bytes(data)
        print("accepted")
    except ex.ExperimentError as exc:
        print("refused", str(exc)[:100].replace(chr(10), " "))
    # the peak of this process's own memory: VmHWM (getrusage's ru_maxrss can carry the
    # parent's peak over fork and exec)
    try:
        hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
        print(int(hwm.split()[1]) // 1024)
    except OSError:
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
""")


def _bomb(good: bytes, member: str, size: int, lie: bool) -> bytes:
    """`good` with `member` replaced by `size` zero bytes (declaring a tiny size if `lie`)."""
    src = zipfile.ZipFile(io.BytesIO(good))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info.filename, src.read(info.filename))
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=False) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(chunk)
    data = bytearray(buf.getvalue())
    if lie:  # patch the declared sizes (local and central headers) to 1,000 bytes
        import struct
        for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
            i = data.find(sig)
            while i >= 0:
                name_len = struct.unpack_from("<H", data, i + (26 if sig == b"PK\x03\x04"
                                                               else 28))[0]
                start = i + (30 if sig == b"PK\x03\x04" else 46)
                if bytes(data[start:start + name_len]) == member.encode():
                    struct.pack_into("<I", data, i + off, 1000)
                i = data.find(sig, i + 4)
    return bytes(data)


@pytest.mark.parametrize("member,lie", [("metrics.csv", False), ("optimizer.npz", False),
                                        ("weights.npz", True), ("notes.md", True)])
def test_zip_bombs_are_refused_in_little_memory(tmp_path: Path, good: bytes, member: str,
                                                lie: bool) -> None:
    data = _bomb(good, member, 500 << 20, lie)  # 500 MiB of zeros in ~0.5 MB (under the old
    # per-member limits: the old loader peaked above 1 GB on these)
    assert len(data) < 1 << 20
    path = tmp_path / "bomb.rnnstudio"
    path.write_bytes(data)
    env = dict(os.environ, PYTHONPATH=str(ROOT), OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", BOMB, str(path)], capture_output=True,
                         text=True, timeout=120, env=env, check=True).stdout.split("\n")
    assert out[0].startswith("refused"), out
    peak_mb = int(out[1])
    print(f"{member}: peak RSS {peak_mb} MB")
    assert peak_mb < 300, out


# ============================================================ 11. lenient loading
def test_weights_stored_as_text_are_refused(good: bytes) -> None:
    weights = dict(np.load(io.BytesIO(zipfile.ZipFile(io.BytesIO(good)).read("weights.npz"))))
    weights["head.bias"] = weights["head.bias"].astype(str)
    buf = io.BytesIO()
    np.savez(buf, **weights)
    with pytest.raises(ExperimentError, match="head.bias"):
        ex.from_bytes(_with_member(good, "weights.npz", buf.getvalue()))


@pytest.mark.parametrize("lr", [1e308, 11.0, 1e-9])
def test_a_saved_lr_outside_the_settings_range_is_refused(good: bytes, lr: float) -> None:
    state = json.loads(zipfile.ZipFile(io.BytesIO(good)).read("state.json"))
    state["trainer"]["lr"] = lr
    with pytest.raises(ExperimentError, match="state.json.*lr.*out of range"):
        ex.from_bytes(_with_member(good, "state.json", json.dumps(state).encode()))


def test_optimizer_step_count_must_be_an_integer(good: bytes) -> None:
    opt = dict(np.load(io.BytesIO(zipfile.ZipFile(io.BytesIO(good)).read("optimizer.npz"))))
    opt["t"] = np.array(2.5)
    buf = io.BytesIO()
    np.savez(buf, **opt)
    with pytest.raises(ExperimentError, match="'t'"):
        ex.from_bytes(_with_member(good, "optimizer.npz", buf.getvalue()))


# ============================================================ 13. stale temporaries
def test_stale_temporary_files_are_removed_on_the_next_save_or_open(tmp_path: Path) -> None:
    target = tmp_path / "run.rnnstudio"
    stale = [tmp_path / ".run.rnnstudio.rnnstudio.abc123.tmp", tmp_path / ".run.rnnstudio.x9.tmp"]
    other = [tmp_path / ".other.rnnstudio.abc.tmp", tmp_path / "run.rnnstudio.tmp"]
    long_ago = time.time() - 2 * files.STALE_SECONDS

    def leave(paths) -> None:  # what a crash leaves: files written some time ago
        for p in paths:
            p.write_bytes(b"x" * 1000)
            os.utime(p, (long_ago, long_ago))

    leave(stale + other)
    fresh = tmp_path / ".run.rnnstudio.rnnstudio.justnow.tmp"
    fresh.write_bytes(b"x")  # perhaps a save under way by a program that takes no lock
    tr = Trainer(small())
    ex.save(target, Experiment(ex.capture(tr), History()))
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in other)  # not ours, or not for this file
    assert fresh.exists()
    leave(stale)
    ex.load(target)
    assert not any(p.exists() for p in stale)


@pytest.mark.skipif(files.fcntl is None, reason="no file locks here")
def test_a_save_in_progress_is_not_taken_for_stale(tmp_path: Path) -> None:
    import fcntl

    target = tmp_path / "c.json"
    busy = tmp_path / ".c.json.rnnstudio.busy.tmp"
    busy.write_bytes(b"half")
    os.utime(busy, (time.time() - 60, time.time() - 60))
    fd = os.open(busy, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        files.atomic_write_text(target, "{}")
        assert busy.exists()
    finally:
        os.close(fd)
    files.atomic_write_text(target, "{}")
    assert not busy.exists()


def test_atomic_writers_stay_importable_from_config() -> None:
    from rnnstudio.engine.config import atomic_write_bytes, atomic_write_text

    assert atomic_write_bytes is files.atomic_write_bytes
    assert atomic_write_text is files.atomic_write_text



@pytest.mark.skipif(not HAS_FIFO, reason="no FIFOs on this system")
def test_weights_and_lesson_files_use_the_same_reader(tmp_path: Path) -> None:
    from rnnstudio.engine.interop import load_npz
    from rnnstudio.engine.lessons import LessonError, load_lesson

    pipe = _fifo(tmp_path, "w.npz")
    with pytest.raises(ValueError, match="not a regular file"):
        _within(5.0, load_npz, pipe)
    if os.path.exists("/dev/zero"):
        with pytest.raises(ValueError, match="not a regular file"):
            load_npz("/dev/zero")
    lesson = _fifo(tmp_path, "x.json")
    with pytest.raises(LessonError, match="not a regular file"):
        _within(5.0, load_lesson, lesson)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    deep.with_suffix(".md").write_text("text")
    with pytest.raises(LessonError, match="nested too deeply"):
        load_lesson(deep)
