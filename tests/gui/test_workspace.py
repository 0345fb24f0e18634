"""Experiments from the window: save and reopen every field, continue training exactly,
atomic saves, bad files refused with a message, the close prompt, exports, the language
switch and headless parity with `rnnstudio train --config`."""

from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom
from pathlib import Path

import numpy as np
import pytest
import run_state
from PySide6.QtWidgets import QApplication, QMessageBox

from rnnstudio.engine import config as config_module
from rnnstudio.engine import experiment as ex
from rnnstudio.engine.config import Config
from rnnstudio.engine.experiment import History
from rnnstudio.engine.trainer import Trainer

ENDLESS = 10_000_000  # a budget no test can finish, however fast this machine trains


def small(**kw) -> Config:
    base = dict(task="addition", bits=6, cell="lstm", hidden=6, batch=8, steps=40,
                eval_every=10, seed=5, lr=0.02)
    base.update(kw)
    return Config(**base)


def train_to_end(qtbot, w, timeout=20000) -> None:
    w.train()
    qtbot.waitUntil(lambda: w.controller.state == "finished", timeout=timeout)
    qtbot.wait(100)
    QApplication.processEvents()


def straight(cfg: Config, steps: int) -> tuple[Trainer, History]:
    tr = Trainer(cfg)
    h = History(tr.task.metric_labels)
    for snap in tr.run(budget=steps):
        h.add_snapshot(snap)
    return tr, h


@pytest.fixture
def refusals(monkeypatch):
    """Message boxes that would have told the user why a file was refused."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen


# ------------------------------------------------------------------ round trip
def test_save_and_reopen_brings_back_every_field(qtbot, make_window, tmp_path) -> None:
    cfg = small(until_metric=0.99, clip_mode="value", clip=2.0)
    w = make_window(cfg)
    train_to_end(qtbot, w)
    w.workspace.notes.setPlainText("LSTM 学会了进位。\nCarry learnt at step 30.")
    w.workspace.set_hidden({"seed", "clip", "truncate"})
    assert w.workspace.dirty
    path = tmp_path / "exp.rnnstudio"
    assert w.workspace.save_to(path)
    assert not w.workspace.dirty
    saved_flat = run_state.flat(qtbot, w.controller)
    saved_hist = w.workspace.history.copy()

    v = make_window(small(cell="gru", seed=1))
    assert v.workspace.open(path)
    qtbot.wait(200)
    assert v.config == cfg
    assert v.controller.step_count == 40
    np.testing.assert_array_equal(run_state.flat(qtbot, v.controller), saved_flat)
    assert v.workspace.history == saved_hist and len(saved_hist) == 40
    assert v.workspace.notes.toPlainText() == "LSTM 学会了进位。\nCarry learnt at step 30."
    assert v.workspace.hidden == {"seed", "clip", "truncate"}
    assert not v.model_panel.form.isRowVisible(v.model_panel.rows["seed"])
    assert not v.training_panel.form.isRowVisible(v.training_panel.rows["clip"])
    assert v.training_panel.form.isRowVisible(v.training_panel.rows["lr"])
    assert v.model_panel.value("cell") == "lstm"
    x, _ = v.loss_plot.loss_data()
    assert len(x) == 40  # the curve of the saved history is drawn again
    assert "exp.rnnstudio" in v.windowTitle()
    assert str(path.resolve()) in v.workspace.recent()
    assert [r["updates"] for r in v.workspace.runs.rows()] == [40]


def test_reopened_experiment_trains_on_as_if_never_closed(qtbot, make_window,
                                                          tmp_path) -> None:
    cfg = small(steps=30)
    w = make_window(cfg)
    for _ in range(12):
        w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 12, timeout=10000)
    qtbot.wait(100)
    path = tmp_path / "half.rnnstudio"
    assert w.workspace.save_to(path)
    w.close()

    v = make_window(small(seed=99))
    assert v.workspace.open(path)
    train_to_end(qtbot, v)
    ref, ref_hist = straight(cfg, 30)
    np.testing.assert_array_equal(run_state.flat(qtbot, v.controller), ref.net.flat)
    assert v.workspace.history.losses == ref_hist.losses
    assert v.workspace.history == ref_hist


def test_saving_while_training_keeps_history_and_weights_in_step(qtbot, make_window,
                                                                 tmp_path) -> None:
    w = make_window(small(steps=ENDLESS, eval_every=50))
    w.train()
    qtbot.waitUntil(lambda: len(w.workspace.history) > 30, timeout=15000)
    path = tmp_path / "live.rnnstudio"
    assert w.workspace.save_to(path)
    assert w.controller.state == "running"  # saving did not stop training
    exp = ex.load(path)
    assert exp.history.steps[-1] == exp.step  # the history ends where the weights are
    w.stop()


def test_a_save_and_the_live_teaching_views_each_get_their_own_copy(qtbot, make_window,
                                                                     tmp_path) -> None:
    """The unrolled view follows the run through the same worker as a save: each
    request is answered once, addressed to whoever asked."""
    w = make_window(small(steps=ENDLESS, eval_every=50))
    w.teaching.show_view("unrolled")
    w.train()
    qtbot.waitUntil(lambda: len(w.workspace.history) > 30, timeout=15000)
    answers = []
    w.controller.captured.connect(lambda tag, cp: answers.append((tag, cp.state["step"])))
    w.teaching._follow_live_run()  # the view asks first; the save asks while it waits
    path = tmp_path / "live.rnnstudio"
    assert w.workspace.save_to(path)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10000)
    exp = ex.load(path)
    assert exp.history.steps[-1] == exp.step
    assert sorted(tag for tag, _ in answers) == ["teaching", "workspace"]
    assert dict(answers)["workspace"] == exp.step
    w.stop()


# ----------------------------------------------------------------- atomic save
def test_failed_save_keeps_the_old_file_and_says_why(qtbot, make_window, tmp_path,
                                                     monkeypatch) -> None:
    w = make_window(small())
    for _ in range(3):
        w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 3, timeout=10000)
    path = tmp_path / "keep.rnnstudio"
    assert w.workspace.save_to(path)
    before = path.read_bytes()
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 4, timeout=10000)

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config_module.os, "fsync", full_disk)
    assert not w.workspace.save_to(path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert "No space left on device" in w.banner.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["keep.rnnstudio"]
    assert ex.load(path).step == 3


# ------------------------------------------------------------------- bad files
def _bad_files(tmp_path: Path, good: bytes) -> dict[str, tuple[Path, str]]:
    import zipfile

    def rezip(extra: dict[str, bytes]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buf, "w") as dst:
            for info in src.infolist():
                dst.writestr(info.filename, extra.pop(info.filename, src.read(info)))
            for k, v in extra.items():
                dst.writestr(k, v)
        return buf.getvalue()

    state = json.loads(zipfile.ZipFile(io.BytesIO(good)).read("state.json"))
    files = {
        "truncated": (good[: len(good) // 3], "damaged or incomplete"),
        "newer": (rezip({"state.json": json.dumps({**state, "version": 99}).encode()}),
                  "newer RNN Studio"),
        "traversal": (rezip({"../../evil": b"x"}), "leaves its folder"),
        "bomb": (rezip({"notes.md": b" " * (5 << 20)}), "would unpack to"),
        "not zip": (b"just text", "not a zip archive"),
        "bad json": (b'{"hidden": -1}', "hidden"),
    }
    out = {}
    for name, (data, why) in files.items():
        p = tmp_path / (f"{name}.json" if name == "bad json" else f"{name}.rnnstudio")
        p.write_bytes(data)
        out[name] = (p, why)
    return out


def test_bad_files_are_refused_with_a_message_and_change_nothing(qtbot, make_window, tmp_path,
                                                                  refusals) -> None:
    w = make_window(small())
    for _ in range(2):
        w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 2, timeout=10000)
    good = tmp_path / "good.rnnstudio"
    assert w.workspace.save_to(good)
    run_id, cfg = w.controller.run_id, w.config
    flat = run_state.flat(qtbot, w.controller)
    for name, (path, why) in _bad_files(tmp_path, good.read_bytes()).items():
        refusals.clear()
        assert not w.workspace.open(path), name
        assert len(refusals) == 1, name
        title, text = refusals[0]
        assert path.name in title and why in text, (name, text)
        assert w.controller.run_id == run_id and w.config == cfg
        np.testing.assert_array_equal(run_state.flat(qtbot, w.controller), flat)


# ----------------------------------------------------------------- close prompt
def test_unsaved_changes_prompt_on_close(qtbot, make_window, tmp_path, monkeypatch) -> None:
    w = make_window(small())
    w.workspace.confirm_close = True
    w.step()
    qtbot.waitUntil(lambda: len(w.workspace.history) == 1, timeout=10000)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Cancel)
    w.close()
    assert asked and w.isVisible()  # Cancel keeps the window and the run
    assert w.controller.alive
    path = tmp_path / "on-close.rnnstudio"
    monkeypatch.setattr(w.workspace, "save_as", lambda: w.workspace.save_to(path))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Save)
    w.close()
    assert not w.isVisible()
    assert ex.load(path).step == 1


def test_no_prompt_when_nothing_changed(qtbot, make_window, monkeypatch) -> None:
    w = make_window(small())
    w.workspace.confirm_close = True
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked for nothing"))
    w.close()
    assert not w.isVisible()


# --------------------------------------------------------------------- exports
def test_exports_write_valid_files(qtbot, make_window, tmp_path) -> None:
    w = make_window(small(steps=20))
    train_to_end(qtbot, w)
    ws = w.workspace
    assert ws.export("metrics", tmp_path / "m.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text())))
    assert len(rows) == 20 and rows[-1]["step"] == "20" and rows[-1]["sum_accuracy"] != ""
    assert ws.export("config", tmp_path / "c.json")
    assert Config.load(tmp_path / "c.json") == w.config
    assert ws.export("torch", tmp_path / "t.npz")
    with np.load(tmp_path / "t.npz") as z:
        assert z["weight_ih_l0"].shape == (4 * 6, 2)
    assert ws.export("weights", tmp_path / "w.npz")
    with np.load(tmp_path / "w.npz") as z:
        net = run_state.network(qtbot, w.controller).net
        np.testing.assert_array_equal(z["W_hy"], net.params["W_hy"])
    assert ws.export("runs", tmp_path / "r.csv")
    assert (tmp_path / "r.csv").read_text().startswith("run,status,updates")
    for name in w.plots:
        png, svg = tmp_path / f"{name}.png", tmp_path / f"{name}.svg"
        assert w.export_panel(name, str(png)) and w.export_panel(name, str(svg))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert xml.dom.minidom.parse(str(svg)).documentElement.tagName == "svg"


def test_exported_config_reproduces_the_run_headless(qtbot, make_window, tmp_path) -> None:
    from rnnstudio import cli

    w = make_window(small(steps=25, cell="gru"))
    train_to_end(qtbot, w)
    assert w.workspace.export("config", tmp_path / "exported.json")
    assert w.workspace.export("metrics", tmp_path / "window.csv")
    out = tmp_path / "headless"
    assert cli.main(["--config", str(tmp_path / "exported.json"), "--out", str(out),
                     "--quiet"]) == 0
    assert (out / "metrics.csv").read_text() == (tmp_path / "window.csv").read_text()


# -------------------------------------------------------------------- language
def test_switching_to_chinese_retranslates_the_window_in_place(qtbot, make_window) -> None:
    from rnnstudio.gui import i18n

    w = make_window(small())
    config = w.config
    w.step()
    qtbot.waitUntil(lambda: len(w.workspace.history) == 1, timeout=10000)
    try:
        w.workspace.language_actions["zh_CN"].trigger()  # View → Language
        assert w.isVisible() and i18n.current() == "zh_CN"
        labels = {e.label.text() for e in w.training_panel.editors.values()}
        assert "学习率:" in labels or "学习率：" in labels
        menus = [a.text() for a in w.menuBar().actions()]
        assert any("文件" in m for m in menus)
        assert w.workspace.language_actions["zh_CN"].isChecked()
        assert w.controller.step_count == 1 and len(w.workspace.history) == 1  # the run
        assert w.config == config
        assert i18n.saved_language() == "zh_CN"  # and the next start
    finally:
        i18n.install("en")
        i18n.save_language("en")


# -------------------------------------------------------------------- settings
def test_settings_migrate_from_version_1(isolated_settings) -> None:
    from PySide6.QtCore import QByteArray

    from rnnstudio.gui.settings import SETTINGS_VERSION, Settings

    old = Settings()
    old.qs.clear()
    old.qs.setValue("version", 1)
    old.qs.setValue("config", small(hidden=9).to_json())
    old.qs.setValue("window/geometry", QByteArray(b"geometry"))
    old.qs.setValue("window/state", QByteArray(b"a version-1 dock layout"))
    old.sync()
    s = Settings()
    assert s.migrated_from == 1
    assert int(s.qs.value("version")) == SETTINGS_VERSION == 2
    assert not s.qs.contains("window/state")  # the old dock layout would hide new docks
    assert s.qs.value("window/geometry") == QByteArray(b"geometry")
    assert s.load_config().hidden == 9
    assert s.qs.value("view/theme") == "system"
    assert Settings().migrated_from == SETTINGS_VERSION  # nothing left to migrate


def test_view_choices_come_back(qtbot, make_window, qapp) -> None:
    from PySide6.QtGui import QFont, QPalette

    palette, font, style = QPalette(qapp.palette()), QFont(qapp.font()), qapp.style().name()
    try:
        w = make_window(small())
        w.workspace.set_theme("dark")
        w.workspace.presentation_action.trigger()  # F11
        assert w.workspace.presentation.enabled
        assert min(w.workspace.presentation.line_widths()) >= 3
        w.close()
        again = make_window(small())
        again.workspace.restore_view()
        assert again.workspace.theme.choice == "dark"
        assert again.workspace.presentation.enabled
        again.workspace.toggle_presentation(False)
    finally:
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyle(style)


# ------------------------------------------------------------ training process
def test_a_crashed_training_process_keeps_the_session_runs(qtbot, make_window) -> None:
    """The training process dies: the window says so, the Runs list keeps the runs so
    far, and Reset starts a new process whose run is added next to them."""
    w = make_window(small(steps=100_000))
    c = w.controller
    w.train()
    qtbot.waitUntil(lambda: c.step_count > 10, timeout=10000)
    c.host._process.kill()
    qtbot.waitUntil(lambda: c.state == "failed", timeout=10000)
    assert w.banner_bar.isVisible() and "ended unexpectedly" in w.banner.text()
    rows = w.workspace.runs.rows()
    assert len(rows) == 1 and rows[0]["updates"] > 10
    w.reset()
    assert c.state == "ready"
    w.train()
    qtbot.waitUntil(lambda: c.step_count > 5, timeout=10000)
    rows = w.workspace.runs.rows()
    assert len(rows) == 2 and rows[0]["updates"] > 10


def test_opening_a_run_whose_data_file_changed_says_so(qtbot, make_window, tmp_path) -> None:
    data = tmp_path / "series.csv"
    data.write_text("t,v\n" + "".join(f"{i},{i % 7}\n" for i in range(100)), encoding="utf-8")
    w = make_window(small(task="forecast", data=str(data), seq_len=10, steps=ENDLESS))
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=10000)
    path = tmp_path / "series.rnnstudio"
    assert w.workspace.save_to(path)
    with data.open("a", encoding="utf-8") as fh:
        fh.write("100,3\n101,4\n")
    v = make_window(small())
    assert v.workspace.open(path)  # it opens, and says what it will train on
    qtbot.wait(100)
    assert v.banner.level == "warning"
    assert "series.csv' has changed since this run was saved" in v.banner.text()
    assert v.controller.step_count == 1


def test_opening_a_run_whose_data_file_moved_asks_where_it_is(qtbot, make_window, tmp_path,
                                                               monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    data = tmp_path / "series.csv"
    data.write_text("t,v\n" + "".join(f"{i},{i % 7}\n" for i in range(100)), encoding="utf-8")
    w = make_window(small(task="forecast", data=str(data), seq_len=10, steps=ENDLESS))
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=10000)
    path = tmp_path / "series.rnnstudio"
    assert w.workspace.save_to(path)
    moved = tmp_path / "archive" / "series.csv"
    moved.parent.mkdir()
    data.rename(moved)
    asked: list[str] = []

    def answer(box):  # the question, answered "Locate…" (or Cancel)
        asked.append(box.text())
        wanted = "Locate…" if len(asked) > 1 else "Cancel"
        box.setProperty("clicked", wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: next(
        b for b in box.buttons() if b.text() == box.property("clicked")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    v = make_window(small())
    assert not v.workspace.open(path)  # Cancel: nothing opened, nothing changed
    assert v.controller.step_count == 0 and v.workspace.path is None
    assert v.workspace.open(path)  # Locate…: the run, from where it was
    assert "series.rnnstudio was trained on" in asked[0] and "series.csv" in asked[0]
    assert v.controller.step_count == 1 and v.config.data == str(moved)
    qtbot.wait(100)
    assert "now reads" in v.banner.text() and "archive" in v.banner.text()
    assert v.workspace.dirty  # the new place is worth saving
