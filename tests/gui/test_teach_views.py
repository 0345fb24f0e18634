"""Teaching views A: the unrolled network, the equations panel and "try it yourself"."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6 import QtCore  # noqa: E402

from rnnstudio.engine.cells import registry  # noqa: E402
from rnnstudio.engine.config import Config  # noqa: E402
from rnnstudio.engine.tasks.detection import ALPHABET  # noqa: E402
from rnnstudio.engine.trainer import Trainer  # noqa: E402
from rnnstudio.gui.teach.equations import CELL_TITLES, EquationsView, equations_dir  # noqa: E402
from rnnstudio.gui.teach.tryit import TryItView  # noqa: E402
from rnnstudio.gui.teach.unrolled import MAX_UNITS, UnrolledView  # noqa: E402
from rnnstudio.gui.teach.unrolled_common import SIGNED_MAP, cmap, fmt  # noqa: E402
from rnnstudio.gui.teach.unrolled_trace import copy_network, trace_probe  # noqa: E402

CELLS = registry.names()


def trained(updates: int = 30, **changes) -> Trainer:
    cfg = Config(**{"hidden": 6, "bits": 6, "batch": 16, "eval_every": 1000, **changes})
    tr = Trainer(cfg)
    for _ in tr.run(budget=updates):
        pass
    return tr


# ------------------------------------------------------------------ unrolled
@pytest.mark.parametrize("cell", CELLS)
def test_unrolled_nodes_show_the_engines_activations(qtbot, cell):
    tr = trained(cell=cell, hidden=20, layers=2)
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    inside = tr.net.internals(tr.probe_batch.x)
    T = tr.probe_batch.x.shape[0]
    view.set_cursor("forward", T)
    names = registry.info(cell).state_names
    for layer in (0, 1):
        for name in names:
            want = inside[f"l{layer}.{name}"][:, 0, :MAX_UNITS]
            shown = view.shown_values(layer, name)
            assert shown.shape == (T, MAX_UNITS)  # 20 units, the first 16 drawn
            np.testing.assert_allclose(shown, want, rtol=1e-6, atol=1e-7)
    # the colour of a square is its value on the diverging map
    v = float(inside["l0.h"][2, 0, 3])
    assert view.square(0, "h", 3, 3).brush().color() == cmap(SIGNED_MAP)(v, -1.0, 1.0)


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("truncate", [0, 2])
def test_traced_gradients_match_the_engines_flow(cell, truncate):
    tr = trained(updates=10, cell=cell, layers=2, truncate=truncate, dtype="float64")
    b = tr.probe_batch
    net = copy_network(tr.net)
    trace = trace_probe(net, b.x, b.y, b.mask)
    flow = net.gradients(b.x, b.y, b.mask, truncate=truncate).flow
    for l, lt in enumerate(trace.layers):
        np.testing.assert_allclose(np.linalg.norm(lt.dh, axis=1), flow["h"][l], rtol=1e-9,
                                   atol=1e-15)
        if "c" in registry.info(cell).state_names:
            np.testing.assert_allclose(np.linalg.norm(lt.dc, axis=1), flow["c"][l], rtol=1e-9,
                                       atol=1e-15)
    if truncate:
        # nothing flows back across a window edge
        assert trace.cuts == [2, 4]
        assert not trace.layers[0].dh_next[1].any()


def test_arrow_keys_step_forward_then_backward_and_update_the_numbers(qtbot):
    tr = trained(cell="elman")
    view = UnrolledView()
    qtbot.addWidget(view)
    view.show()
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    T = tr.probe_batch.x.shape[0]
    inside = tr.net.internals(tr.probe_batch.x)
    view.set_cursor("forward", 1)
    assert view.cursor() == ("forward", 1)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
    assert view.cursor() == ("forward", 2)
    text = view.equation_text()
    assert "step t = 2" in text
    # the table lists h_2 of unit 1 as the engine computed it, and the input bits of step 2
    assert fmt(inside["l0.h"][1, 0, 0]) in text
    a, b = (int(v) for v in tr.probe_batch.x[1, 0])
    assert f"a {a}  b {b}" in text.replace("\xa0", " ")
    # past the last forward step the cursor turns round into BPTT
    view.set_cursor("forward", T)
    qtbot.keyClick(view.view, QtCore.Qt.Key.Key_Right)  # keys also work on the drawing
    assert view.cursor() == ("backward", T)
    assert "Backward (BPTT)" in view.equation_text()
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Right)
    assert view.cursor() == ("backward", T - 1)
    # in the backward pass the squares show ∂L/∂h_t of the engine's BPTT
    trace = view.trace
    np.testing.assert_allclose(view.shown_values(0, "h")[T - 2], trace.layers[0].dh[T - 2, :6])
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Left)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Left)
    assert view.cursor() == ("forward", T)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_End)
    assert view.cursor() == ("backward", 1)
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Home)
    assert view.cursor() == ("forward", 1)


def test_arrows_carry_the_gradient_flowing_back(qtbot):
    tr = trained(cell="lstm", truncate=2)
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    view.set_cursor("backward", 1)
    lt = view.trace.layers[0]
    cols = view.drawing.columns
    flows = np.linalg.norm(lt.dh_next, axis=1)  # what reaches h_t back from step t+1
    widths = {}
    for ti in range(1, len(cols)):
        arrow = cols[ti].layers[0].h_arrow
        if ti in view.trace.cuts:  # truncated BPTT: a dashed, grey arrow carries nothing
            assert arrow.pen().style() == QtCore.Qt.PenStyle.DashLine
            assert flows[ti - 1] == 0
        else:
            widths[flows[ti - 1]] = arrow.pen().widthF()
    ordered = [widths[g] for g in sorted(widths)]
    assert ordered == sorted(ordered) and ordered[-1] > ordered[0]  # more gradient, thicker


def test_lstm_circuit_shows_the_gates_of_the_cursor_step(qtbot):
    tr = trained(cell="lstm")
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    view.set_unit(2)
    view.set_cursor("forward", 3)
    inside = tr.net.internals(tr.probe_batch.x)
    labels = view.circuit.labels
    for gate in "ifo":
        assert f"{inside['l0.' + gate][2, 0, 2]:.3f}" in labels[gate]
    assert fmt(inside["l0.c"][2, 0, 2]) in labels["c"]
    view.set_cursor("backward", 3)
    assert fmt(view.trace.layers[0].dc[2, 2]) in view.circuit.labels["dc"]


def test_unrolled_view_does_not_follow_later_training(qtbot):
    tr = trained(cell="gru")
    view = UnrolledView()
    qtbot.addWidget(view)
    view.set_trainer_state(tr.net, tr.probe_batch, tr.task)
    before = view.shown_values(0, "h").copy()
    tr.net.flat[:] = 0.0  # the training thread moves on
    view.step(1)
    view.step(-1)
    np.testing.assert_array_equal(view.shown_values(0, "h"), before)


# ----------------------------------------------------------------- equations
def test_equations_load_an_svg_for_every_cell(qtbot):
    view = EquationsView()
    qtbot.addWidget(view)
    for cell in CELL_TITLES:
        view.set_cell(cell)
        assert view.cell() == cell
        for part in ("forward", "backward", "legend"):
            r = view.renderer(part)
            assert r.isValid(), (cell, part)
            assert r.defaultSize().width() > 100
        assert not view.error.isVisibleTo(view)
    view.set_cell("transformer")
    assert "transformer" in view.error.text()
    assert view.cell() == list(CELL_TITLES)[-1]  # the last good cell stays on screen


def test_equation_images_are_rendered_from_the_current_sources():
    folder = equations_dir()
    spec = importlib.util.spec_from_file_location("eq_sources", folder / "sources.py")
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    blob = json.dumps({"cells": src.CELLS, "parts": src.PARTS, "equations": src.EQUATIONS},
                      sort_keys=True, ensure_ascii=True)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sources_sha256"] == hashlib.sha256(blob.encode("ascii")).hexdigest(), (
        "resources/equations/sources.py changed: run resources/equations/render.py")
    assert set(src.CELLS) == set(CELL_TITLES)
    for name in manifest["files"]:
        assert (folder / name).is_file()


# ---------------------------------------------------------------- try it
def test_tryit_addition_gives_the_engines_prediction(qtbot):
    tr = trained(updates=40, cell="elman", hidden=8)
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config, step=tr.step)
    page = view.addition
    assert view.page() is page
    assert page.a_box.maximum() == tr.task.high - 1  # typed numbers stay in the task's range
    page.a_box.setValue(19)
    page.b_box.setValue(12)
    want = tr.net.predict(tr.task.encode(np.array([19]), np.array([12])).x)[:, 0, 0]
    np.testing.assert_allclose(page.probs, want, rtol=1e-6)
    bits = (want > 0.5).astype(int)
    pred = int(sum(int(b) << t for t, b in enumerate(bits)))
    assert page.predicted_sum() == pred
    result = re.sub("<[^>]+>", "", page.result.text())
    assert f"19 + 12 = {pred}" in result
    assert ("✓" in result) == (pred == 31)
    # stepping reveals the answer one bit at a time
    page.reveal(2)
    assert "step 2 of" in page.result.text()


def test_tryit_keeps_its_own_copy_of_the_weights(qtbot):
    tr = trained(cell="lstm")
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config)
    page = view.addition
    page.compute()
    before = page.probs.copy()
    tr.net.flat[:] = 0.0  # training in another thread keeps changing the live weights
    page.compute()
    np.testing.assert_array_equal(page.probs, before)


def test_tryit_large_enlarges_every_text_and_back(qtbot):
    view = TryItView()
    qtbot.addWidget(view)
    view.show()
    labels = [view.title, view.source, view.empty, view.addition.range_note]

    def sizes():
        return [label.fontInfo().pointSizeF() for label in labels]

    before = sizes()
    view.large_box.click()
    assert all(big >= 1.4 * small for big, small in zip(sizes(), before, strict=True))
    view.large_box.click()
    assert sizes() == before


def test_tryit_detection_flags_typed_letters(qtbot):
    tr = trained(updates=5, task="detection", cell="elman", seq_len=12, word="cat")
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config)
    page = view.detection
    assert view.page() is page
    page.letters.clear()
    qtbot.keyClicks(page.letters, "xcAt1cat")  # capitals and digits are refused
    assert page.letters.text() == "xctcat"
    idx = np.array([[ALPHABET.index(c)] for c in "xctcat"])
    want = tr.net.predict(tr.task.encode(idx).x)[:, 0, 0]
    np.testing.assert_allclose(page.probs, want, rtol=1e-6)
    assert "ends 1 time" in page.summary.text()


def test_tryit_char_model_generates_like_the_engine(qtbot, tmp_path):
    corpus = tmp_path / "tiny.txt"
    corpus.write_text("the cat sat on the mat. " * 40, encoding="utf-8")
    tr = trained(updates=5, task="charlm", cell="gru", corpus=str(corpus), seq_len=10)
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config)
    page = view.chars
    page.prefix.setText("the ")
    page.temp.setValue(0.7)
    page.length.setValue(40)
    page.seed.setValue(3)
    page.generate()
    want = tr.task.generate(tr.net, np.random.default_rng(3), 40, 0.7, "the ")
    assert page.text == want
    assert want[4:] in page.output.toPlainText()
    p = page.next_probabilities("the ", 0.7)
    assert p.shape == (tr.task.n_in,) and abs(p.sum() - 1) < 1e-9
    page.prefix.setText("THE")  # not in the corpus
    page.generate()
    assert "'E'" in page.warning.text()


def test_tryit_other_tasks_show_a_heldout_example(qtbot):
    tr = trained(updates=5, task="recall", cell="lstm", delay=4)
    view = TryItView()
    qtbot.addWidget(view)
    view.set_model(tr.net, tr.task, tr.config)
    page = view.example
    assert view.page() is page
    held = tr.task.heldout()
    one = held.take(slice(7, 8))
    page.show_example(7)
    out = tr.net.predict(one.x)[:, 0]
    m = one.mask[:, 0] > 0
    right = int((out.argmax(axis=-1)[m] == one.y[:, 0][m]).sum())
    shown = page.out.toPlainText()
    assert f"Held-out example 8 of {held.size}" in shown
    assert f"Recalled {right} of {int(m.sum())} after 4 noisy steps" in shown
    assert "recall" in page.explain.text().lower()
