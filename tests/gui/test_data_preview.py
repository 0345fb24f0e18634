"""Choosing a data file of your own in the Task panel: the file picker sets the Data file
setting, the preview shows the file's first rows and (for forecasting) the chosen column
over time in its own units with the training / held-out boundary, and a bad file is
refused with the reader's message."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rnnstudio.engine import tabular
from rnnstudio.engine.tasks.forecast import split_point

SUNSPOTS = tabular.data_path("sunspots.csv")


def choose(qtbot, monkeypatch, window, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(window.task_panel.editor("data").browse, Qt.MouseButton.LeftButton)


def test_choosing_sunspots_previews_rows_and_the_series(qtbot, monkeypatch, window):
    window.apply_field("task", "forecast")
    panel = window.task_panel
    editor = panel.editor("data")
    assert panel.form.isRowVisible(panel.rows["data"])
    assert not editor.preview.isVisible()  # the built-in series: nothing to preview
    assert panel.form.isRowVisible(panel.rows["noise"])
    choose(qtbot, monkeypatch, window, SUNSPOTS)
    assert window.config.data == str(SUNSPOTS)
    assert not panel.form.isRowVisible(panel.rows["noise"])  # a file has no generated noise
    assert not panel.form.isRowVisible(panel.rows["series"])
    preview = editor.preview
    assert preview.isVisible() and preview.canvas.isVisible()
    assert "309 rows, 2 columns" in preview.summary.text()
    table = preview.table
    assert table.horizontalHeaderItem(1).text() == "sunspots (number)"
    assert [table.item(r, 0).text() for r in range(3)] == ["1700", "1701", "1702"]
    assert [table.item(r, 1).text() for r in range(3)] == ["5", "11", "16"]

    x_train, y_train = preview.train_curve.getData()
    x_held, y_held = preview.held_curve.getData()
    split = split_point(309)
    assert x_train[0] == 1700 and len(x_train) == split  # years on the time axis
    assert y_train.max() > 150  # sunspot numbers, not standardised values
    assert x_held[-1] == 2008 and 1946 < preview.boundary.value() < 1947
    held_years = [float(r[1]) for r in tabular.read_table(str(SUNSPOTS)).rows[split:]]
    np.testing.assert_array_equal(y_held[1:], held_years)
    window.grab().save("/tmp/series-window.png")
    panel.grab().save("/tmp/series-panel.png")


def test_a_bad_file_is_refused_naming_its_lines(qtbot, monkeypatch, window, tmp_path):
    window.apply_field("task", "forecast")
    bad = tmp_path / "bad.csv"
    bad.write_text("t,v\n" + "".join(f"{i},{'x' if i in (3, 7) else i}\n" for i in range(80)),
                   encoding="utf-8")
    choose(qtbot, monkeypatch, window, bad)
    assert window.config.data == ""  # refused: the setting keeps its value
    text = window.banner.text()
    assert "Data file" in text and "line 5" in text and "line 9" in text


def test_a_classification_style_table_previews_its_rows(qtbot, window, tmp_path):
    from rnnstudio.gui.panels.data_preview import DataPreview

    f = tmp_path / "iris.tsv"
    f.write_text("length\twidth\tkind\n5.1\t3.5\tsetosa\n7.0\t3.2\tversicolor\n",
                 encoding="utf-8")
    preview = DataPreview()
    qtbot.addWidget(preview)
    preview.show_config(window.config.replace(data=str(f)))  # not a forecasting task
    assert "tab separated" in preview.summary.text()
    assert preview.table.horizontalHeaderItem(2).text() == "kind (text)"
    assert preview.table.item(1, 2).text() == "versicolor"
    assert preview.canvas.isHidden()


def test_the_prediction_plot_shows_the_files_units(qtbot, monkeypatch, window):
    from run_state import click

    from rnnstudio.engine.tasks import make_task

    window.apply_field("task", "forecast")
    choose(qtbot, monkeypatch, window, SUNSPOTS)
    values = window.prediction_view.values

    def drawn() -> int:
        y = values.true.getData()[1]
        return 0 if y is None else int(np.isfinite(y).sum())

    for _ in range(3):
        click(qtbot, window, "step")
    qtbot.waitUntil(lambda: drawn() > 0, timeout=30000)
    _, true = values.true.getData()
    _, inp = values.input.getData()
    task = make_task(window.config)
    probe = task.heldout().take(slice(0, 1))  # the probe: the first held-out window
    start = int(probe.info["start"][0])
    scored = probe.mask[:, 0] > 0
    expected = task.data.values[start + 1:start + 1 + len(scored)]
    np.testing.assert_allclose(true[scored], expected[scored])
    np.testing.assert_allclose(inp, task.data.values[start:start + len(scored)], rtol=1e-5)
    from rnnstudio.gui.plots.common import full_text

    assert full_text(values.plot.getAxis("left")) == "sunspots"


def test_labelled_sequences_preview_as_training_reads_them(qtbot, window, tmp_path):
    # the bundled example starts with a comment and has no header: its first row is data
    window.apply_field("task", "classify")
    preview = window.task_panel.editor("data").preview
    assert preview.isVisible()  # the bundled example, before any file is chosen
    text = preview.summary.text()
    assert "sequences.tsv: 360 sequences in 3 classes" in text and "held out" in text
    table = preview.table
    assert [table.horizontalHeaderItem(j).text() for j in range(2)] == ["label", "sequence"]
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == \
        ("red", "on red the cat blue green hill")
    # a folder of one file per class, which the table reader cannot read
    folder = tmp_path / "moods"
    folder.mkdir()
    (folder / "happy.txt").write_text("yay fun\nsun smile\nfun fun\n", encoding="utf-8")
    (folder / "sad.txt").write_text("rain grey\nsigh rain\ngrey\n", encoding="utf-8")
    window.apply_field("data", str(folder))
    assert window.config.data == str(folder)
    assert "6 sequences in 2 classes (happy 3, sad 3)" in preview.summary.text()
    assert table.item(0, 0).text() in ("happy", "sad")
    assert preview.canvas.isHidden()


def test_try_it_shows_a_held_out_window_of_the_file_in_its_units(qtbot):
    from rnnstudio.engine.config import Config
    from rnnstudio.engine.trainer import Trainer
    from rnnstudio.gui.teach.tryit import TryItView

    tr = Trainer(Config(task="forecast", data=str(SUNSPOTS), seq_len=16, hidden=6,
                        eval_every=1000))
    for _ in tr.run(budget=3):
        pass
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config)
    page = view.example
    page.show_example(0)
    shown = page.out.toPlainText()
    assert "sunspots" in shown and "ARMA" not in shown and "noise" not in shown
    one = tr.task.heldout().take(slice(0, 1))
    data = tr.task.data
    last_true = data.mean + data.std * float(one.y[-1, 0, 0])  # a sunspot count, not a z
    assert f"{last_true:.3f}" in shown
    assert float(data.values[data.split:].min()) - 1e-6 <= last_true
