"""`rnnstudio train`: its defaults are the app's default preset, a char-LM run ends with
a text sample, and --resume continues a run saved with --out exactly."""

from __future__ import annotations

import json
import re

import pytest

from rnnstudio.cli import CHECKPOINT, build_parser, main, make_config
from rnnstudio.engine.config import Config, specs
from rnnstudio.gui.settings import default_preset


def test_empty_command_line_is_the_apps_default_preset() -> None:
    config = make_config(build_parser().parse_args([]))
    assert config == default_preset()
    assert config != Config()  # the preset differs from the bare dataclass defaults


def test_help_states_the_defaults_that_are_used() -> None:
    text = " ".join(build_parser().format_help().split())
    text = text[text.index("model settings:"):]  # the option list, not the usage line
    used = make_config(build_parser().parse_args([]))
    for name in ("lr", "activation", "init", "hidden", "task", "cell"):
        flag = "--" + name.replace("_", "-")
        after = text[text.index(flag + " "):]
        stated = re.search(r"Default: ([^ ]+?)\.(?: |$)", after).group(1)
        assert stated == str(getattr(used, name)), name
    assert "--resume" in text and "To continue a run's training, use --resume" in text
    assert len(specs()) > 10


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_charlm_run_prints_a_seeded_sample(capsys) -> None:
    argv = ["--task", "charlm", "--cell", "elman", "--hidden", "16", "--seq-len", "16",
            "--steps", "5", "--quiet"]
    code, out, _ = _run([*argv, "--json"], capsys)
    assert code == 0
    sample = json.loads(out.strip().splitlines()[-1])["sample"]
    assert isinstance(sample, str) and len(sample) >= 200
    code, out, _ = _run(argv, capsys)
    assert "sample at temperature 0.8:" in out and sample in out  # same seed, same text
    _, out, _ = _run([*argv, "--json", "--temperature", "0.1"], capsys)
    assert json.loads(out.strip().splitlines()[-1])["sample"] != sample


def test_tasks_without_text_have_no_sample(capsys) -> None:
    _, out, _ = _run(["--steps", "3", "--quiet", "--json"], capsys)
    assert "sample" not in json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize("task", ["addition", "charlm"])
def test_resume_equals_an_uninterrupted_run(tmp_path, capsys, task) -> None:
    common = ["--task", task, "--cell", "lstm", "--hidden", "8", "--eval-every", "10",
              "--quiet"]
    if task == "charlm":
        common += ["--seq-len", "12"]
    half, whole = tmp_path / "half", tmp_path / "whole"
    assert _run([*common, "--steps", "20", "--out", str(half)], capsys)[0] == 0
    first = (half / "metrics.csv").read_text()
    assert (half / CHECKPOINT).is_file()
    assert _run(["--resume", str(half), "--steps", "40", "--quiet"], capsys)[0] == 0
    assert _run([*common, "--steps", "40", "--out", str(whole)], capsys)[0] == 0
    resumed = (half / "metrics.csv").read_text()
    assert resumed.startswith(first)
    assert resumed == (whole / "metrics.csv").read_text()
    assert Config.load(half / "config.json").steps == 40


def test_config_alone_starts_fresh(tmp_path, capsys) -> None:
    run = tmp_path / "run"
    main(["--steps", "10", "--out", str(run), "--quiet", "--eval-every", "5"])
    _, out, _ = _run(["--config", str(run / "config.json"), "--steps", "10", "--quiet",
                      "--json"], capsys)
    assert json.loads(out.strip().splitlines()[-1])["steps"] == 10  # not 20


def _error(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    return capsys.readouterr().err


def test_resume_errors_name_the_option_and_leave_the_run_alone(tmp_path, capsys) -> None:
    run = tmp_path / "run"
    main(["--steps", "10", "--out", str(run), "--quiet"])
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in run.iterdir()}
    assert "resume:" in _error(["--resume", str(tmp_path / "missing")], capsys)
    assert "--hidden" in _error(["--resume", str(run), "--hidden", "4"], capsys)
    assert "--steps above 10" in _error(["--resume", str(run), "--steps", "10"], capsys)
    assert "--config" in _error(["--resume", str(run), "--config", str(run / "config.json")],
                                capsys)
    assert {p.name: p.read_bytes() for p in run.iterdir()} == before
    (run / CHECKPOINT).write_bytes(b"not a zip")
    err = _error(["--resume", str(run), "--steps", "20"], capsys)
    assert "resume:" in err and CHECKPOINT in err
    (run / CHECKPOINT).unlink()
    assert CHECKPOINT in _error(["--resume", str(run), "--steps", "20"], capsys)
    assert (run / "metrics.csv").read_bytes() == before["metrics.csv"]


def test_resume_warns_when_the_data_file_changed_since(tmp_path, capsys) -> None:
    data = tmp_path / "series.csv"
    data.write_text("t,v\n" + "".join(f"{i},{i % 7}\n" for i in range(100)), encoding="utf-8")
    run = tmp_path / "run"
    argv = ["--task", "forecast", "--data", str(data), "--seq-len", "10", "--quiet"]
    assert _run([*argv, "--steps", "5", "--out", str(run)], capsys)[0] == 0
    code, _, err = _run(["--resume", str(run), "--steps", "8", "--quiet"], capsys)
    assert code == 0 and "warning" not in err  # the same file
    with data.open("a", encoding="utf-8") as fh:
        fh.write("100,3\n101,4\n")
    code, _, err = _run(["--resume", str(run), "--steps", "11", "--quiet"], capsys)
    assert code == 0
    assert "warning: data:" in err and "series.csv' has changed since this run was saved" in err


def test_resume_finds_a_moved_data_file_beside_the_run(tmp_path, capsys) -> None:
    data = tmp_path / "series.csv"
    data.write_text("t,v\n" + "".join(f"{i},{i % 7}\n" for i in range(100)), encoding="utf-8")
    run = tmp_path / "run"
    argv = ["--task", "forecast", "--data", str(data), "--seq-len", "10", "--quiet"]
    assert _run([*argv, "--steps", "5", "--out", str(run)], capsys)[0] == 0
    data.rename(run / "series.csv")  # moved in with the run
    code, _, err = _run(["--resume", str(run), "--steps", "8", "--quiet"], capsys)
    assert code == 0, err
    assert "is not there any more; using the same file beside the run" in err
    (run / "series.csv").unlink()  # gone altogether: the reader's own message
    with pytest.raises(SystemExit) as stop:
        _run(["--resume", str(run), "--steps", "11", "--quiet"], capsys)
    assert stop.value.code == 2
    assert "data: file not found" in capsys.readouterr().err
