"""`rnnstudio train --task classify --data FILE` as a user runs it."""

import csv
import json

import pytest

from rnnstudio.cli import main


def test_a_users_tsv_trains_and_writes_confusion_counts(capsys, tmp_path):
    data = tmp_path / "mine.tsv"
    rows = [("up", "1 2 3 4"), ("up", "0 2 5"), ("up", "3 4 5 6 7"), ("up", "1 3"),
            ("down", "4 3 2 1"), ("down", "9 5 1"), ("down", "7 6 5 4 3"), ("down", "3 1")]
    data.write_text("".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    out = tmp_path / "run"
    code = main(["--task", "classify", "--data", str(data), "--cell", "gru", "--steps", "60",
                 "--eval-every", "20", "--out", str(out), "--json"])
    assert code == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["task"] == "classify" and summary["metric"]["name"] == "accuracy"
    with open(out / "metrics.csv", encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert {"accuracy", "balanced_accuracy", "n_0_0", "n_1_0"} <= set(header)


def test_a_bad_data_file_is_one_line_naming_the_setting_and_the_lines(capsys, tmp_path):
    data = tmp_path / "bad.csv"
    data.write_text("a,x y\na,y x\nb,x x\nb,y\nc\n\nd,\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--task", "classify", "--data", str(data), "--steps", "5"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "data" in err and "line 5" in err and "line 7" in err
