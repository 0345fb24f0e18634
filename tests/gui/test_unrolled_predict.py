"""Predict, then reveal: the unrolled view's quiz as a learner meets it. With Predict
first on, → asks before it reveals; an answer that matches the probe trace scores, a
wrong one does not; the ends of the forward and backward passes summarise the score;
off, the view steps as before; a predict-first challenge turns it on and is checked from
the recorded score."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from rnnstudio.engine.config import Config
from rnnstudio.engine.trainer import Trainer
from rnnstudio.gui.settings import Settings
from rnnstudio.gui.teach.unrolled import UnrolledView
from rnnstudio.gui.teach.unrolled_predict import sigmoid_gates


def trained(updates: int = 20, **changes) -> Trainer:
    cfg = Config(**{"hidden": 6, "bits": 6, "batch": 16, "eval_every": 1000, **changes})
    tr = Trainer(cfg)
    for _ in tr.run(budget=updates):
        pass
    return tr


def shown_view(qtbot, tr: Trainer) -> UnrolledView:
    view = UnrolledView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    view.setFocus()
    return view


def truth(view: UnrolledView, pos: int) -> tuple[str, str]:
    """(kind, answer) of the step at cursor position `pos`, worked out here from the trace."""
    tr, T = view.trace, view._T()
    if pos >= T:
        t = 2 * T - pos
        n = np.linalg.norm(tr.layers[0].dh, axis=1)
        return "grad", "grow" if n[t - 1] > n[t] else "shrink"
    t = pos + 1
    lt = tr.layers[0]
    gates = [g for g in sigmoid_gates(lt.cell) if g in lt.values][:2]
    if len(gates) == 2 and t % 3 == 0:
        a, b = gates
        return "gate", a if lt.values[a][t - 1].mean() >= lt.values[b][t - 1].mean() else b
    return "bit", str(int(tr.outputs[t - 1, 0] > 0.5))


KEYS = {"0": Qt.Key.Key_0, "1": Qt.Key.Key_1, "grow": Qt.Key.Key_G, "shrink": Qt.Key.Key_S}


def test_off_by_default_and_arrows_step_as_before(qtbot):
    view = shown_view(qtbot, trained())
    assert not view.predict_btn.isChecked() and not view.predict.bar.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.cursor() == ("forward", 2)


def test_the_step_waits_for_an_answer_and_a_right_one_scores(qtbot):
    view = shown_view(qtbot, trained())
    qtbot.mouseClick(view.predict_btn, Qt.MouseButton.LeftButton)
    bar = view.predict.bar
    assert bar.isVisible() and Settings().predict_first()  # kept for the next session
    later = UnrolledView()
    qtbot.addWidget(later)
    assert later.predict_btn.isChecked() and later.predict.on
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.cursor() == ("forward", 1)  # not revealed: a question instead
    assert "output bit be 0 or 1" in bar.question.text()
    assert [b.text() for b in bar.buttons] == ["0", "1"]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # pressing again still does not peek
    assert view.cursor() == ("forward", 1)
    kind, right = truth(view, 1)
    assert kind == "bit"
    qtbot.keyClick(view, KEYS[right])
    assert view.cursor() == ("forward", 2)
    assert bar.score.text() == "1 of 1 right"
    assert "Right" in bar.feedback.text() and "ŷ = " in bar.feedback.text()
    # a wrong answer, clicked: revealed, not scored, the true value shown
    qtbot.keyClick(view, Qt.Key.Key_Right)
    kind, right = truth(view, 2)
    wrong = next(b for b in bar.buttons if not b.text().startswith(right))
    qtbot.mouseClick(wrong, Qt.MouseButton.LeftButton)
    assert view.cursor() == ("forward", 3)
    assert bar.score.text() == "1 of 2 right"
    assert f"it is {right}" in bar.feedback.text()
    # "Just show me" reveals without scoring
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.mouseClick(bar.skip_btn, Qt.MouseButton.LeftButton)
    assert view.cursor() == ("forward", 4) and bar.score.text() == "1 of 2 right"


def test_later_outputs_are_hidden_until_revealed(qtbot):
    view = shown_view(qtbot, trained())
    view.set_predict(True)
    cols = view.drawing.columns
    assert cols[0].y_text.isVisible() and not cols[1].y_text.isVisible()
    view.set_predict(False)
    assert cols[1].y_text.isVisible()


@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_summary_counts_forward_and_backward(qtbot, cell):
    view = shown_view(qtbot, trained(cell=cell))
    view.set_predict(True)
    bar = view.predict.bar
    T = view._T()
    expect: dict[str, list[int]] = {}
    wrong_gates = True  # answer every gate question wrongly, everything else rightly
    while view._pos < 2 * T - 1:
        before = view._pos
        qtbot.keyClick(view, Qt.Key.Key_Right)
        if view._pos != before:  # a step without a question
            continue
        kind, right = truth(view, before + 1)
        q = view.predict.pending
        assert q is not None and q.kind == kind
        if kind == "gate":
            assert {v for v, _l, _k in q.options} == set(sigmoid_gates(cell)[:2])
            value = next(v for v, _l, _k in q.options if v != right) if wrong_gates else right
        else:
            value = right
        expect.setdefault(kind, [0, 0])
        expect[kind][0] += int(value == right)
        expect[kind][1] += 1
        bar.answered.emit(value)
        if view._pos == T - 1:
            text = bar.question.text()
            assert text.startswith("End of the forward pass")
            b = expect["bit"]
            assert f"output bits: {b[0]} of {b[1]}" in text
            assert f"gates: 0 of {expect['gate'][1]}" in text and "Rethink: gates" in text
            assert bar.again_btn.isVisible()
    text = bar.question.text()
    g = expect["grad"]
    assert text.startswith("End of backpropagation") and f"{g[0]} of {g[1]}" in text
    assert g[0] == g[1] and "Well predicted" in text
    total = sum(v[0] for v in expect.values()), sum(v[1] for v in expect.values())
    assert bar.score.text() == f"{total[0]} of {total[1]} right"
    assert view.predict.quiz.as_dict() == {k: tuple(v) for k, v in expect.items()}
    # Try again: the backward pass starts over with its score cleared
    qtbot.mouseClick(bar.again_btn, Qt.MouseButton.LeftButton)
    assert view.cursor() == ("backward", T) and "grad" not in view.predict.quiz.score


def test_large_fonts_reach_the_question_bar(qtbot):
    view = shown_view(qtbot, trained())
    view.set_predict(True)
    small = view.predict.bar.question.font().pointSizeF()
    view.set_large_fonts(True)
    assert view.predict.bar.question.font().pointSizeF() > small


def test_the_predict_challenge_turns_it_on_and_is_checked_from_the_score(make_window, qtbot):
    w = make_window()
    w.teaching.actions["challenges"].trigger()
    panel = w.teaching.challenges
    assert panel.select("predict_vanishing")
    view = w.teaching.unrolled
    assert not view.predict.on
    qtbot.mouseClick(panel.load_button, Qt.MouseButton.LeftButton)
    assert view.predict.on and view.predict_btn.isChecked()
    assert w.config.cell == "elman" and w.config.task == "recall"
    assert w.set_config(w.config.replace(steps=20))
    w.train()
    qtbot.waitUntil(lambda: w.controller.state in ("finished", "paused"), timeout=60_000)
    qtbot.waitUntil(lambda: bool(w.workspace.history.steps), timeout=10_000)
    w.teaching.show_view("unrolled")
    qtbot.waitUntil(lambda: view.trace is not None, timeout=30_000)

    def call_all(good: bool) -> None:
        T = view._T()
        view.set_position(T)  # the first backward step
        while view._pos < 2 * T - 1:
            before = view._pos
            view.step(1)
            if view._pos == before:
                _kind, right = truth(view, before + 1)
                other = "grow" if right == "shrink" else "shrink"
                view.predict.bar.answered.emit(right if good else other)

    call_all(good=False)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.result.text().startswith("Not passed yet")
    assert "You called 0 of 10 right" in panel.result.text()
    qtbot.mouseClick(view.predict.bar.again_btn, Qt.MouseButton.LeftButton)
    call_all(good=True)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.result.text().startswith("✓ Passed"), panel.result.text()


@pytest.fixture
def chinese():
    from rnnstudio.gui import i18n

    assert i18n.install("zh_CN")
    try:
        yield
    finally:
        i18n.install("en")


def test_the_quiz_speaks_chinese(qtbot, chinese):
    import re

    han = re.compile(r"[\u4e00-\u9fff]")
    view = shown_view(qtbot, trained(cell="lstm"))
    assert view.predict_btn.text() == "先预测"
    view.set_predict(True)
    bar = view.predict.bar
    seen = []
    T = view._T()
    while view._pos < 2 * T - 1:
        before = view._pos
        view.step(1)
        if view._pos == before:
            seen.append(bar.question.text())
            seen += [b.text() for b in bar.buttons]
            bar.answered.emit(truth(view, before + 1)[1])
            seen.append(bar.feedback.text())
    seen += [bar.question.text(), bar.score.text(), bar.again_btn.text()]
    assert all(han.search(s) for s in seen if s and not s.isdigit()), [
        s for s in seen if s and not s.isdigit() and not han.search(s)]
