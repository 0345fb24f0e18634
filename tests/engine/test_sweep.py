"""The memory-horizon sweep: every (cell, delay) trained with the same budget and batches,
stoppable, and showing where a plain Elman network's memory gives out."""

import json
import math
import threading

import numpy as np
import pytest

from rnnstudio.__main__ import main
from rnnstudio.engine.config import ConfigError
from rnnstudio.engine.sweep import SweepSettings, run_sweep, table, to_csv
from rnnstudio.engine.trainer import Trainer


def finish(settings, stop=None):
    return list(run_sweep(settings, stop))[-1]


def test_every_cell_and_delay_gets_the_same_budget():
    s = SweepSettings(cells=("elman", "gru"), delays=(3, 6), steps=20, hidden=8)
    last = finish(s)
    assert last.finished and last.done == last.total == 80
    assert [(r.cell, r.delay) for r in last.results] == [("elman", 3), ("gru", 3),
                                                        ("elman", 6), ("gru", 6)]
    assert all(r.updates == 20 and 0 <= r.accuracy <= 1 for r in last.results)
    t = table(last.results, s.cells, s.delays)
    assert set(t) == {"elman", "gru"} and all(len(v) == 2 for v in t.values())
    assert to_csv(last.results).count("\n") == 5


def test_cells_see_the_same_batches():
    s = SweepSettings(cells=("elman", "lstm"), delays=(10,))
    a, b = (Trainer(s.config(c, 10)) for c in s.cells)
    for _ in range(3):
        xa = a.task.batch(a.data_rng, 4).x
        xb = b.task.batch(b.data_rng, 4).x
        assert np.array_equal(xa, xb)


def test_stop_flag_ends_the_sweep_between_updates():
    stop = threading.Event()
    s = SweepSettings(cells=("elman",), delays=(5, 10), steps=500, hidden=8)
    seen = []
    for p in run_sweep(s, stop):
        seen.append(p)
        if len(seen) == 3:
            stop.set()
    last = seen[-1]
    assert last.stopped and not last.finished and last.done < last.total


@pytest.mark.parametrize("seed", range(5))
def test_elman_memory_gives_out_where_the_gated_cells_hold(seed):
    s = SweepSettings(cells=("elman", "gru"), delays=(5, 40), steps=300, seed=seed)
    got = {(r.cell, r.delay): r.accuracy for r in finish(s).results}
    assert got[("elman", 5)] >= 0.9 and got[("gru", 5)] >= 0.9
    assert got[("elman", 40)] <= 0.5  # chance is 0.25


@pytest.mark.parametrize("change, field", [
    ({"task": "charlm"}, "task"), ({"cells": ("elman", "rnn")}, "cells"),
    ({"cells": ()}, "cells"), ({"delays": (5, 500)}, "delays"), ({"delays": (5, 5)}, "delays"),
    ({"steps": 0}, "steps"), ({"lr": -1.0}, "lr"),
])
def test_bad_settings_name_the_setting(change, field):
    with pytest.raises(ConfigError) as err:
        SweepSettings(**change)
    assert err.value.field == field


def test_adding_problem_uses_the_delay_as_sequence_length():
    s = SweepSettings(task="adding", cells=("gru",), delays=(7,), steps=5)
    assert s.config("gru", 7).seq_len == 7
    r = finish(s).results[0]
    assert r.metric_name == "mse" and math.isfinite(r.metric)
    assert s.key() != SweepSettings(task="adding", cells=("gru",), delays=(8,), steps=5).key()


def test_cli_json_and_csv(capsys, tmp_path):
    code = main(["sweep", "--task", "recall", "--cells", "elman,gru", "--delays", "3,6",
                 "--steps", "20", "--hidden", "8", "--json", "--csv", str(tmp_path / "s.csv")])
    out = capsys.readouterr().out
    summary = json.loads(out.strip().splitlines()[-1])
    assert code == 0 and summary["cells"] == ["elman", "gru"] and summary["delays"] == [3, 6]
    assert len(summary["results"]) == 4 and summary["results"][0]["metric"]["name"] == "accuracy"
    assert (tmp_path / "s.csv").read_text().startswith("cell,delay,accuracy")
    code = main(["sweep", "--cells", "elman", "--delays", "4", "--steps", "10", "--hidden", "4"])
    out = capsys.readouterr().out
    assert code == 0 and "elman" in out and "accuracy" in out


@pytest.mark.parametrize("args, words", [
    (["--cells", "elman,foo"], "cells"), (["--delays", "5,x"], "delays"),
    (["--delays", "5,200"], "delays"), (["--steps", "0"], "steps"), (["--task", "x"], "task"),
])
def test_cli_bad_input_exits_2(capsys, args, words):
    with pytest.raises(SystemExit) as stop:
        main(["sweep", *args])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and words in err and len(err.strip().splitlines()) == 1
