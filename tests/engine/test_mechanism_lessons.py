"""The lessons about the mechanism (jacobian, carry_contributions, cliff, forget_bias): each
claim holds for the lesson's seed and four more (a claim that holds for one seed is not
a claim), and a lesson of another kind is refused by the checks' own preconditions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rnnstudio.engine.lessons import Lane, check_lesson, lessons_dir, load_lessons

LESSONS = {ls.id: ls for ls in load_lessons()}
IDS = ("jacobian", "carry_contributions", "cliff", "forget_bias")


def with_seed(lesson, seed: int):
    lanes = tuple(Lane(lane.label, lane.config.replace(seed=seed)) for lane in lesson.lanes)
    return replace(lesson, lanes=lanes)


def test_the_lessons_are_there_in_order_with_their_kinds():
    assert [LESSONS[i].claim.kind for i in IDS] == ["jacobian", "contributions", "cliff",
                                                  "saturation"]
    assert LESSONS["jacobian"].config.cell == "elman"
    assert LESSONS["carry_contributions"].config.task == "addition"
    assert LESSONS["cliff"].config.clip_mode == "norm"
    assert LESSONS["cliff"].config.recurrent_scale > 1
    assert LESSONS["forget_bias"].config.forget_bias == 1.0
    zh = {ls.id: ls for ls in load_lessons(lang="zh_CN")}
    assert all(zh[i].lang == "zh_CN" for i in IDS)


@pytest.mark.parametrize("lid", IDS)
def test_the_claim_holds_over_five_seeds(lid):
    lesson = LESSONS[lid]
    for seed in range(lesson.config.seed, lesson.config.seed + 5):
        result = check_lesson(with_seed(lesson, seed))
        assert result.ok, f"{lid} seed {seed}: {'; '.join(result.failures)} ({result.summary})"


def test_a_claim_that_is_false_fails():
    """The checks can fail: Elman with a tiny recurrent scale does not keep a cell
    highway (compared with another Elman), and a budget too small misses the adder."""
    j = LESSONS["jacobian"]
    p = dict(j.claim.params, compare_cell="elman")
    bad = replace(j, claim=replace(j.claim, params=p))
    assert not check_lesson(bad).ok
    c = LESSONS["carry_contributions"]
    short = replace(c, claim=replace(c.claim, params=dict(c.claim.params, updates=5)))
    result = check_lesson(short)
    assert not result.ok and "did not reach" in result.failures[0]
    f = LESSONS["cliff"]
    calm = replace(f, lanes=(Lane("calm", f.config.replace(recurrent_scale=0.2)),))
    assert not check_lesson(calm).ok


def test_the_forget_bias_claim_fails_when_both_runs_start_alike():
    """Compared with the same bias, the gates are not open ten times as often."""
    f = LESSONS["forget_bias"]
    same = replace(f, claim=replace(f.claim, params=dict(f.claim.params,
                                                         compare_forget_bias=1.0)))
    result = check_lesson(same)
    assert not result.ok and any("not 10 x" in m for m in result.failures)


def test_a_saturation_claim_needs_a_cell_state():
    import json

    from rnnstudio.engine.lessons import LessonError, parse_lesson

    raw = json.loads((lessons_dir() / "forget_bias.json").read_text("utf-8"))
    raw["lanes"][0]["config"]["cell"] = "gru"
    with pytest.raises(LessonError, match="forget gate and a cell state"):
        parse_lesson(raw, "text")
