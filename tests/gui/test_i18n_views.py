"""The try-it, gradient-check and equations views speak Chinese in every state a user
sees, and the equations' symbol table says what the rendered legend says."""

from __future__ import annotations

import importlib.util
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from visible_text import WORD, english_left, english_words

from rnnstudio.engine.cells.elman import Elman
from rnnstudio.engine.config import Config
from rnnstudio.engine.trainer import Trainer
from rnnstudio.gui import i18n
from rnnstudio.gui.teach.equations import (
    CELL_TITLES,
    LEGENDS,
    PROSE,
    EquationsView,
    equations_dir,
)
from rnnstudio.gui.teach.tryit import TryItView

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh(qapp):
    assert i18n.install("zh_CN")
    yield
    i18n.install("en")


def trained(updates: int = 5, **changes) -> Trainer:
    cfg = Config(**{"hidden": 6, "bits": 6, "batch": 8, "eval_every": 1000, **changes})
    tr = Trainer(cfg)
    for _ in tr.run(budget=updates):
        pass
    return tr


def words(text: str) -> set[str]:
    """Words of a text the network wrote (content, not interface)."""
    return {w.lower() for w in WORD.findall(text)}


# ------------------------------------------------------------------ try it
@pytest.fixture
def tryit(qtbot):
    view = TryItView()
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    return view


def test_tryit_empty_and_addition_speak_chinese(zh, tryit):
    assert not english_left(tryit)
    assert HAN.search(tryit.empty.text())
    tr = trained(task="addition")
    tryit.set_model(tr.net, tr.task, tr.config, step=tr.step)
    page = tryit.addition
    page.a_box.setValue(13)
    page.b_box.setValue(9)
    assert "13 + 9 =" in page.result.text()
    assert not english_left(tryit)
    assert HAN.search(page.result.text())  # ✓ 正确 or ✗ 错误
    page.reveal(3)  # the middle of ▶ stepping
    assert "3" in page.result.text() and HAN.search(page.result.text())
    assert not english_left(tryit)
    tryit.set_large_fonts(True)
    assert not english_left(tryit)


def test_tryit_detection_speaks_chinese(zh, tryit):
    tr = trained(task="detection", seq_len=12, word="cat")
    tryit.set_model(tr.net, tr.task, tr.config)
    page = tryit.detection
    page.letters.setText("xxcatyy")
    assert len(page.probs) == 7
    assert not english_left(tryit)
    page.letters.clear()  # the "type some letters" hint
    assert HAN.search(page.view.toPlainText())
    assert not english_left(tryit)


def test_tryit_char_model_speaks_chinese(zh, tryit, tmp_path):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("the cat sat on the mat. " * 40, encoding="utf-8")
    tr = trained(task="charlm", cell="gru", corpus=str(corpus), seq_len=10)
    tryit.set_model(tr.net, tr.task, tr.config)
    page = tryit.chars
    page.prefix.setText("the ")
    page.temp.setValue(1.5)
    page.length.setValue(60)
    page.generate()
    assert page.text.startswith("the ")
    assert "1.50" in page.next_guess.text()
    assert not english_left(tryit, keep=words(page.text))
    page.prefix.setText("THE")  # letters the corpus never has: the warning
    page.generate()
    assert "'E'" in page.warning.text() and HAN.search(page.warning.text())
    assert not english_left(tryit, keep=words(page.text))


@pytest.mark.parametrize("task, changes", [
    ("recall", {"delay": 4, "cell": "lstm"}),
    ("adding", {"seq_len": 12}),
    ("forecast", {"seq_len": 16, "series": "sine"}),
    ("forecast", {"seq_len": 16, "series": "arma"}),
])
def test_tryit_heldout_examples_speak_chinese(zh, tryit, task, changes):
    tr = trained(task=task, **changes)
    tryit.set_model(tr.net, tr.task, tr.config)
    page = tryit.example
    assert tryit.page() is page
    for _ in range(2):  # the first example and "another held-out example"
        shown = page.out.toPlainText()
        assert HAN.search(shown) and HAN.search(page.explain.text())
        assert not english_left(tryit), (task, english_left(tryit))
        page.new_example()


def test_tryit_adding_example_shows_the_networks_sum(qtbot, tryit):
    tr = trained(task="adding", seq_len=12)
    tryit.set_model(tr.net, tr.task, tr.config)
    page = tryit.example
    held = tr.task.heldout()
    page.show_example(3)
    one = held.take(slice(3, 4))
    net = float(tr.net.predict(one.x)[-1, 0, 0])
    true = float(one.y[-1, 0, 0])
    shown = page.out.toPlainText()
    assert f"Network's sum: {net:.3f}" in shown and f"= {true:.3f}" in shown
    a, b = int(one.info["first"][0]), int(one.info["second"][0])
    assert f"t = {a + 1} and t = {b + 1}" in shown


# ------------------------------------------------------------- gradient check
SMALL = Config(task="addition", bits=5, hidden=6, batch=8, seed=3)


def run_check(qtbot, view):
    with qtbot.waitSignal(view.finished, timeout=60_000) as blocker:
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
        # while it runs: "Checking…" and a live Cancel button
        assert view.running and view.cancel_button.isEnabled()
        assert not english_left(view)
    qtbot.waitUntil(lambda: not view.running, timeout=5000)
    return blocker.args[0]


def test_gradient_check_speaks_chinese_before_and_after(zh, qtbot, check_view):
    assert not english_left(check_view)  # no model yet
    tr = trained(task="addition", cell="lstm", bits=5)
    check_view.set_network(tr.net)
    assert HAN.search(check_view.model_label.text())
    assert check_view.entries_box.text() == "全部"
    assert not english_left(check_view)
    checks = run_check(qtbot, check_view)
    assert all(c.ok for c in checks)
    assert check_view.headline.text().startswith("✓ BPTT")
    assert HAN.search(check_view.detail.text())
    assert {r[7] for r in check_view.rows()} == {"✓ 正确"}
    assert not english_left(check_view)


def test_gradient_check_speaks_chinese_when_bptt_is_wrong(zh, qtbot, check_view, monkeypatch):
    backward = Elman.backward

    def wrong(self, dh, cache, *args, **kwargs):
        grads, dx, flow = backward(self, dh, cache, *args, **kwargs)
        grads["W_xh"] = grads["W_xh"] * 0.9
        return grads, dx, flow

    monkeypatch.setattr(Elman, "backward", wrong)
    check_view.set_model(SMALL)
    run_check(qtbot, check_view)
    verdicts = {r[0]: r[7] for r in check_view.rows()}
    assert verdicts["l0.W_xh"] == "✗ 错误"
    assert check_view.headline.text().startswith("✗ BPTT")
    assert "l0.W_xh" in check_view.detail.text() and HAN.search(check_view.detail.text())
    assert not english_left(check_view)


def test_cancelled_gradient_check_speaks_chinese(zh, qtbot, check_view):
    check_view.set_model(SMALL.replace(cell="gru"))
    with qtbot.waitSignal(check_view.finished, timeout=60_000):
        check_view.verify()
        check_view.cancel()
    qtbot.waitUntil(lambda: not check_view.running, timeout=5000)
    assert len(check_view.checks) < 5  # GRU: l0.W_x, l0.W_h, l0.b_x, l0.b_hn, W_hy, b_y
    assert not english_left(check_view)


# ------------------------------------------------------------------ equations
@pytest.mark.parametrize("large", [False, True])
def test_equations_speak_chinese_for_every_cell(zh, qtbot, large):
    view = EquationsView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.set_large_fonts(large)
    for cell in CELL_TITLES:
        view.set_cell(cell)
        assert len(view.legend_rows()) == len(LEGENDS[cell])
        assert all(HAN.search(row) for row in view.legend_rows())
        assert not english_left(view), (cell, english_left(view))
    view.set_cell("transformer")  # the error line: the unknown name is the user's
    assert view.error.isVisibleTo(view) and HAN.search(view.error.text())
    assert not english_left(view, keep={"transformer"})


def _plain_words(text: str) -> list[str]:
    """Words of a legend description, without math, markup or the symbols' letters."""
    text = re.sub(r"\$[^$]*\$|<[^>]*>", " ", text)
    return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)]


def test_symbol_table_says_what_the_rendered_legend_says(qtbot):
    """The table's symbols come from the legend SVG, row by row; its English words must
    be the ones the SVG was rendered from (resources/equations/sources.py)."""
    spec = importlib.util.spec_from_file_location("eq_sources", equations_dir() / "sources.py")
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    view = EquationsView()
    qtbot.addWidget(view)
    for cell in CELL_TITLES:
        view.set_cell(cell)
        legend = src.EQUATIONS[cell]["legend"]
        assert len(view.legend.symbols) == len(legend) == len(LEGENDS[cell]), cell
        for (_, text), shown in zip(legend, view.legend_rows(), strict=True):
            assert _plain_words(text) == _plain_words(shown), (cell, text, shown)
        assert all(s.bounds.width() > 3 for s in view.legend.symbols)
        assert not view.error.isVisibleTo(view)


def test_symbol_table_scales_with_the_equations(qtbot):
    view = EquationsView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.fit_box.setChecked(False)
    small = view.legend.symbols[0].width()
    view.set_large_fonts(True)
    assert view.legend.symbols[0].width() > small * 1.3
    assert np.isclose(view.zoom(), 1.5)


def _prose(source: str) -> bool:
    """Whether an SVG text element (its LaTeX source) has English words outside math."""
    return bool(english_words(re.sub(r"\$[^$]*\$", " ", source)))


def test_equation_headings_and_notes_are_painted_in_chinese(zh, qtbot):
    view = EquationsView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    for cell in CELL_TITLES:
        view.set_cell(cell)
        for part in ("forward", "backward"):
            img = view.images[part]
            painted = img.translated()
            prose = {eid for eid, src, *_ in img.elements if _prose(src)}
            assert prose and prose <= set(painted), (cell, part)
            for text, *_ in painted.values():
                # dh_next is the code's name
                assert HAN.search(text) and not english_words(text, frozenset({"next"})), \
                    (cell, part, text)
            shot = img.grab().toImage()  # drawn element by element, still the whole image
            assert shot.width() == img.width() and not shot.isNull()


def test_every_heading_and_note_of_the_images_can_be_translated(qtbot):
    """A new note in resources/equations/sources.py needs a PROSE entry; in English the
    images are drawn exactly as rendered."""
    view = EquationsView()
    qtbot.addWidget(view)
    for cell in CELL_TITLES:
        view.set_cell(cell)
        for part in ("forward", "backward"):
            img = view.images[part]
            assert len(img.elements) > 5
            missing = [src for _, src, *_ in img.elements if _prose(src) and src not in PROSE]
            assert not missing, (cell, part, missing)
            assert img.translated() == {}
