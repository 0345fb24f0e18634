"""The Python API: `import rnnstudio` stays light, `rnnstudio.train` gives the run the
engine gives, its history as arrays (and a DataFrame), and save/load carries on exactly."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import numpy as np
import pytest

import rnnstudio
from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.trainer import Trainer


def small(**kw) -> Config:
    return Config(**{**dict(task="addition", bits=6, cell="gru", hidden=8, batch=8,
                            eval_every=10, seed=2), **kw})


def test_import_rnnstudio_imports_neither_qt_nor_the_engine() -> None:
    code = ("import sys, rnnstudio; assert rnnstudio.Config; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))")
    out = subprocess.run([sys.executable, "-c", "import sys, rnnstudio; print(sorted(m for m "
                          "in sys.modules if m.startswith(('PySide6', 'numpy', 'rnnstudio.'))))"],
                         capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
    assert rnnstudio.Config is Config and rnnstudio.Trainer is Trainer
    with pytest.raises(AttributeError):
        rnnstudio.no_such_thing  # noqa: B018


def test_train_gives_the_engines_run_as_arrays() -> None:
    run = rnnstudio.train(small(), steps=30)
    trainer = Trainer(small(steps=30))
    expected = [snap.loss for snap in trainer.run()]
    assert run.step == 30 and run.status == "done"
    np.testing.assert_array_equal(run.losses, expected)
    np.testing.assert_array_equal(run.steps, np.arange(1, 31))
    steps, values = run.metric()
    assert list(steps) == [1, 10, 20, 30] and values.dtype == np.float64
    assert set(run.metric_names) == {"sum_accuracy", "bit_accuracy"}
    with pytest.raises(KeyError, match="sum_accuracy"):
        run.metric("bpc")


def test_settings_are_checked_and_named() -> None:
    with pytest.raises(ConfigError) as err:
        rnnstudio.train(task="addition", hidden=0, steps=1)
    assert err.value.field == "hidden"
    run = rnnstudio.train({"task": "recall", "delay": 3}, steps=2, cell="lstm")
    assert run.config.cell == "lstm" and run.config.delay == 3


def test_save_and_load_carry_on_exactly(tmp_path) -> None:
    straight = rnnstudio.train(small(), steps=40)
    run = rnnstudio.train(small(), steps=20)
    run.notes = "GRU, half way"
    path = run.save(tmp_path / "half")
    assert path.suffix == ".rnnstudio"
    again = rnnstudio.load(path)
    assert again.notes == "GRU, half way" and again.step == 20
    again.train(20)
    np.testing.assert_array_equal(again.losses, straight.losses)
    np.testing.assert_array_equal(again.metric()[1], straight.metric()[1])


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="needs pandas")
def test_to_pandas_has_a_row_per_update_and_metrics_on_evaluation_steps() -> None:
    run = rnnstudio.train(small(), steps=25)
    frame = run.to_pandas()
    assert list(frame.index) == list(range(1, 26))
    np.testing.assert_array_equal(frame["loss"].to_numpy(), run.losses)
    assert list(frame["sum_accuracy"].dropna().index) == [1, 10, 20, 25]


@pytest.mark.skipif(importlib.util.find_spec("pdoc") is None, reason="needs pdoc (docs extra)")
def test_api_page_is_generated_from_the_docstrings(tmp_path) -> None:
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "packaging" / "build_docs.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True,
                   capture_output=True, timeout=300)
    page = (tmp_path / "rnnstudio" / "api.html").read_text(encoding="utf-8")
    assert "Open an experiment file" in page and "to_pandas" in page
