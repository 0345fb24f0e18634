"""Tasks: the generated data is what each task promises, seeded, with an independent
held-out set and metrics that reward the right answer."""

import sys
from pathlib import Path

import numpy as np
import pytest

from rnnstudio import resources
from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.model import Network
from rnnstudio.engine.tasks import make_task
from rnnstudio.engine.tasks import registry as task_registry
from rnnstudio.engine.tasks.addition import from_bits, is_heldout
from rnnstudio.engine.tasks.charlm import MAX_VOCAB, REPLACEMENT
from rnnstudio.engine.tasks.detection import ALPHABET
from rnnstudio.engine.tasks.recall import BLANK, Recall

TASKS = list(task_registry.names())  # every registered task


def task_for(name: str, **kw):
    return make_task(Config(task=name, **kw))


def perfect_outputs(task, batch):
    """What a flawless network would output for `batch`."""
    if task.head == "softmax":
        return np.eye(task.n_out)[batch.y]
    return batch.y.astype(np.float64)


# ------------------------------------------------------------------ every task
@pytest.mark.parametrize("name", TASKS)
def test_same_rng_same_batches_and_shapes_are_time_major(name):
    task = task_for(name)
    a = task.batch(np.random.default_rng(5), 8)
    b = task.batch(np.random.default_rng(5), 8)
    c = task.batch(np.random.default_rng(6), 8)
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.y, b.y)
    assert not np.array_equal(a.x, c.x)
    T = a.x.shape[0]
    assert a.x.shape == (T, 8, task.n_in)
    assert a.mask.shape == (T, 8)
    assert a.y.shape == ((T, 8) if task.head == "softmax" else (T, 8, task.n_out))
    assert a.mask.sum() > 0


@pytest.mark.parametrize("name", TASKS)
def test_heldout_is_fixed_whatever_the_seed_or_training_draws(name):
    one = task_for(name, seed=1)
    first = one.heldout()
    assert one.heldout() is first  # cached
    for _ in range(3):
        one.batch(np.random.default_rng(0), 16)
    other = task_for(name, seed=99)
    np.testing.assert_array_equal(other.heldout().x, first.x)
    np.testing.assert_array_equal(other.heldout().y, first.y)


@pytest.mark.parametrize("name", TASKS)
def test_perfect_outputs_score_perfectly_and_primary_metric_comes_first(name):
    task = task_for(name)
    held = task.heldout()
    m = task.metrics(perfect_outputs(task, held), held)
    assert list(m)[0] == task.metric_name
    assert set(m) == set(task.metric_labels)
    best = 1.0 if task.higher_is_better else 0.0
    assert m[task.metric_name] == pytest.approx(best, abs=1e-9)


@pytest.mark.parametrize("name", TASKS)
def test_render_shows_one_readable_sample(name):
    task = task_for(name)
    held = task.heldout().take(slice(0, 2))
    text = task.render(perfect_outputs(task, held), held, i=1)
    assert isinstance(text, str) and 0 < len(text) < 1000 and "\n" in text


# ------------------------------------------------------------------- addition
def test_addition_targets_are_the_true_sums():
    task = task_for("addition", bits=8)
    b = task.batch(np.random.default_rng(0), 64)
    a_ = from_bits(b.x[:, :, 0])
    b_ = from_bits(b.x[:, :, 1])
    np.testing.assert_array_equal(from_bits(b.y[:, :, 0]), a_ + b_)
    np.testing.assert_array_equal(a_, b.info["a"])
    assert (a_ < 128).all() and (b_ < 128).all()


def test_addition_heldout_pairs_never_appear_in_training():
    task = task_for("addition", bits=8)
    held = task.heldout()
    held_pairs = set(zip(held.info["a"].tolist(), held.info["b"].tolist(), strict=True))
    assert held_pairs and all(is_heldout(held.info["a"], held.info["b"]))
    rng = np.random.default_rng(3)
    seen = set()
    for _ in range(100):
        b = task.batch(rng, 32)
        seen |= set(zip(b.info["a"].tolist(), b.info["b"].tolist(), strict=True))
    assert len(seen) > 2000
    assert not seen & held_pairs


def test_addition_one_wrong_bit_breaks_the_whole_sum():
    task = task_for("addition", bits=8)
    held = task.heldout()
    out = held.y.copy()
    out[3, :, 0] = 1.0 - out[3, :, 0]
    m = task.metrics(out, held)
    assert m["sum_accuracy"] == 0.0
    assert m["bit_accuracy"] == pytest.approx(7 / 8)


# ------------------------------------------------------------------ detection
def occurrences_end(text: str, word: str) -> set[int]:
    return {i + len(word) - 1 for i in range(len(text)) if text.startswith(word, i)}


def test_detection_flags_exactly_where_the_word_completes():
    task = task_for("detection")
    b = task.batch(np.random.default_rng(0), 64)
    planted = 0
    for i in range(64):
        text = "".join(ALPHABET[k] for k in b.x[:, i].argmax(axis=-1))
        want = occurrences_end(text, "udacity")
        got = set(np.flatnonzero(b.y[:, i, 0]).tolist())
        assert got == want
        planted += len(want)
        assert want  # every stream holds the word at least once
    assert planted >= 64
    np.testing.assert_array_equal(b.mask, 1.0)


def test_detection_counts_chance_and_overlapping_occurrences():
    task = task_for("detection", word="aba", seq_len=12)
    letters = np.array([[ALPHABET.index(c) for c in "xababaqqabax"]]).T
    b = task.encode(letters)
    assert np.flatnonzero(b.y[:, 0, 0]).tolist() == [3, 5, 10]


def test_detection_rejects_a_sequence_too_short_for_the_word():
    with pytest.raises(ConfigError) as err:
        task_for("detection", word="udacity", seq_len=7)
    assert err.value.field == "seq_len" and "8" in str(err.value)
    task_for("detection", word="udacity", seq_len=8)  # long enough


def test_detection_metrics_count_flags():
    task = task_for("detection")
    held = task.heldout()
    silent = task.metrics(np.zeros_like(held.y), held)
    assert silent == {"f1": 0.0, "precision": 0.0, "recall": 0.0}
    shouting = task.metrics(np.ones_like(held.y), held)
    assert shouting["recall"] == 1.0
    assert shouting["precision"] == pytest.approx(held.y.mean())
    assert 0 < shouting["f1"] < 0.2


def test_detection_heldout_streams_are_not_training_streams():
    task = task_for("detection")
    held = {bytes(row.astype(np.uint8)) for row in task.heldout().info["letters"]}
    rng = np.random.default_rng(0)
    for _ in range(20):
        train = {bytes(r.astype(np.uint8)) for r in task.batch(rng, 32).info["letters"]}
        assert not train & held


# --------------------------------------------------------------------- charlm
def test_charlm_target_is_the_input_shifted_by_one():
    task = task_for("charlm")
    b = task.batch(np.random.default_rng(0), 16)
    seen = b.x.argmax(axis=-1)
    np.testing.assert_array_equal(seen[1:], b.y[:-1])
    text = (resources.resources_dir() / "corpora" / "shakespeare.txt").read_text("utf-8")
    s = int(b.info["start"][0])
    assert task.decode(seen[:, 0]) == text[s:s + task.seq_len]
    assert task.decode(b.y[:, 0]) == text[s + 1:s + 1 + task.seq_len]


def test_charlm_bundled_corpus_and_vocabulary():
    task = task_for("charlm")
    assert len(task.ids) > 100_000
    assert task.n_in == task.n_out == len(task.vocab) <= MAX_VOCAB
    assert list(task.vocab) == sorted(task.vocab)
    assert "\n" in task.vocab and "H" in task.vocab


def test_charlm_trains_on_the_first_90_percent_and_scores_the_last_10():
    task = task_for("charlm", seq_len=64)
    rng = np.random.default_rng(1)
    ends = np.concatenate([task.batch(rng, 64).info["start"] for _ in range(50)]) + 64
    assert ends.max() < task.split  # the last target index is start + T
    held = task.heldout()
    assert held.info["start"].min() >= task.split
    assert held.info["start"].max() + 64 < len(task.ids)
    assert held.size >= 32


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("content, words", [
    (None, "not found"),
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"caf\xe9 au lait, latin-1 text", "UTF-8"),
    (b"tiny", "needs at least"),
])
def test_charlm_bad_corpus_is_a_clear_error_naming_corpus(tmp_path, content, words):
    path = str(tmp_path / "missing.txt") if content is None else write(tmp_path / "c.txt",
                                                                     content)
    with pytest.raises(ConfigError) as err:
        task_for("charlm", corpus=path)
    assert err.value.field == "corpus"
    assert words in str(err.value)


def test_charlm_folder_is_not_a_corpus(tmp_path):
    with pytest.raises(ConfigError, match="folder") as err:
        task_for("charlm", corpus=str(tmp_path))
    assert err.value.field == "corpus"


def test_charlm_user_corpus_with_bom_crlf_and_many_symbols(tmp_path):
    rare = "".join(chr(0x4E00 + i) for i in range(200))  # 200 rare characters
    body = ("the quick brown fox jumps over the lazy dog\r\n" * 80) + rare
    path = write(tmp_path / "mine.txt", b"\xef\xbb\xbf" + body.encode("utf-8"))
    task = task_for("charlm", corpus=path, seq_len=20)
    assert "\r" not in task.vocab and "\ufeff" not in task.vocab
    assert len(task.vocab) == MAX_VOCAB and REPLACEMENT in task.vocab
    assert task.decode(task.ids[:9]) == "the quick"


def test_charlm_metrics_bits_per_character():
    task = task_for("charlm")
    held = task.heldout()
    uniform = np.full(held.y.shape + (task.n_out,), 1.0 / task.n_out)
    m = task.metrics(uniform, held)
    assert m["bpc"] == pytest.approx(np.log2(task.n_out))
    assert task.higher_is_better is False


def make_net(task, seed=0):
    cfg = Config(task="charlm", hidden=12, dtype="float64", seed=seed)
    return Network(cfg, task.n_in, task.n_out, task.head, rng=np.random.default_rng(seed))


def test_charlm_generation_is_seeded_and_starts_with_the_prefix():
    task = task_for("charlm")
    net = make_net(task)
    a = task.generate(net, np.random.default_rng(4), n=60, prefix="HAMLET:\n")
    b = task.generate(net, np.random.default_rng(4), n=60, prefix="HAMLET:\n")
    c = task.generate(net, np.random.default_rng(5), n=60, prefix="HAMLET:\n")
    assert a == b != c
    assert a.startswith("HAMLET:\n") and len(a) == len("HAMLET:\n") + 60
    assert set(a) <= set(task.vocab)
    assert len(task.generate(net, np.random.default_rng(0), n=30)) == 30


def test_charlm_generation_carries_the_hidden_state():
    """Near-zero temperature is greedy decoding: every sampled character must be the
    argmax of the network run over the whole text so far in one pass."""
    task = task_for("charlm")
    net = make_net(task, seed=3)
    text = task.generate(net, np.random.default_rng(0), n=40, temperature=1e-6, prefix="To be")
    ids = np.array([task.vocab.index(ch) for ch in text])
    z, _ = net.logits(np.eye(task.n_in)[ids][:, None, :])
    greedy = z[:, 0].argmax(axis=-1)
    np.testing.assert_array_equal(greedy[len("To be") - 1:-1], ids[len("To be"):])


def test_charlm_temperature_changes_variety():
    task = task_for("charlm")
    net = make_net(task, seed=1)
    cold = task.generate(net, np.random.default_rng(0), n=300, temperature=0.05)
    hot = task.generate(net, np.random.default_rng(0), n=300, temperature=3.0)
    assert len(set(hot)) > len(set(cold))
    with pytest.raises(ValueError, match="temperature"):
        task.generate(net, np.random.default_rng(0), temperature=0.0)


# --------------------------------------------------------------------- recall
@pytest.mark.parametrize("length", [1, 3])
def test_recall_target_is_the_input_k_steps_back(length):
    cfg = Config(task="recall", delay=7)
    task = Recall(cfg, length=length)
    b = task.batch(np.random.default_rng(0), 32)
    T = b.x.shape[0]
    assert T == 7 + length + 2 == task.seq_len
    cue = b.info["cue"]
    # the cue is shown cleanly at the first L steps
    np.testing.assert_array_equal(b.x[:length].argmax(axis=-1), cue.T)
    np.testing.assert_array_equal(b.x[:length].sum(axis=-1), 1.0)
    # then blanks (the blank channel is on) with static on the symbol channels
    assert (b.x[length:, :, BLANK] == 1.0).all()
    assert np.abs(b.x[length:, :, :BLANK]).mean() > 0.1
    # y_t = s_{t-k}; only the recalled symbols are scored
    scored = np.flatnonzero(b.mask[:, 0]).tolist()
    assert scored == list(range(7, 7 + length))
    np.testing.assert_array_equal(b.y[7:7 + length], cue.T)
    assert (b.y[b.mask == 0] == BLANK).all()


def test_recall_length_follows_the_delay_and_guessing_scores_a_quarter():
    task = task_for("recall", delay=20)
    held = task.heldout()
    assert held.x.shape[0] == 23
    rng = np.random.default_rng(0)
    guess = rng.dirichlet(np.ones(task.n_out), size=held.y.shape)
    acc = task.metrics(guess, held)["accuracy"]
    assert 0.1 < acc < 0.4
    # always answering "A" is right exactly when the cue was A
    always_a = np.zeros(held.y.shape + (task.n_out,))
    always_a[..., 0] = 1.0
    assert task.metrics(always_a, held)["accuracy"] == pytest.approx(
        (held.info["cue"] == 0).mean())


def test_recall_heldout_sequences_differ_from_training_ones():
    task = task_for("recall")
    held = task.heldout()
    train = task.batch(np.random.default_rng(0), 64)
    # the static makes every sequence unique even though the cue has 4 values
    dist = np.abs(held.x[:, :, None] - train.x[:, None, :]).sum(axis=(0, 3))
    assert dist.min() > 1.0


# --------------------------------------------------------------------- adding
@pytest.mark.parametrize("seq_len", [2, 7, 50])
def test_adding_target_is_the_sum_of_the_two_marked_values(seq_len):
    task = task_for("adding", seq_len=seq_len)
    b = task.batch(np.random.default_rng(0), 64)
    values, marks = b.x[..., 0], b.x[..., 1]
    assert ((values >= 0) & (values < 1)).all()
    np.testing.assert_array_equal(marks.sum(axis=0), 2.0)
    half = seq_len // 2
    np.testing.assert_array_equal(marks[:half].sum(axis=0), 1.0)
    np.testing.assert_array_equal(marks[half:].sum(axis=0), 1.0)
    np.testing.assert_allclose(b.y[-1, :, 0], (values * marks).sum(axis=0))
    np.testing.assert_array_equal(b.mask[-1], 1.0)
    assert b.mask[:-1].sum() == 0


def test_adding_always_answering_one_scores_the_stated_baseline():
    task = task_for("adding")
    held = task.heldout()
    m = task.metrics(np.ones_like(held.y), held)
    assert m["mse"] == pytest.approx(1 / 6, abs=0.02)
    assert "0.167" in task.metric_labels["mse"]
    off = held.y + 0.05
    assert task.metrics(off, held)["accuracy"] == 0.0
    assert task.metrics(held.y + 0.03, held)["accuracy"] == 1.0


# ------------------------------------------------------------------- forecast
@pytest.mark.parametrize("series", ["sine", "arma"])
def test_forecast_target_is_the_next_input(series):
    task = task_for("forecast", series=series, noise=0.1)
    b = task.batch(np.random.default_rng(0), 16)
    np.testing.assert_array_equal(b.y[:-1], b.x[1:])
    np.testing.assert_array_equal(b.mask, 1.0)
    m = task.metrics(b.x.copy(), b)  # forecasting "same as now" is the naive forecast
    assert m["mse"] == pytest.approx(m["naive_mse"])
    assert m["naive_mse"] > 0


def test_forecast_sine_without_noise_is_a_pure_sine_of_bounded_period():
    task = task_for("forecast", series="sine", noise=0.0, seq_len=60)
    b = task.batch(np.random.default_rng(2), 16)
    x = b.x[..., 0]
    for i in range(16):
        # a sine obeys x_{t+1} + x_{t-1} = 2 cos(w) x_t for one constant w
        c = (x[2:, i] + x[:-2, i]) @ x[1:-1, i] / (x[1:-1, i] @ x[1:-1, i])
        np.testing.assert_allclose(x[2:, i] + x[:-2, i], c * x[1:-1, i], atol=1e-9)
        period = 2 * np.pi / np.arccos(c / 2)
        assert 8 - 1e-6 <= period <= 32 + 1e-6
        assert period == pytest.approx(b.info["period"][i])
    assert np.abs(x).max() <= 1.0


def test_forecast_arma_has_unit_variance_and_noise_adds_to_the_naive_error():
    clean = task_for("forecast", series="arma", noise=0.0)
    held = clean.heldout()
    assert held.x.std() == pytest.approx(1.0, abs=0.1)
    noisy = task_for("forecast", series="arma", noise=0.5)
    m_clean = clean.metrics(held.x, held)
    m_noisy = noisy.metrics(noisy.heldout().x, noisy.heldout())
    assert m_noisy["naive_mse"] > m_clean["naive_mse"] + 0.3


# ------------------------------------------------------------------ resources
def test_resources_dir_finds_the_source_tree():
    assert (resources.resources_dir() / "corpora" / "shakespeare.txt").is_file()


def fake_package(monkeypatch, tmp_path: Path) -> Path:
    pkg = tmp_path / "site" / "rnnstudio"
    pkg.mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(pkg / "resources.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return pkg


def test_resources_dir_installed_package_then_pyinstaller(monkeypatch, tmp_path):
    pkg = fake_package(monkeypatch, tmp_path)
    (tmp_path / "site" / "resources").mkdir()  # unrelated folder: ignored
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resources.resources_dir()
    bundle = tmp_path / "bundle"
    (bundle / "resources" / "corpora").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.resources_dir() == bundle / "resources"
    (pkg / "_resources" / "corpora").mkdir(parents=True)
    assert resources.resources_dir() == pkg / "_resources"


def test_charlm_without_bundled_corpus_says_so(monkeypatch, tmp_path):
    fake_package(monkeypatch, tmp_path)
    with pytest.raises(ConfigError, match="bundled corpus is missing") as err:
        task_for("charlm")
    assert err.value.field == "corpus"
