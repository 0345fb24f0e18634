"""The runs list: rows with final figures, overlaid curves of ticked runs, CSV export."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from rnnstudio.engine.config import Config
from rnnstudio.engine.experiment import History
from rnnstudio.engine.trainer import Trainer
from rnnstudio.gui.runs import RunsPanel
from rnnstudio.gui.worker import _Fold


def progress_of(config: Config, steps: int, run_id: int):
    """Real progress messages of a short run, folded every 5 updates as the worker does."""
    tr = Trainer(config)
    fold, out = _Fold(), []
    for snap in tr.run(budget=steps):
        fold.add(snap)
        if snap.step % 5 == 0 or snap.finished:
            out.append(fold.build(run_id))
    return tr, out


@pytest.fixture
def panel(qtbot):
    p = RunsPanel()
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    return p


def cfg(**kw) -> Config:
    return Config(task="addition", bits=5, hidden=5, batch=8, steps=20, eval_every=5, **kw)


def test_rows_show_final_figures_and_curves_overlay(panel: RunsPanel) -> None:
    a, b = cfg(seed=1), cfg(seed=2, cell="gru", lr=0.02)
    tr_a, msgs_a = progress_of(a, 20, 1)
    tr_b, msgs_b = progress_of(b, 10, 2)
    panel.add_or_update(1, a, None)  # nothing trained yet: no row
    assert panel.table.rowCount() == 0
    for p in msgs_a:
        panel.add_or_update(1, a, p)
    for p in msgs_b:
        panel.add_or_update(2, b, p)
    rows = panel.rows()
    assert [r["run"] for r in rows] == [1, 2]
    assert rows[0]["updates"] == 20 and rows[1]["updates"] == 10
    assert rows[1]["cell"] == "gru" and rows[1]["lr"] == 0.02
    assert rows[0]["value"] == tr_a.metric and rows[1]["value"] == tr_b.metric
    assert rows[0]["status"] == "done"
    assert panel.table.item(1, 4).text() == "5"  # hidden units column
    # the newest run is ticked automatically; the earlier automatic tick goes
    assert panel.ticked == {2}
    panel.set_ticked(1, True)
    panel.redraw()
    xa, ya = panel.curve_data(1)
    np.testing.assert_array_equal(xa, np.arange(1, 21))
    assert panel.curve_data(2) is not None
    panel.set_ticked(2, False)
    panel.redraw()
    assert panel.curve_data(2) is None and panel.curve_data(1) is not None


def test_ticking_in_the_table_overlays(panel: RunsPanel, qtbot) -> None:
    from PySide6.QtCore import Qt

    c = cfg()
    for run_id in (1, 2):
        for p in progress_of(c, 5, run_id)[1]:
            panel.add_or_update(run_id, c, p)
    panel.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert panel.ticked == {1, 2}
    panel.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert panel.ticked == {1}


def test_csv_export_has_figures_and_every_setting(panel: RunsPanel, tmp_path) -> None:
    c = cfg(until_metric=0.9)
    tr, msgs = progress_of(c, 10, 7)
    for p in msgs:
        panel.add_or_update(7, c, p)
    hist = History(tr.task.metric_labels)
    hist.add_update(1, 0.5, 1.0, 1.0, 0.01)
    hist.add_update(2, 0.25, 1.0, 1.0, 0.01)
    hist.add_eval(2, {"sum_accuracy": 0.75, "bit_accuracy": 0.9})
    panel.add_or_update(8, c.replace(seed=5), history=hist)
    path = tmp_path / "runs.csv"
    panel.export_csv(str(path))
    rows = list(csv.DictReader(io.StringIO(path.read_text())))
    assert len(rows) == 2
    assert rows[0]["updates"] == "10" and float(rows[0]["metric_value"]) == tr.metric
    assert rows[0]["until_metric"] == "0.9" and rows[0]["task"] == "addition"
    assert rows[1]["status"] == "opened" and rows[1]["seed"] == "5"
    assert float(rows[1]["final_loss"]) == 0.25 and float(rows[1]["metric_value"]) == 0.75
    panel.clear_finished()
    assert [r["run"] for r in panel.rows()] == [2]
