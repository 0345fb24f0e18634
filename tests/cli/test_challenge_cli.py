"""`rnnstudio challenge` as a learner runs it from a terminal."""

import json

from rnnstudio.__main__ import main
from rnnstudio.engine.challenges import load_challenges
from rnnstudio.engine.config import Config


def run(capsys, *args):
    code = main(["challenge", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_names_every_challenge(capsys):
    code, out, _ = run(capsys, "--list")
    assert code == 0
    for ch in load_challenges():
        assert ch.id in out and ch.title in out
    code, out, _ = run(capsys, "--list", "--json")
    assert {row["challenge"] for row in json.loads(out)} == {c.id for c in load_challenges()}


def test_starter_config_then_check_it_fails_then_the_fix_passes(capsys, tmp_path):
    start = tmp_path / "start.json"
    code, out, _ = run(capsys, "fast_adder", "--starter-config", str(start))
    assert code == 0 and start.exists()
    cfg = Config.load(start)
    assert cfg.optimizer == "sgd" and cfg.activation == "sigmoid"
    code, out, _ = run(capsys, "fast_adder", "--config", str(start), "--json")
    verdict = json.loads(out.strip().splitlines()[-1])
    assert code == 1 and verdict["challenge"] == "fast_adder" and verdict["passed"] is False
    assert "at least 1" in verdict["reason"]
    assert verdict["metric"]["name"] == "sum_accuracy" and verdict["metric"]["value"] < 1
    # train's options change the config, as the learner would from the file
    code, out, _ = run(capsys, "fast_adder", "--config", str(start), "--optimizer", "adam",
                       "--lr", "0.03", "--activation", "tanh", "--init", "glorot", "--json")
    verdict = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and verdict["passed"] is True and verdict["metric"]["value"] == 1.0


def test_plain_output_says_why(capsys):
    code, out, _ = run(capsys, "adder_fewest")  # the starting config: too many units
    assert code == 1
    assert "not passed" in out and "hidden was 16" in out and "at most 4" in out


def test_bad_input_exits_2_with_one_line(capsys, tmp_path):
    for args, words in [(["nope"], "'nope' is not a challenge"),
                        ([], "NAME"),
                        (["fast_adder", "--hidden", "0"], "--hidden"),
                        (["fast_adder", "--config", str(tmp_path / "none.json")],
                         "file not found")]:
        try:
            code = main(["challenge", *args])
        except SystemExit as stop:
            code = stop.code
        err = capsys.readouterr().err
        assert code == 2, args
        assert words in err and len(err.strip().splitlines()) == 1, (args, err)
    bad = tmp_path / "mine.json"
    bad.write_text('{"id": "mine"}', encoding="utf-8")
    try:
        code = main(["challenge", str(bad)])
    except SystemExit as stop:
        code = stop.code
    assert code == 2 and "mine.json: 'title' is missing" in capsys.readouterr().err
