"""`rnnstudio inspect ...` as a user runs it: trains like `train`, prints the mechanism."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from rnnstudio.cli_inspect import main
from rnnstudio.engine import mechanism as mech
from rnnstudio.engine.cells import registry
from rnnstudio.engine.config import CELLS, default_preset
from rnnstudio.engine.trainer import Trainer

KEYS = {
    "jacobian": {"layer", "sigma_max", "spectral_radius", "gamma", "T", "jacobian_norms",
                 "cell_jacobian_norms"},
    "contributions": {"T", "contributions", "input_connectivity"},
    "saturation": {"gates"},
    "landscape": {"alphas", "loss", "path"},
}
SMALL = ["--hidden", "4", "--bits", "4", "--steps", "12", "--batch", "4", "--seed", "3"]


def run(capsys, *args) -> tuple[int, dict | None, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    return code, json.loads(lines[-1]) if "--json" in args and lines else None, err


def trained(cell: str, steps: int = 12) -> Trainer:
    cfg = default_preset().replace(cell=cell, hidden=4, bits=4, steps=steps, batch=4, seed=3)
    tr = Trainer(cfg)
    for _ in tr.run():
        pass
    return tr


@pytest.mark.parametrize("view", list(KEYS))
@pytest.mark.parametrize("cell", CELLS)
def test_json_has_exactly_the_documented_keys(capsys, view, cell):
    code, r, _ = run(capsys, view, "--cell", cell, *SMALL, "--json")
    assert code == 0 and set(r) == KEYS[view]
    if view == "jacobian":
        assert r["T"] == 4 and len(r["jacobian_norms"]) == 4
        assert (r["cell_jacobian_norms"] is None) == ("c" not in registry.info(cell).state_names)
    if view == "contributions":
        C = np.array(r["contributions"])
        assert C.shape == (4, 4) and np.all(np.triu(C, 1) == 0)
        assert np.array(r["input_connectivity"]).shape == (4, 4)
    if view == "saturation":
        assert (r["gates"] is None) == (cell == "elman")
    if view == "landscape":
        assert len(r["alphas"]) == len(r["loss"]) and len(r["path"]) == 10


def test_numbers_are_those_of_the_same_run_trained_in_process(capsys):
    """Same seed, same budget: the command's numbers are the engine's on those weights."""
    for cell in ("elman", "lstm"):
        _, r, _ = run(capsys, "jacobian", "--cell", cell, *SMALL, "--json")
        tr = trained(cell)
        probe = tr.task.heldout().take(slice(0, 8))
        e = mech.jacobian(tr.net, probe.x)
        np.testing.assert_allclose(r["jacobian_norms"], e["jacobian_norms"], rtol=1e-12)
        assert r["sigma_max"] == pytest.approx(e["sigma_max"])
        _, r, _ = run(capsys, "saturation", "--cell", cell, *SMALL, "--json")
        s = mech.saturation(tr.net, probe.x)
        if s is None:
            assert r["gates"] is None
        else:
            for g, v in s.items():
                np.testing.assert_allclose(r["gates"][g]["right"], v["right"])


def test_elman_bound_holds_in_the_command_output(capsys):
    for seed in range(5):
        _, r, _ = run(capsys, "jacobian", "--cell", "elman", "--activation", "sigmoid",
                      "--recurrent-scale", "3", "--steps", "5", "--seed", str(seed), "--json")
        T = r["T"]
        bound = [(r["sigma_max"] * r["gamma"]) ** (T - k) for k in range(1, T + 1)]
        assert r["gamma"] == 0.25
        assert all(j <= b * (1 + 1e-9) for j, b in zip(r["jacobian_norms"], bound, strict=True))


@pytest.mark.parametrize(("args", "field"), [
    (["jacobian", "--layer", "2"], "layer"),
    (["jacobian", "--layer", "x"], "--layer"),
    (["landscape", "--last", "-1"], "last"),
    (["wobble"], "view"),
    (["jacobian", "--cell", "cnn"], "--cell"),
])
def test_bad_input_is_one_line_naming_the_setting(capsys, args, field):
    with pytest.raises(SystemExit) as exc:
        main([*args, "--steps", "1"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and field in err[0]


def test_dispatched_from_the_main_command(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "rnnstudio", "inspect", "contributions", *SMALL, "--json",
         "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(r) == KEYS["contributions"]
    assert json.loads((tmp_path / "inspect-contributions.json").read_text()) == r
