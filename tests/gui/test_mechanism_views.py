"""'Why gradients vanish' (gui/teach/mechanism_views.py) as a learner uses it: from the
Learn menu, on the learner's own network, the plotted numbers being the engine's."""

from __future__ import annotations

import re

import numpy as np
import pytest
import run_state
from PySide6 import QtCore
from PySide6.QtCore import Qt
from visible_text import english_left

from rnnstudio.engine import mechanism as mech
from rnnstudio.engine.config import CELLS, Config
from rnnstudio.gui import i18n
from rnnstudio.gui.teach.mechanism_views import KEYS, SLICE_GRID, TABS

HAN = re.compile(r"[\u4e00-\u9fff]")
SMALL = {"hidden": 6, "bits": 6, "batch": 8, "eval_every": 1000}


def menu_action(window, name):
    """The Learn menu's entry for a view, found as a user would: Learn → submenu → entry."""
    lessons = window.teaching.actions["lessons"]
    learn = next(a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and lessons in a.menu().actions())
    sub = next(a.menu() for a in learn.actions() if a.menu() is window.mechanism.menu)
    act = next(a for a in sub.actions() if a.shortcut().toString() == KEYS[name])
    return act


@pytest.mark.parametrize("cell", CELLS)
def test_each_view_opens_from_the_learn_menu_and_draws_the_engines_numbers(make_window,
                                                                          qtbot, cell):
    w = make_window(Config(cell=cell, layers=2, **SMALL))
    for i in range(3):
        w.controller.step()
        qtbot.waitUntil(lambda i=i: w.controller.step_count == i + 1, timeout=10000)
    qtbot.wait(50)
    m = w.mechanism
    for name in TABS:
        menu_action(w, name).trigger()
        assert m.dock.isVisible() and m.view.current == name
    tr = run_state.network(qtbot, w.controller)
    m.compute_now(tr)
    probe, batch = mech.batches(tr)
    v = m.view
    for layer in (0, 1):
        want = mech.jacobian(tr.net, probe.x, layer)
        np.testing.assert_allclose(v.jacobian.shown_norms(layer), want["jacobian_norms"],
                                   rtol=1e-9)
    j0 = mech.jacobian(tr.net, probe.x, 0)
    np.testing.assert_allclose(v.jacobian.sv.opts["height"], j0["singular_values"])
    assert v.jacobian.inv_gamma.value() == pytest.approx(1 / j0["gamma"])
    x, y = v.jacobian.eig.getData()
    assert sorted(np.round(x, 9)) == sorted(np.round(j0["eigenvalues"].real, 9))
    bx, by = v.jacobian.bound.getData()
    assert (bx is not None and len(bx) > 0) == (cell == "elman")
    if cell == "elman":  # drawn (clipped to the plot's range), and above the curve
        assert np.all(10.0 ** by >= v.jacobian.shown_norms(0) * (1 - 1e-9))

    b = batch.take(slice(0, 8))
    c = mech.contributions(tr.net, b.x, b.y, b.mask)
    C = c["contributions"]
    shown = v.contributions.shown_contributions()
    T = C.shape[0]
    low = np.tril_indices(T)
    expect = np.log10(np.maximum(C / C.max(), 1e-4))
    np.testing.assert_allclose(shown[low], expect[low], rtol=1e-9)
    assert np.all(np.isnan(shown[np.triu_indices(T, 1)]))

    s = mech.saturation(tr.net, probe.x)
    if s is None:
        assert "no gates" in v.saturation.headline.text()
    else:
        for g, fr in s.items():
            xs, ys = v.saturation.shown(g)
            np.testing.assert_allclose(xs, fr["left"])
            np.testing.assert_allclose(ys, fr["right"])

    alphas, loss = v.cliff.shown_curve()
    want = mech.landscape(tr.net, batch.x, batch.y, batch.mask, path=list(m.path)[:-1],
                          optimizer=tr.optimizer, clip_mode="norm", clip_threshold=tr.config.clip,
                          grid=SLICE_GRID)
    np.testing.assert_allclose(alphas, want["alphas"])
    np.testing.assert_allclose(loss, want["loss"], rtol=1e-9)
    # the 2-D slice: log10(loss / loss now) on the grid, the walked path and steps on it
    shown = v.cliff.shown_slice()
    assert shown.shape == (SLICE_GRID, SLICE_GRID)
    rel = np.clip(np.log10(want["grid_loss"] / want["loss0"]), -10, 10)
    np.testing.assert_allclose(np.clip(shown, -10, 10), rel, rtol=1e-9, atol=1e-12)
    assert shown[SLICE_GRID // 2, SLICE_GRID // 2] == pytest.approx(0.0, abs=1e-12)
    xs, ys = v.cliff.path2.getData()
    np.testing.assert_allclose(np.c_[xs, ys], np.asarray(want["grid_path"]).reshape(-1, 2),
                               rtol=1e-9, atol=1e-12)
    for item, key in ((v.cliff.raw2, "unclipped"), (v.cliff.clipped2, "clipped")):
        np.testing.assert_allclose(np.ravel(item.getData()), want["grid_steps"][key],
                                   rtol=1e-9, atol=1e-12)


def test_clicking_an_output_row_shades_the_inputs_by_connectivity(make_window, qtbot):
    w = make_window(Config(cell="lstm", **SMALL))
    m = w.mechanism
    m.show_view("contributions")
    res = m.compute_now(run_state.network(qtbot, w.controller))
    view = m.view.contributions
    qtbot.wait(50)
    T = res["contributions"]["T"]
    conn = res["contributions"]["input_connectivity"]
    vb = view.p_tri.getViewBox()
    for t in (2, T - 1):
        scene_pt = vb.mapViewToScene(QtCore.QPointF(1.0, float(t)))
        pos = view.canvas.mapFromScene(scene_pt)
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.waitUntil(lambda t=t: view.row == t, timeout=3000)
        strip = view.shown_connectivity()  # (T, n_in): |x| / max |x| times conn / max conn
        x = np.abs(res["batch_x"][:T, 0, :])
        x = x / x.max()
        np.testing.assert_allclose(strip, x * (conn[t - 1] / conn[t - 1].max())[:, None])
        assert np.all(strip[t:] == 0)  # the future cannot change the past


def test_recurrent_scale_reinitialises_and_the_spectrum_follows(make_window, qtbot):
    w = make_window(Config(cell="elman", **SMALL))
    m = w.mechanism
    m.show_view("jacobian")
    before = m.compute_now(run_state.network(qtbot, w.controller))["jacobian"][0]["sigma_max"]
    box = m.view.jacobian.scale
    box.setValue(3.0)
    box.editingFinished.emit()
    assert w.config.recurrent_scale == 3.0 and w.controller.step_count == 0
    qtbot.waitUntil(lambda: w.controller.checkpoint is not None, timeout=10000)
    after = m.compute_now(run_state.network(qtbot, w.controller))["jacobian"][0]
    assert after["sigma_max"] == pytest.approx(3 * before, rel=1e-6)  # same seed, 3x
    assert "necessary" in m.view.jacobian.note.text()


def test_follows_a_running_run_from_copies(make_window, qtbot):
    w = make_window(Config(cell="gru", steps=10**7, **SMALL))
    m = w.mechanism
    m.show_view("jacobian")
    qtbot.waitUntil(lambda: m.view.jacobian.result is not None, timeout=10000)
    first = m.view.jacobian.result
    w.controller.train()
    qtbot.waitUntil(lambda: m.view.jacobian.result is not first, timeout=15000)
    assert w.controller.state == "running"
    w.controller.pause()
    qtbot.waitUntil(lambda: w.controller.state == "paused", timeout=10000)
    assert len(m.path) >= 2  # the cliff's path: one point per copy


def test_views_speak_chinese(make_window, qtbot):
    assert i18n.install("zh_CN")
    try:
        for cell in ("elman", "lstm"):
            w = make_window(Config(cell=cell, **SMALL))
            m = w.mechanism
            m.show_view("jacobian")
            m.compute_now(run_state.network(qtbot, w.controller))
            for i, name in enumerate(TABS):
                m.view.setCurrentIndex(i)
                qtbot.wait(10)
                left = english_left(m.dock)
                assert not left, (name, left)
            assert HAN.search(m.dock.windowTitle())
            assert all(HAN.search(a.text()) for a in m.menu.actions())
    finally:
        i18n.install("en")


def test_the_headless_command_gives_the_numbers_the_views_draw(make_window, qtbot):
    """`rnnstudio inspect ... --json` computes with cli_inspect.inspect: on the same
    weights its JSON holds what the views plot."""
    from rnnstudio.cli_inspect import inspect

    w = make_window(Config(cell="lstm", **SMALL))
    m = w.mechanism
    m.show_view("jacobian")
    tr = run_state.network(qtbot, w.controller)
    m.compute_now(tr)
    v = m.view
    j = inspect(tr, "jacobian")
    np.testing.assert_allclose(v.jacobian.shown_norms(0), j["jacobian_norms"], rtol=1e-9)
    assert v.jacobian.result[0]["sigma_max"] == pytest.approx(j["sigma_max"])
    c = inspect(tr, "contributions")
    C = np.array(c["contributions"])
    low = np.tril_indices(c["T"])
    np.testing.assert_allclose(v.contributions.shown_contributions()[low],
                               np.log10(np.maximum(C / C.max(), 1e-4))[low], rtol=1e-9)
    s = inspect(tr, "saturation")
    for g, fr in s["gates"].items():
        np.testing.assert_allclose(v.saturation.shown(g)[1], fr["right"])
    ls = inspect(tr, "landscape", history=list(m.path)[:-1])
    np.testing.assert_allclose(v.cliff.shown_curve()[1], ls["loss"], rtol=1e-9)


def test_saturation_dots_leave_a_trail_as_the_run_trains_and_a_new_network_clears_it(
        make_window, qtbot):
    w = make_window(Config(cell="lstm", lr=0.5, **SMALL))
    m = w.mechanism
    m.show_view("saturation")
    c = w.controller
    first = run_state.network(qtbot, c)  # the untrained network the dock may show too
    seen = [mech.saturation(first.net, mech.batches(first)[0].x)]
    for i in range(3):
        c.step()
        qtbot.waitUntil(lambda i=i: c.step_count == i + 1 and c.checkpoint is not None
                        and c.checkpoint.trainer().step == i + 1, timeout=10000)
        tr = c.checkpoint.trainer()
        seen.append(mech.saturation(tr.net, mech.batches(tr)[0].x))
        m.compute_now(tr)
    view = m.view.saturation
    qtbot.wait(200)  # the dock's own refreshes (of the same networks) may land too
    m.compute_now(tr)
    for g in seen[-1]:
        trail = view.trail(g)
        assert trail, g
        earlier = [s[g] for s in seen[:-1]]
        for left, right in trail:  # each an earlier network's position
            assert any(np.array_equal(left, e["left"]) and np.array_equal(right, e["right"])
                       for e in earlier), g
        np.testing.assert_allclose(view.shown(g)[1], seen[-1][g]["right"])
        xs, _ = view.trails[g].getData()
        assert len(xs) == sum(len(left) for left, _ in trail)
    c.reset()
    qtbot.waitUntil(lambda: all(not view.trail(g) for g in seen[-1]), timeout=5000)
    assert all(len(view.trails[g].getData()[0]) == 0 for g in seen[-1])
