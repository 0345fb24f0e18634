"""Challenges and the gallery of failures: every shipped one is solved by its known-good
config and failed by its starting one (over the seeds it claims), and the checker explains
why, from the run's config and history only."""

import json
import math

import numpy as np
import pytest

from rnnstudio.engine import challenges as chm
from rnnstudio.engine.config import Config
from rnnstudio.engine.experiment import History
from rnnstudio.engine.trainer import Trainer

SHIPPED = chm.load_challenges()
BY_ID = {c.id: c for c in SHIPPED}


def test_at_least_eight_challenges_and_eight_failures():
    kinds = [c.kind for c in SHIPPED]
    assert kinds.count("challenge") >= 8 and kinds.count("failure") >= 8
    assert len(set(BY_ID)) == len(SHIPPED)


@pytest.mark.parametrize("ch", SHIPPED, ids=lambda c: c.id)
def test_known_good_config_passes_and_starting_config_fails(ch):
    assert ch.solution, "every shipped challenge carries a known-good solution"
    seeds = ch.seeds or (ch.config.seed,)
    if ch.kind == "challenge":
        _, verdict = chm.run(ch, ch.config)
        assert not verdict.passed and verdict.reasons
    for seed in seeds:
        record, good = chm.run(ch, ch.solution_config(seed))
        if _is_predict(ch):  # the score comes from the learner: a good one is passed in
            good = chm.evaluate(ch, _with_score(record, {"grad": (10, 10)}))
        assert good.passed, (ch.id, seed, good.reason)
        if ch.is_failure:  # the broken set-up fails on every seed its fix passes on
            _, bad = chm.run(ch, ch.config.replace(seed=seed))
            assert not bad.passed, (ch.id, seed)
    if ch.is_failure or ch.kind == "challenge" and len(seeds) > 1:
        assert len(seeds) >= 4


def _is_predict(ch: chm.Challenge) -> bool:
    return any(c.check == "predict" for c in ch.require)


def _with_score(record: chm.RunRecord, score: dict) -> chm.RunRecord:
    from dataclasses import replace

    return replace(record, predict=score)


def test_predict_challenge_reads_the_recorded_score():
    ch = BY_ID["predict_vanishing"]
    assert ch.predict_first and ch.config.cell == "elman" and ch.config.task == "recall"
    record, _ = chm.run(ch, ch.config.replace(steps=5))
    assert chm.evaluate(ch, _with_score(record, {"grad": (8, 10)})).passed
    assert chm.evaluate(ch, _with_score(record, {"grad": (9, 10), "bit": (0, 4)})).passed
    bad = chm.evaluate(ch, _with_score(record, {"grad": (6, 10)}))
    assert not bad.passed and "You called 6 of 10 right (grad); the goal is 8 of 10." in str(
        bad.reason)
    few = chm.evaluate(ch, _with_score(record, {"grad": (3, 3)}))
    assert not few.passed and "answered 3 of the 10" in str(few.reason)
    assert not chm.evaluate(ch, record).passed  # no score recorded: not passed
    # answering more questions does not dilute the bar: 8 of 14 is not 8 of 10
    assert not chm.evaluate(ch, _with_score(record, {"grad": (8, 14)})).passed
    # a score on another cell does not count
    other = _with_score(chm.run(ch, ch.config.replace(steps=5, cell="lstm"))[0],
                        {"grad": (10, 10)})
    assert "Setting cell is 'lstm'" in str(chm.evaluate(ch, other).reason)


def test_claims_over_five_seeds_where_claimed():
    many = [c for c in SHIPPED if len(c.seeds) >= 5]
    assert all(len(c.seeds) >= 5 for c in SHIPPED if c.is_failure)
    assert len(many) >= 12


def test_explosion_reason_names_the_gradient_norm():
    ch = BY_ID["stop_explosion"]
    _, v = chm.run(ch, ch.config)
    assert any("gradient norm applied" in r and "explosion was not stopped" in r
               for r in v.reasons)
    # lowering the learning rate is refused, with why
    _, low = chm.run(ch, ch.solution_config().replace(lr=0.03))
    assert not low.passed and any("learning rate" in r for r in low.reasons)


def test_divergence_is_explained():
    ch = BY_ID["fail_explode"]
    record, v = chm.run(ch, ch.config)
    assert record.diverged and not v.passed
    assert "diverged at update" in v.reasons[0] and "NaN" in v.reasons[0]


def test_zero_init_makes_identical_hidden_units_and_the_fix_breaks_the_symmetry():
    ch = BY_ID["fail_zero_init"]
    for seed in range(5):
        rows = []
        for cfg in (ch.config, ch.solution_config()):
            tr = Trainer(cfg.replace(seed=seed))
            for _ in tr.run(budget=100):
                pass
            h = tr.net.internals(tr.task.heldout().x)["l0.h"]  # (T, B, n)
            rows.append(np.ptp(h, axis=-1).max())  # spread across units
        assert rows[0] < 1e-6 < 0.1 < rows[1]


def test_lr_changed_while_training_counts():
    ch = BY_ID["stop_explosion"]
    cfg = ch.solution_config()
    h = History(["accuracy"])
    for step in range(1, 11):
        h.add_update(step, 0.1, 3.0, 1.0, 0.3 if step < 6 else 0.01)
    h.add_eval(10, {"accuracy": 0.99})
    v = chm.evaluate(ch, chm.RunRecord(cfg, h))
    assert not v.passed and "learning rate was 0.01" in v.reason
    h2 = History(["accuracy"])
    for step in range(1, 11):
        h2.add_update(step, 0.1, 3.0, 1.0, 0.3)
    h2.add_eval(10, {"accuracy": 0.99})
    assert chm.evaluate(ch, chm.RunRecord(cfg, h2)).passed


def test_too_many_updates_and_no_updates():
    ch = BY_ID["fast_adder"]
    h = History(["sum_accuracy"])
    for step in range(1, 201):
        h.add_update(step, 0.1, 1.0, 1.0, 0.03)
    h.add_eval(200, {"sum_accuracy": 1.0})
    v = chm.evaluate(ch, chm.RunRecord(ch.config, h))
    assert not v.passed and "used 200 updates" in v.reason and "at most 150" in v.reason
    empty = chm.evaluate(ch, chm.RunRecord(ch.config, History(["sum_accuracy"])))
    assert not empty.passed and "no updates yet" in empty.reason


def test_a_run_of_another_task_is_told_to_load_the_challenge():
    ch = BY_ID["elman_delay20"]
    record, _ = chm.run(BY_ID["fast_adder"], BY_ID["fast_adder"].solution_config())
    v = chm.evaluate(ch, record)
    assert not v.passed and "trains the addition task" in v.reasons[0]


def test_headless_run_is_capped_at_the_challenge_budget():
    ch = BY_ID["fail_lr_low"]
    record, _ = chm.run(ch, ch.config.replace(steps=5000))
    assert record.history.final()["step"] == ch.max_updates


# ---------------------------------------------------------------- the file format
def _write(tmp_path, data, name="mine"):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _valid():
    return {"id": "mine", "title": "T", "goal": "G", "hint": "H",
            "config": {"task": "addition", "bits": 4}, "max_updates": 50,
            "require": [{"check": "metric", "at_least": 1.0}], "solution": {"lr": 0.03}}


def test_an_instructor_can_write_one(tmp_path):
    ch = chm.load_challenge(_write(tmp_path, _valid()))
    assert ch.config == Config(task="addition", bits=4) and ch.kind == "challenge"
    assert chm.find(str(tmp_path / "mine.json")).id == "mine"


@pytest.mark.parametrize(("change", "words"), [
    ({"title": 3}, ["mine.json", "'title'"]),
    ({"goal": ""}, ["mine.json", "'goal'"]),
    ({"max_updates": 0}, ["mine.json", "'max_updates'"]),
    ({"config": {"hidden": 0}}, ["mine.json", "config", "hidden"]),
    ({"config": {"hiden": 3}}, ["mine.json", "hiden"]),
    ({"require": []}, ["mine.json", "'require'"]),
    ({"require": [{"check": "speed"}]}, ["require[0]", "'check'", "metric"]),
    ({"require": [{"check": "metric"}]}, ["require[0]", "at_least"]),
    ({"require": [{"check": "metric", "at_least": "high"}]}, ["require[0]", "'at_least'"]),
    ({"require": [{"check": "setting", "field": "colour", "equals": 1}]},
     ["require[0]", "colour"]),
    ({"require": [{"check": "finite", "at_most": 3}]}, ["require[0]", "at_most"]),
    ({"solution": {"lr": -1}}, ["mine.json", "solution", "lr"]),
    ({"kind": "puzzle"}, ["mine.json", "'kind'", "failure"]),
    ({"kind": "failure"}, ["mine.json", "'symptom'"]),
    ({"colour": "red"}, ["mine.json", "'colour'"]),
    ({"id": "other"}, ["mine.json", "file name"]),
    ({"predict_first": "yes"}, ["mine.json", "'predict_first'", "true or false"]),
    ({"require": [{"check": "predict", "at_least": 8}]}, ["require[0]", "'of'"]),
    ({"require": [{"check": "predict", "at_least": 11, "of": 10}]},
     ["require[0]", "'at_least'", "0 to 'of' (10)"]),
    ({"require": [{"check": "predict", "at_least": 8, "of": 10, "question": "colour"}]},
     ["require[0]", "'question'", "grad"]),
])
def test_wrong_files_get_one_clear_error(tmp_path, change, words):
    data = {**_valid(), **change}
    with pytest.raises(chm.ChallengeError) as err:
        chm.load_challenge(_write(tmp_path, data))
    for w in words:
        assert w in str(err.value), (w, str(err.value))


def test_not_json(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(chm.ChallengeError, match="bad.json: not valid JSON"):
        chm.load_challenge(path)


# ---------------------------------------------------------------- Chinese
def test_every_challenge_has_a_chinese_overlay():
    zh = {c.id: c for c in chm.load_challenges(lang="zh_CN")}
    assert set(zh) == set(BY_ID)
    for cid, c in zh.items():
        assert c.lang == "zh_CN", cid
        texts = [c.title, c.goal, c.hint] + ([c.symptom, c.why, c.fix] if c.is_failure else [])
        for t in texts:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in t), (cid, t)
        assert c.config == BY_ID[cid].config and c.require[0].check == BY_ID[cid].require[0].check
        for cond in c.require:
            assert not cond.why or any("\u4e00" <= ch <= "\u9fff" for ch in cond.why), cid


def test_overlay_must_fit(tmp_path):
    (tmp_path / "zh_CN").mkdir()
    _write(tmp_path, _valid())
    bad = {"title": "标题", "goal": "目标", "hint": "提示", "require_why": ["一", "二"]}
    (tmp_path / "zh_CN" / "mine.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(chm.ChallengeError, match="require_why"):
        chm.load_challenges(tmp_path, lang="zh_CN")


def test_reasons_are_translatable_messages():
    ch = BY_ID["adder_fewest"]
    h = History(["sum_accuracy"])
    h.add_update(1, 0.5, 1.0, 1.0, 0.01)
    h.add_eval(1, {"sum_accuracy": 0.5})
    v = chm.evaluate(ch, chm.RunRecord(ch.config, h))
    assert all(hasattr(r, "template") for r in v.reasons)
    assert math.isclose(v.metric, 0.5)
