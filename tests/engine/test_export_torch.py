"""The exported PyTorch program trains exactly like the engine.

Proof of equivalence: for every cell and every task, ``train_torch.py --check 50`` prints
the losses of its first 50 updates, and each is within 1e-4 (relative, float32) of the
loss ``rnnstudio train --config ... --out DIR`` writes to ``metrics.csv`` from the same
start. The scripts run in one subprocess (each as ``__main__`` with its own argv), so
torch is imported once. Skipped without torch (``pip install ".[torch]"``).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from rnnstudio.__main__ import main as rnnstudio
from rnnstudio.engine import export_torch
from rnnstudio.engine.config import CELLS, TASKS, Config, ConfigError
from rnnstudio.engine.interop import load_npz, load_state_dict
from rnnstudio.engine.trainer import Trainer

HAS_TORCH = importlib.util.find_spec("torch") is not None
needs_torch = pytest.mark.skipif(not HAS_TORCH, reason="torch is not installed")
STEPS = 50
TOLERANCE = 1e-4  # relative, float32


def small(cell: str, task: str, **changes) -> Config:
    """A quick configuration of every task (short sequences, small batches)."""
    quick = {"hidden": 12, "batch": 6, "seq_len": 16, "delay": 6, "bits": 6, "steps": STEPS}
    return Config(cell=cell, task=task, **{**quick, **changes})


def engine_losses(cfg: Config, tmp: Path) -> np.ndarray:
    """The losses `rnnstudio train --config --out` writes to metrics.csv."""
    cfg.save(tmp / "config.json")
    assert rnnstudio(["train", "--config", str(tmp / "config.json"), "--out",
                      str(tmp / "run"), "--quiet"]) == 0
    with open(tmp / "run" / "metrics.csv", newline="") as fh:
        return np.array([float(row["loss"]) for row in csv.DictReader(fh)])


# Runs each script as `python SCRIPT --check N` would, in one interpreter; prints
# {script: last line of its output, or the error}.
DRIVER = """
import contextlib, io, json, runpy, sys, traceback
out = {}
for script, n in json.loads(sys.argv[1]):
    buf = io.StringIO()
    sys.argv = [script, "--check", str(n)]
    try:
        with contextlib.redirect_stdout(buf):
            runpy.run_path(script, run_name="__main__")
        out[script] = buf.getvalue().strip().splitlines()[-1]
    except BaseException:
        out[script] = traceback.format_exc()
print(json.dumps(out))
"""


def run_scripts(jobs: list[tuple[Path, int]]) -> dict[Path, np.ndarray | str]:
    """The --check losses of every (script, N), from one subprocess; a script that fails
    gives its error text instead, so only its own cases fail."""
    res = subprocess.run([sys.executable, "-c", DRIVER,
                          json.dumps([[str(p), n] for p, n in jobs])],
                         capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, res.stderr[-2000:]
    lines = json.loads(res.stdout.strip().splitlines()[-1])
    out: dict[Path, np.ndarray | str] = {}
    for path, n in jobs:
        line = lines[str(path)]
        try:
            last = json.loads(line)
            assert last["steps"] == n, f"{last['steps']} steps, not {n}"
            out[path] = np.array(last["losses"])
        except Exception:  # not the JSON line: the traceback, or a short run
            out[path] = line
    return out


def script_losses(script: Path, n: int) -> np.ndarray:
    """The last line of `python SCRIPT --check N`, in a subprocess of its own."""
    res = subprocess.run([sys.executable, str(script), "--check", str(n)],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    last = json.loads(res.stdout.strip().splitlines()[-1])
    assert last["steps"] == n
    return np.array(last["losses"])


def export(cfg: Config, tmp: Path, weights: Path | None = None,
           name: str = "train_torch.py") -> Path:
    out = tmp / name
    argv = ["export-torch", "--config", str(tmp / "config.json"), "--out", str(out)]
    cfg.save(tmp / "config.json")
    if weights is not None:
        argv += ["--weights", str(weights)]
    assert rnnstudio(argv) == 0
    return out


def relative(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a - b) / np.maximum(np.abs(a), 1e-12)


MATRIX = [(cell, task, {}) for cell in CELLS for task in TASKS]


# Every optimizer, clipping mode, truncated BPTT, float64, stacked layers, each Elman
# activation and initialiser, and the tasks' other options.
VARIANTS = [
    ("elman", "addition", {"optimizer": "sgd", "lr": 0.5, "activation": "sigmoid",
                           "init": "uniform", "bit_loss": "mse"}),
    ("gru", "adding", {"optimizer": "momentum", "lr": 0.05, "clip_mode": "value", "clip": 0.1}),
    ("lstm", "charlm", {"optimizer": "rmsprop", "lr": 0.005, "truncate": 5}),
    ("peephole", "forecast", {"series": "arma", "layers": 2, "init": "orthogonal",
                              "clip_mode": "none"}),
    ("elman", "detection", {"activation": "relu", "recurrent_scale": 0.5, "word": "abc",
                            "truncate": 4, "layers": 2}),
    ("gru", "addition", {"bits": 12, "dtype": "float64", "truncate": 5}),
    ("peephole", "recall", {"truncate": 3, "forget_bias": 2.0, "seed": 7}),
    ("gru", "forecast", {"data": str(Path(__file__).resolve().parents[2] / "resources"
                                     / "examples" / "sunspots.csv")}),  # a file's series
]


CASES = MATRIX + VARIANTS
IDS = [f"{c}-{t}" + "".join(f"-{k}" for k in ch) for c, t, ch in CASES]


@pytest.fixture(scope="module")
def losses(tmp_path_factory):
    """(engine losses, script losses) of every case, keyed by its id; a case whose
    training, export or script failed holds its error text instead, so it fails alone."""
    jobs, ours, failed = {}, {}, {}
    for key, (cell, task, changes) in zip(IDS, CASES, strict=True):
        tmp = tmp_path_factory.mktemp(key)
        cfg = small(cell, task, **changes)
        try:
            ours[key] = engine_losses(cfg, tmp)
            jobs[key] = export(cfg, tmp)
        except (Exception, SystemExit) as err:
            failed[key] = f"{type(err).__name__}: {err}"
    theirs = run_scripts([(path, STEPS) for path in jobs.values()])
    return {**{key: (ours[key], theirs[path]) for key, path in jobs.items()}, **failed}


def case(losses: dict, key: str) -> tuple[np.ndarray, np.ndarray]:
    """This case's (engine, script) losses; fails (this case only) with its error."""
    got = losses[key]
    if isinstance(got, str):
        pytest.fail(f"{key}: {got}")
    ours, theirs = got
    if isinstance(theirs, str):
        pytest.fail(f"{key}: the exported script failed:\n{theirs}")
    return ours, theirs


@needs_torch
@pytest.mark.parametrize("key", IDS[:len(MATRIX)])
def test_exported_script_reproduces_the_engines_losses(key, losses):
    ours, theirs = case(losses, key)
    assert len(ours) == STEPS
    rel = relative(ours, theirs)
    assert rel.max() < TOLERANCE, (key, rel.max(), int(rel.argmax()))


@needs_torch
@pytest.mark.parametrize("key", IDS[len(MATRIX):])
def test_every_training_setting_is_carried_over(key, losses):
    ours, theirs = case(losses, key)
    tol = 1e-9 if "dtype" in key else TOLERANCE
    assert relative(ours, theirs).max() < tol, key


@needs_torch
@pytest.mark.parametrize("cell", ["lstm", "peephole", "mgu"])
def test_exported_weights_are_the_scripts_start(cell, tmp_path):
    """--weights: the script starts from the trained weights (strict load) and trains on
    as the engine does from the same weights."""
    cfg = small(cell, "recall")
    engine_losses(cfg, tmp_path)  # trains 50 updates, writes run/weights.npz
    weights = tmp_path / "run" / "weights.npz"
    trainer = Trainer(cfg)
    load_state_dict(trainer.net, load_npz(weights))
    ours = np.array([trainer.update()[0] for _ in range(20)])
    theirs = script_losses(export(cfg, tmp_path, weights), 20)  # its own `python SCRIPT`
    assert relative(ours, theirs).max() < TOLERANCE
    seeds_start = engine_losses(cfg, tmp_path)
    assert abs(seeds_start[0] - theirs[0]) > 1e-3  # it did not start from the seed's weights


def test_script_is_valid_python_that_names_the_pytorch_pieces(tmp_path):
    for cell in CELLS:
        for task in TASKS:
            cfg = small(cell, task, optimizer="rmsprop", clip_mode="value")
            source = export_torch.export_script(cfg)
            compile(source, "train_torch.py", "exec")
            assert "torch.optim.RMSprop(params, lr=LR, alpha=0.9" in source
            assert "clip_grad_value_" in source and "load_state_dict(sd, strict=True)" in source
            assert '"--device"' in source and '"--check"' in source
    assert "nn.LSTM(" in export_torch.export_script(small("lstm", "adding"))
    assert "nn.GRU(" in export_torch.export_script(small("gru", "adding"))
    assert "nonlinearity='relu'" in export_torch.export_script(
        small("elman", "adding", activation="relu"))
    assert "class PeepholeLSTM(nn.Module)" in export_torch.export_script(
        small("peephole", "adding"))
    assert "class MGU(nn.Module)" in export_torch.export_script(small("mgu", "adding"))


def test_every_registered_cell_is_exportable():
    """A cell module brings its exporter (CELL_EXPORTERS or its descriptor's hook)."""
    assert export_torch.exportable_cells()[:len(CELLS)] == list(CELLS)


def test_one_failing_script_fails_only_its_own_case(tmp_path):
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text('import json\nprint(json.dumps({"steps": 2, "losses": [1.0, 0.5]}))\n')
    bad.write_text('raise RuntimeError("broken exporter")\n')
    out = run_scripts([(bad, 2), (good, 2)])
    assert "broken exporter" in out[bad]
    np.testing.assert_array_equal(out[good], [1.0, 0.5])


def test_a_cell_without_an_exporter_is_refused_by_name(monkeypatch):
    monkeypatch.delitem(export_torch.CELL_EXPORTERS, "gru")
    with pytest.raises(ConfigError) as err:
        export_torch.export_script(small("gru", "adding"))
    assert err.value.field == "cell" and "lstm" in str(err.value)


def test_cli_refuses_weights_of_another_network_in_one_line(tmp_path, capsys):
    engine_losses(small("lstm", "adding", steps=1), tmp_path)
    cfg = small("gru", "adding")
    cfg.save(tmp_path / "gru.json")
    out = tmp_path / "x.py"
    with pytest.raises(SystemExit) as exit_:
        rnnstudio(["export-torch", "--config", str(tmp_path / "gru.json"), "--weights",
                   str(tmp_path / "run" / "weights.npz"), "--out", str(out)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cell" in err and "lstm" in err
    assert not out.exists()


def test_cli_json_summary_is_the_last_line(tmp_path, capsys):
    out = tmp_path / "t.py"
    assert rnnstudio(["export-torch", "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["out"] == str(out) and summary["cell"] == "elman" and out.exists()
