"""Neurons you can read: activations over a text, feature ranking, LSTMVis span search."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine import neurons as nr
from rnnstudio.engine.cells import registry
from rnnstudio.engine.config import Config
from rnnstudio.engine.model import Network
from rnnstudio.engine.trainer import Trainer

TEXT = "ab [cd] ef\nhi [gh] ou\nka [kl] ie\nno brackets here\n"
VOCAB = "".join(sorted(set(TEXT)))


def hand_built() -> Network:
    """Elman, 4 units: 0 copies "vowel", 1 "space", 2 "inside brackets" (a bistable
    unit set by '[' and reset by ']'), 3 stays off."""
    cfg = Config(task="charlm", cell="elman", hidden=4, init="zeros")
    net = Network(cfg, len(VOCAB), len(VOCAB), "softmax", np.random.default_rng(0))
    p = net.layer_params[0]
    p["W_xh"][...] = 0.0
    p["W_hh"][...] = 0.0
    p["b_h"][...] = 0.0
    for i, ch in enumerate(VOCAB):
        p["W_xh"][i, 0] = 3.0 if ch in "aeiou" else -3.0
        p["W_xh"][i, 1] = 3.0 if ch == " " else -3.0
        p["W_xh"][i, 2] = {"[": 6.0, "]": -6.0}.get(ch, 0.0)
    p["W_hh"][2, 2] = 3.0
    p["b_h"][2] = -0.5
    p["b_h"][3] = -5.0
    return net


def test_the_ranking_finds_the_unit_that_copies_each_feature():
    acts = nr.activations(hand_built(), VOCAB, TEXT, chunk=5)
    best = {m.feature: m for m in nr.rank_features(acts) if m is not None}
    assert (best["vowel"].unit, best["space"].unit, best["brackets"].unit) == (0, 1, 2)
    assert best["vowel"].r > 0.99 and best["space"].r > 0.99 and best["brackets"].r > 0.99
    assert "quotes" not in best  # no double quotes in the text: nothing to match
    m = best["line"]
    want = np.corrcoef(acts.signals[m.key][:, m.unit], nr.line_position(TEXT))[0, 1]
    assert m.r == pytest.approx(want)


def test_a_selected_span_finds_its_unit_and_where_the_pattern_recurs():
    acts = nr.activations(hand_built(), VOCAB, TEXT)
    start = TEXT.index("[cd")
    units = nr.span_units(acts, "l0.h", start, start + 3, 0.5)
    assert units[0].unit == 2 and units[0].score == 1.0
    assert all(u.unit != 3 for u in units)  # never on
    places = nr.recurrences(acts, "l0.h", [2], start, start + 3, 0.5, least=1.0)
    assert [TEXT[p.start:p.end] for p in places] == ["[gh", "[kl"]
    assert all(p.similarity == 1.0 for p in places)


def test_characters_outside_the_vocabulary_are_marked_and_left_out():
    text = "ab [cd] é ef"
    acts = nr.activations(hand_built(), VOCAB, text)
    assert not acts.known[text.index("é")] and acts.known.sum() == len(text) - 1
    assert nr.rank_features(acts, ["vowel"])[0].unit == 0


def test_features_on_a_small_text():
    t = 'a "bc" [d]\nxy'
    assert nr.inside_quotes(t).tolist() == [0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert nr.inside_brackets(t).tolist() == [0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]
    assert nr.line_position(t).tolist() == list(range(11)) + [0, 1]
    assert nr.after_newline(t).tolist() == [0] * 11 + [1, 0]


@pytest.mark.parametrize("cell", registry.names())
def test_every_cell_gives_its_states_and_gates_as_its_own_forward_does(cell):
    cfg = Config(task="charlm", cell=cell, hidden=5, layers=2, dtype="float64")
    net = Network(cfg, len(VOCAB), len(VOCAB), "softmax", np.random.default_rng(3))
    acts = nr.activations(net, VOCAB, TEXT, chunk=7)  # the state carries across chunks
    c = registry.info(cell)
    assert acts.names(0) == acts.names(1) == (*c.state_names, *c.gate_names)
    ids = np.array([VOCAB.index(ch) for ch in TEXT])
    whole = net.internals(np.eye(len(VOCAB))[ids][:, None, :])  # one pass, zero state
    for key, v in acts.signals.items():
        assert v.shape == (len(TEXT), 5)
        np.testing.assert_allclose(v, whole[key][:, 0], atol=1e-12)
        lo, hi = acts.levels(key)
        if key.endswith(".c"):  # unbounded: a round number covering 99 % of the values
            assert lo == -hi and hi in nr.NICE and np.mean(np.abs(v) <= hi) >= 0.99
        else:
            assert (lo, hi) in ((-1.0, 1.0), (0.0, 1.0))


def test_after_short_training_units_track_line_starts_and_capitals_on_every_seed():
    """Measured: LSTM 32, 200 Adam updates (seq 32, batch 16) on the bundled play, first
    5,000 characters: best |r| for "right after a newline" 0.61-0.78 (untrained 0.24-0.29),
    for "a capital letter" 0.84-0.89 (untrained 0.37-0.47), seeds 0-4."""
    for seed in range(5):
        cfg = Config(task="charlm", cell="lstm", hidden=32, seq_len=32, batch=16, lr=0.01,
                     optimizer="adam", seed=seed)
        tr = Trainer(cfg)
        text = tr.task.decode(tr.task.ids[:nr.PAGE_CHARS])
        before = nr.rank_features(nr.activations(tr.net, tr.task.vocab, text),
                                  ["newline", "capital"])
        for _ in range(200):
            tr.update()
        after = nr.rank_features(nr.activations(tr.net, tr.task.vocab, text),
                                 ["newline", "capital"])
        assert abs(after[0].r) > 0.55 and abs(after[1].r) > 0.75, seed
        assert abs(before[0].r) < 0.3 and abs(before[1].r) < 0.5, seed
        assert abs(after[0].r) > abs(before[0].r) + 0.2, seed
        assert abs(after[1].r) > abs(before[1].r) + 0.2, seed
