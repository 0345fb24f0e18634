"""Sequence classification: labelled sequences read from the user's file, padded at the
front, scored only at the last step, with clear errors naming the bad lines."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine import Config, Trainer
from rnnstudio.engine.config import ConfigError
from rnnstudio.engine.gradcheck import check_gradients
from rnnstudio.engine.model import Network
from rnnstudio.engine.tasks import make_task
from rnnstudio.engine.tasks.classify import MAX_BYTES


def write(tmp_path, text: str, name: str = "data.tsv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def task_of(data: str = ""):
    return make_task(Config(task="classify", data=data))


def test_the_bundled_example_works_out_of_the_box_with_a_stratified_fixed_split():
    task = task_of()
    d = task.data
    assert d.classes == ("blue", "green", "red")
    assert len(d.seqs) >= 300 and not d.numeric
    assert not set(d.train) & set(d.held)
    share = np.bincount(d.labels[d.held]) / np.bincount(d.labels)
    np.testing.assert_allclose(share, 0.2, atol=0.02)  # 20 % of every class
    again = task_of()
    np.testing.assert_array_equal(again.heldout().x, task.heldout().x)


def test_sequences_are_padded_at_the_front_and_only_the_last_step_is_scored(tmp_path):
    task = task_of(write(tmp_path, "up\t1 2 3\nup\t2 3 4 5 6\ndown\t3 2\ndown\t9 8 7 6\n"))
    assert task.data.numeric and task.n_in == 2 and task.seq_len == 5
    b = task.encode([("1", "2"), ("5", "4", "3", "2", "1")], np.array([0, 1]))
    assert b.x.shape == (5, 2, 2)
    np.testing.assert_array_equal(b.x[:, 0, 1], [0, 0, 0, 1, 1])  # real steps at the end
    np.testing.assert_array_equal(b.x[:3, 0, 0], 0.0)
    np.testing.assert_array_equal(b.mask[:, 0], [0, 0, 0, 0, 1])
    # only the last step moves the loss: changing the scores before it changes nothing
    net = Network(Config(hidden=4, dtype="float64"), task.n_in, task.n_out, "softmax",
                  rng=np.random.default_rng(0))
    res = net.gradients(b.x, b.y, b.mask)
    z, _ = net.logits(b.x)
    p = np.exp(z[-1] - z[-1].max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    expected = -np.mean(np.log(p[np.arange(2), b.y[-1]]))
    assert res.loss == pytest.approx(expected, rel=1e-9)


def test_gradients_of_the_many_to_one_loss_match_finite_differences():
    task = task_of()
    b = task.heldout().take(slice(0, 3))
    for cell in ("elman", "lstm"):
        net = Network(Config(cell=cell, hidden=4, dtype="float64"), task.n_in, task.n_out,
                      "softmax", rng=np.random.default_rng(1))
        checks = check_gradients(net, b.x, b.y, b.mask, max_per_param=10,
                                 rng=np.random.default_rng(2))
        assert all(c.ok for c in checks), [(c.name, c.relative_error) for c in checks]


def test_a_batch_gives_each_sequence_what_it_gives_alone():
    task = task_of()
    b = task.heldout().take(slice(0, 6))
    net = Network(Config(cell="gru", hidden=8, dtype="float64"), task.n_in, task.n_out,
                  "softmax", rng=np.random.default_rng(3))
    together = net.predict(b.x)
    for i in range(6):
        np.testing.assert_allclose(net.predict(b.x[:, i:i + 1])[:, 0], together[:, i],
                                   atol=1e-12)


def test_confusion_counts_add_up_and_a_perfect_net_scores_one():
    task = task_of()
    held = task.heldout()
    perfect = np.eye(task.n_out)[held.y]
    m = task.metrics(perfect, held)
    assert m["accuracy"] == 1.0 == m["balanced_accuracy"]
    K = task.n_out
    cm = np.array([[m[f"n_{i}_{j}"] for j in range(K)] for i in range(K)])
    assert cm.sum() == held.size and np.all(cm == np.diag(np.diag(cm)))
    always_first = np.zeros_like(perfect)
    always_first[..., 0] = 1.0
    m = task.metrics(always_first, held)
    assert m["balanced_accuracy"] == pytest.approx(1 / 3)
    assert sum(m[f"n_{i}_0"] for i in range(K)) == held.size


def test_a_folder_of_one_file_per_class_is_read(tmp_path):
    (tmp_path / "yes.txt").write_text("a b a\nb a\n\na a b\n", encoding="utf-8")
    (tmp_path / "no.txt").write_text("b b\nb b b\n", encoding="utf-8")
    task = task_of(str(tmp_path))
    assert task.classes == ("no", "yes") and len(task.data.seqs) == 5
    assert set(task.data.vocab) == {"a", "b", "<unk>"}


def test_a_csv_with_a_header_and_number_columns_is_read(tmp_path):
    task = task_of(write(tmp_path, "label,x1,x2,x3\nup,1,2,3\nup,0,1,2\ndown,3,2,1\n"
                                   "down,5,4,3\n", "d.csv"))
    assert task.data.numeric and task.classes == ("down", "up") and task.seq_len == 3


def test_bad_rows_are_named_by_line_first_five_and_how_many_more(tmp_path):
    rows = ["ok\ta b", "ok\tb a", "fine\ta", "fine\tb"] + ["lonely"] * 7 + ["\ta b"]
    with pytest.raises(ConfigError) as err:
        task_of(write(tmp_path, "\n".join(rows) + "\n"))
    assert err.value.field == "data"
    text = str(err.value)
    assert "8 bad rows" in text and "line 5:" in text and "line 9:" in text
    assert "line 10:" not in text and "and 3 more" in text


@pytest.mark.parametrize("text, words", [
    ("", "no labelled sequences"),
    ("# only a comment\n", "no labelled sequences"),
    ("a\tx y\na\ty x\n", "only one class"),
    ("a\tx y\na\ty x\nb\tx\n", "class 'b' has only one example"),
])
def test_empty_files_one_class_and_lonely_examples_are_refused(tmp_path, text, words):
    with pytest.raises(ConfigError, match=words) as err:
        task_of(write(tmp_path, text))
    assert err.value.field == "data"


def test_missing_and_huge_files_are_refused_with_the_field_named(tmp_path):
    with pytest.raises(ConfigError, match="file not found") as err:
        task_of(str(tmp_path / "nope.tsv"))
    assert err.value.field == "data"
    big = tmp_path / "big.tsv"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ConfigError, match="larger than") as err:
        task_of(str(big))
    assert err.value.field == "data"


def test_a_short_run_learns_the_bundled_example_well_above_chance():
    cfg = Config(task="classify", cell="gru", steps=150, eval_every=50, seed=0)
    last = None
    for snap in Trainer(cfg).run():
        last = snap
    assert last.metrics["accuracy"] > 0.8  # chance: about 1/3


@pytest.mark.parametrize("name", ["n" * 300, "/dev", "nul\0byte"])
def test_odd_names_and_empty_folders_are_refused_naming_the_setting(name):
    with pytest.raises(ConfigError) as err:
        task_of(name)
    assert err.value.field == "data"


def test_the_bundled_file_is_what_its_generator_writes_and_needs_memory():
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("make_sequences",
                                                  root / "packaging" / "make_sequences.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (root / "resources" / "examples" / "sequences.tsv").read_text(
        encoding="utf-8") == mod.text()
    # the class is the colour named first, and the last colour is often another one
    task = task_of()
    d = task.data
    last = [next(t for t in reversed(s) if t in d.classes) for s in d.seqs]
    same = np.mean([d.classes.index(c) == k for c, k in zip(last, d.labels, strict=True)])
    assert same < 0.5  # a net reading only the latest colour is mostly wrong
