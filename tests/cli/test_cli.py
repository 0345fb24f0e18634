"""`rnnstudio train` as a user runs it from a terminal."""

import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from rnnstudio.cli import main
from rnnstudio.engine.config import Config, default_preset, specs


def run_cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_documents_every_setting(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for name in specs():
        assert "--" + name.replace("_", "-") in text
    for opt in ("--config", "--out", "--json", "--until-metric", "--truncate"):
        assert opt in text


def test_json_summary_is_the_last_line(capsys):
    code, out, _ = run_cli(capsys, "--task", "addition", "--cell", "elman", "--hidden", "16",
                           "--until-metric", "1.0", "--lr", "0.03", "--json")
    assert code == 0
    summary = json.loads(out.strip().splitlines()[-1])
    assert set(summary) == {"task", "cell", "steps", "seconds", "updates_per_second", "loss",
                            "metric", "diverged"}
    assert summary["task"] == "addition" and summary["cell"] == "elman"
    assert summary["metric"] == {"name": "sum_accuracy", "value": 1.0}
    assert summary["diverged"] is False
    assert 0 < summary["steps"] < 2000
    assert summary["updates_per_second"] > 0


@pytest.mark.parametrize(
    ("args", "field", "allowed"),
    [
        (["--cell", "cnn"], "--cell", "elman, lstm, peephole, gru"),
        (["--task", "go"], "--task", "addition, detection"),
        (["--hidden", "0"], "--hidden", "1 to 1024"),
        (["--lr", "-1"], "--lr", "1e-06 to 10"),
        (["--lr", "nan"], "--lr", "finite"),
        (["--bits", "64"], "--bits", "2 to 32"),
        (["--hidden", "lots"], "--hidden", "integer"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(capsys, args, field, allowed):
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert field in err and allowed in err


def test_unreadable_config_file_is_refused(capsys, tmp_path):
    bad = tmp_path / "c.json"
    bad.write_text("{oops")
    with pytest.raises(SystemExit) as exit_:
        main(["--config", str(bad)])
    assert exit_.value.code == 2
    assert "config" in capsys.readouterr().err


def test_bad_input_shows_no_traceback():
    res = subprocess.run([sys.executable, "-m", "rnnstudio", "train", "--cell", "cnn"],
                         capture_output=True, text=True)
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1


def test_out_writes_files_and_config_reproduces_the_run_exactly(capsys, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    code, _, _ = run_cli(capsys, "--steps", "60", "--eval-every", "20", "--seed", "7",
                         "--out", str(a))
    assert code == 0
    assert Config.load(a / "config.json") == default_preset().replace(steps=60, eval_every=20,
                                                                        seed=7)
    rows = list(csv.DictReader((a / "metrics.csv").open()))
    assert len(rows) == 60
    assert rows[19]["sum_accuracy"] != "" and rows[18]["sum_accuracy"] == ""
    code, _, _ = run_cli(capsys, "--config", str(a / "config.json"), "--out", str(b))
    assert code == 0
    assert (a / "metrics.csv").read_bytes() == (b / "metrics.csv").read_bytes()
    wa, wb = np.load(a / "weights.npz"), np.load(b / "weights.npz")
    assert sorted(wa.files) == sorted(wb.files)
    for k in wa.files:
        np.testing.assert_array_equal(wa[k], wb[k])


def test_explicit_options_override_the_config_file(capsys, tmp_path):
    p = tmp_path / "c.json"
    Config(hidden=8, steps=5, seed=1).save(p)
    code, _, _ = run_cli(capsys, "--config", str(p), "--hidden", "12", "--out", str(tmp_path / "o"))
    assert code == 0
    saved = Config.load(tmp_path / "o" / "config.json")
    assert saved.hidden == 12 and saved.steps == 5 and saved.seed == 1


def test_divergence_is_reported_with_advice(capsys):
    code, out, err = run_cli(capsys, "--optimizer", "sgd", "--lr", "10", "--clip-mode", "none",
                             "--activation", "relu", "--init", "uniform", "--recurrent-scale",
                             "10", "--hidden", "64", "--json")
    assert code == 1
    assert "diverged at step" in err and "learning rate" in err
    assert json.loads(out.strip().splitlines()[-1])["diverged"] is True
