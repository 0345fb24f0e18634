"""Forecasting a series of your own: the CSV reader (delimiters, header, date column,
bad rows named by line), the split by time, standardisation from the training part only,
the command line on the bundled sunspots, a reopened run's data statistics, and the
sunspot lesson's claim over five seeds."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from rnnstudio.cli import main
from rnnstudio.engine import experiment as ex
from rnnstudio.engine import tabular
from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.experiment import Experiment, History
from rnnstudio.engine.lessons import load_lessons
from rnnstudio.engine.tasks import make_task
from rnnstudio.engine.tasks.forecast import rows_needed, split_point
from rnnstudio.engine.trainer import Trainer


def write(tmp_path: Path, text: str, name: str = "s.csv") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def ramp_file(tmp_path: Path, n: int = 100, delimiter: str = ",") -> str:
    lines = [delimiter.join(("date", "a", "b"))]
    lines += [delimiter.join((f"2020-01-{1 + i % 28:02d}", str(i), str(i * i)))
              for i in range(n)]
    return write(tmp_path, "\n".join(lines) + "\n")


def forecast(path: str, **kw) -> Config:
    return Config(task="forecast", data=path, **{"seq_len": 10, "batch": 8, **kw})


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_delimiter_header_and_date_column_are_found(tmp_path, delimiter):
    t = tabular.read_table(ramp_file(tmp_path, 30, delimiter))
    assert t.delimiter == delimiter
    assert t.header == ("date", "a", "b")
    assert t.kinds == ("date", "number", "number")
    assert tabular.numeric_column(t, 2).tolist() == [i * i for i in range(30)]


def test_no_header_and_a_year_column(tmp_path):
    t = tabular.read_table(write(tmp_path, "1.5\n2\n-3e2\n"))
    assert t.header is None and tabular.numeric_column(t, 1).tolist() == [1.5, 2, -300]
    years = tabular.read_table(str(Path(tabular.data_path("sunspots.csv"))))
    assert years.kinds == ("date", "number") and years.name(1) == "sunspots"
    assert len(years.rows) == 309 and years.rows[0] == ("1700", "5")


def test_semicolon_file_with_decimal_commas(tmp_path):
    t = tabular.read_table(write(tmp_path, "x;y\n1,5;2\n2,25;3\n"))
    assert tabular.numeric_column(t, 1).tolist() == [1.5, 2.25]


def test_bad_values_are_named_by_line_first_five_and_more(tmp_path):
    rows = ["t,v"] + [f"{i},{'oops' if i % 10 == 3 else i}" for i in range(100)]
    path = write(tmp_path, "\n".join(rows) + "\n")
    with pytest.raises(ConfigError) as e:
        make_task(forecast(path, column=1))
    text = str(e.value)
    assert e.value.field == "data"
    # data row i sits on file line i + 2 (the header is line 1)
    assert "line 5: 'oops' is not a number" in text and "line 45" in text
    assert "line 55" not in text and "and 5 more" in text


def test_ragged_rows_are_named(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3\n4,5\n6,7,8\n")
    with pytest.raises(ConfigError, match=r"data: .*line 3 has 1 values, expected 2; "
                                          r"line 5 has 3 values"):
        tabular.read_table(path)


def test_column_out_of_range_names_the_columns(tmp_path):
    with pytest.raises(ConfigError) as e:
        make_task(forecast(ramp_file(tmp_path), column=5))
    assert e.value.field == "column"
    assert str(e.value) == "column: 5 is out of range; the file has 2 numeric columns: " \
                           "1 = a, 2 = b"


def test_too_few_rows_and_huge_files_are_refused(tmp_path, monkeypatch):
    need = rows_needed(10)
    with pytest.raises(ConfigError, match=rf"has {need - 1} rows; with sequence length 10 it "
                                          rf"needs at least {need}"):
        make_task(forecast(ramp_file(tmp_path, need - 1)))
    make_task(forecast(ramp_file(tmp_path, need)))  # just enough
    monkeypatch.setattr(tabular, "MAX_BYTES", 100)
    tabular._cached.cache_clear()
    with pytest.raises(ConfigError, match=r"data: .* is larger than 100 bytes"):
        make_task(forecast(ramp_file(tmp_path, 50)))
    with pytest.raises(ConfigError, match=r"data: file not found"):
        make_task(forecast(str(tmp_path / "missing.csv")))


def test_training_windows_never_reach_the_held_out_part(tmp_path):
    n = 100
    task = make_task(forecast(ramp_file(tmp_path, n)))
    split = split_point(n)
    assert split == 80 and task.data.split == split
    z_split = task.data.z[split]
    rng = np.random.default_rng(1)
    seen_max = -np.inf
    for _ in range(50):
        b = task.batch(rng, 32)
        seen_max = max(seen_max, b.y.max(), b.x.max())
    assert seen_max < z_split  # the ramp rises: no training value from the held-out part
    assert seen_max == task.data.z[split - 1]  # the last training value is used
    h = task.heldout()
    targets = h.info["start"][None, :] + 1 + np.arange(task.seq_len)[:, None]
    scored = np.sort(targets[h.mask > 0])
    assert scored.tolist() == list(range(split, n))  # every held-out value once, no other


def test_standardised_with_the_training_part_only(tmp_path):
    task = make_task(forecast(ramp_file(tmp_path, 100)))
    train = np.arange(80.0)
    assert task.stats == pytest.approx({"mean": train.mean(), "std": train.std()})
    assert task.data.z[:80].mean() == pytest.approx(0.0, abs=1e-12)
    assert task.data.z[80:].mean() > 1.5  # the held-out part lies above: not re-centred
    np.testing.assert_allclose(task.original(task.data.z), np.arange(100.0))


def test_readout_is_in_the_files_units_with_its_dates(tmp_path):
    tr = Trainer(forecast(str(tabular.data_path("sunspots.csv")), seq_len=30, steps=5))
    h = tr.task.heldout()
    text = tr.task.render(h.x, h, 0)  # "network" = repeat the last value
    assert "sunspots, in its own units" in text
    assert "1947" not in text or "151.6" in text  # the file's numbers, not z-scores
    assert any(f"{y}" in text for y in range(1947, 2009))


def test_cli_on_sunspots_writes_metrics(tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["--task", "forecast", "--data", "sunspots.csv", "--column", "1",
               "--seq-len", "20", "--steps", "60", "--eval-every", "20", "--out", str(out),
               "--quiet"])
    assert rc == 0
    rows = list(csv.DictReader((out / "metrics.csv").open()))
    assert rows and {"mse", "naive_mse"} <= set(rows[0])
    assert Config.load(out / "config.json").data == "sunspots.csv"
    with pytest.raises(SystemExit) as e:
        main(["--task", "forecast", "--data", "sunspots.csv", "--column", "3", "--steps", "1"])
    assert e.value.code == 2
    assert "column: 3 is out of range; the file has 1 numeric column: 1 = sunspots" \
        in capsys.readouterr().err


def test_saved_run_reloads_with_the_same_data_stats(tmp_path):
    cfg = forecast(ramp_file(tmp_path, 60), column=2, steps=20)
    tr = Trainer(cfg)
    hist = History(tr.task.metric_labels)
    for snap in tr.run(budget=10):
        hist.add_snapshot(snap)
    path = tmp_path / "run.rnnstudio"
    ex.save(path, Experiment(ex.capture(tr), hist))
    back = ex.load(path).trainer
    assert back.task.stats == tr.task.stats
    np.testing.assert_array_equal(back.task.heldout().x, tr.task.heldout().x)
    assert back.evaluate() == tr.evaluate()


def test_export_to_pytorch_writes_out_the_files_series_and_draws_the_engines_windows():
    import re

    from rnnstudio.engine.export_torch import export_script
    from rnnstudio.engine.tasks import make_task

    cfg = forecast("sunspots.csv")
    script = export_script(cfg)
    assert "def clean" not in script and "sunspots.csv" in script  # not a generated sine
    # the data part of the script (plain NumPy) draws the batches the engine draws
    code = script[script.index("SEQ_LEN = "):script.index("def batch")]
    code += script[script.index("def batch"):].split("\n\n\n", 1)[0]
    scope = {"np": np}
    exec(re.sub(r"^ +", "", code, flags=re.M) if code.startswith(" ") else code, scope)
    task = make_task(cfg)
    for seed in range(3):
        x, y, mask = scope["batch"](np.random.default_rng(seed), 8)
        ref = task.batch(np.random.default_rng(seed), 8)
        np.testing.assert_array_equal(x, ref.x)
        np.testing.assert_array_equal(y, ref.y)
        np.testing.assert_array_equal(mask, ref.mask)
    assert "def clean" in export_script(Config(task="forecast"))


def test_sunspot_lesson_beats_the_naive_forecast_over_five_seeds():
    lesson = next(ls for ls in load_lessons() if ls.id == "sunspots")
    claim = lesson.claim.params
    for seed in range(5):
        cfg = lesson.lanes[0].config.replace(seed=seed, until_metric=claim["goal"])
        last = None
        for last in Trainer(cfg).run(budget=lesson.claim.updates):  # noqa: B007
            pass
        assert last.status == "goal", f"seed {seed}: mse {last.metric}"
        naive = Trainer(cfg).evaluate()["naive_mse"]
        assert last.metric < 0.5 * naive, f"seed {seed}"


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is in the test extras
    given = None

if given is not None:
    @settings(max_examples=200, deadline=None)
    @given(st.binary(max_size=400) | st.text(alphabet="0123456789.,;\t\n -eaZ#\"",
                                             max_size=400))
    def test_reader_never_crashes_on_random_input(data):
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        try:
            t = tabular.parse_table(text, Path("fuzz.csv"))
            for k in range(1, len(t.numeric) + 2):
                tabular.numeric_column(t, k)
        except ConfigError as e:
            assert e.field in ("data", "column") and str(e)
