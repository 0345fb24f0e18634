"""Race mode: lanes train in lockstep on identical batches."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.engine.race import (
    MAX_SEEDS,
    Race,
    check_lanes,
    lane_configs,
    lane_labels,
    overrides_of,
    race,
)
from rnnstudio.engine.trainer import Trainer

BASE = Config(task="addition", bits=6, hidden=8, batch=8, steps=20, eval_every=5, seed=3)


def _record_batches(r: Race) -> list[list[tuple[np.ndarray, ...]]]:
    """Wrap every lane's Network.gradients to record the batches it is given."""
    seen: list[list[tuple[np.ndarray, ...]]] = []
    for tr in r.trainers:
        log: list[tuple[np.ndarray, ...]] = []
        seen.append(log)
        orig = tr.net.gradients

        def spy(x, y, mask, *args, _orig=orig, _log=log, **kw):
            _log.append((np.array(x, copy=True), np.array(y, copy=True),
                         np.array(mask, copy=True)))
            return _orig(x, y, mask, *args, **kw)

        tr.net.gradients = spy
    return seen


def test_every_lane_sees_the_same_batches_as_a_solo_run_of_lane_one():
    cfgs = [BASE.replace(cell="elman"), BASE.replace(cell="lstm"), BASE.replace(cell="gru")]
    r = Race(cfgs)
    seen = _record_batches(r)
    snaps = list(r.run(budget=12))
    assert snaps[-1].status == "done" and snaps[-1].step == 12
    assert [len(s) for s in seen] == [12, 12, 12]
    solo = Trainer(cfgs[0])
    for k in range(12):
        want = solo.task.batch(solo.data_rng, BASE.batch)
        for lane in seen:
            x, y, mask = lane[k]
            np.testing.assert_array_equal(x, want.x)
            np.testing.assert_array_equal(y, want.y)
            np.testing.assert_array_equal(mask, want.mask)
    # consecutive batches differ: the stream moves on
    assert not np.array_equal(seen[0][0][0], seen[0][1][0])


def test_a_lane_trains_exactly_like_a_solo_run():
    cfg = BASE.replace(cell="lstm")
    r = Race([cfg, BASE])
    list(r.run(budget=15))
    solo = Trainer(cfg)
    list(solo.run(budget=15))
    np.testing.assert_array_equal(r.trainers[0].net.flat, solo.net.flat)


def test_identical_lanes_get_identical_weights_and_different_cells_diverge():
    cfgs = [BASE, BASE, BASE.replace(cell="gru")]
    r = Race(cfgs)
    w0 = [tr.net.flat.copy() for tr in r.trainers]
    snaps = list(r.run(budget=20))
    a, b, c = (tr.net.flat for tr in r.trainers)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, w0[0])  # they did train
    assert a.shape != c.shape or not np.allclose(a, c)
    last = snaps[-1]
    assert last.lanes[0].loss == last.lanes[1].loss
    assert last.lanes[0].loss != last.lanes[2].loss
    assert [ln.label for ln in last.lanes] == ["Elman #1", "Elman #2", "GRU"]


def test_lanes_may_differ_in_training_settings_but_not_in_the_data():
    check_lanes([BASE, BASE.replace(lr=0.1, clip_mode="none", optimizer="sgd", truncate=3)])
    with pytest.raises(ConfigError) as err:
        check_lanes([BASE, BASE.replace(bits=7)])
    assert err.value.field == "bits" and "lane 2" in str(err.value)
    with pytest.raises(ConfigError) as err:
        check_lanes([BASE, BASE.replace(batch=4)])
    assert err.value.field == "batch"
    check_lanes([BASE, BASE.replace(seed=4)])  # a lane's seed: only its starting weights
    with pytest.raises(ConfigError):
        check_lanes([BASE] * 4)
    # a sampling temperature does not change the data: allowed
    char = Config(task="charlm", seq_len=10)
    check_lanes([char, char.replace(temperature=1.5)])


def test_labels_tell_lanes_of_the_same_cell_apart():
    labels = lane_labels([BASE.replace(clip_mode="none"), BASE.replace(clip=1.0),
                          BASE.replace(cell="lstm")])
    assert labels == ["Elman (no clipping)", "Elman (clip norm 1)", "LSTM"]
    assert lane_labels([BASE, BASE.replace(lr=0.1)]) == ["Elman (lr 0.01)", "Elman (lr 0.1)"]


def test_snapshots_carry_per_lane_loss_metric_and_gradient_flow():
    snaps = list(race([BASE, BASE.replace(cell="lstm")], budget=10))
    assert [s.step for s in snaps] == list(range(1, 11))
    first, last = snaps[0], snaps[-1]
    assert first.metric_name == "sum_accuracy" and first.higher_is_better
    for lane in last.lanes:
        assert np.isfinite(lane.loss) and lane.grad_norm >= lane.grad_norm_clipped
        assert lane.flow["h"].shape == (1, BASE.bits)
        assert not lane.flow["h"].flags.writeable
        assert lane.metrics is not None and lane.updates == 10  # evaluated on the last step
    assert "c" in last.lanes[1].flow and "c" not in last.lanes[0].flow
    assert snaps[1].lanes[0].metrics is None  # not an evaluation step
    assert snaps[4].lanes[0].metrics is not None  # eval_every = 5


def test_a_diverging_lane_stops_while_the_others_go_on():
    bad = BASE.replace(activation="relu", lr=10.0, recurrent_scale=10.0, init="uniform",
                       optimizer="sgd",
                       clip_mode="none")
    r = Race([bad, BASE])
    snaps = list(r.run(budget=30))
    last = snaps[-1]
    assert last.lanes[0].status == "diverged" and last.lanes[0].updates < 30
    assert last.lanes[1].status == "done" and last.lanes[1].updates == 30
    assert np.isfinite(r.trainers[0].net.flat).all()  # last finite weights kept
    assert last.status == "done"


def test_stop_and_goal_end_the_race():
    stop = threading.Event()
    gen = race([BASE, BASE.replace(cell="gru")], stop, budget=50)
    next(gen)
    stop.set()
    rest = list(gen)
    assert len(rest) == 1 and rest[0].status == "stopped" and rest[0].step == 1
    easy = BASE.replace(until_metric=0.0)  # reached at the first evaluation
    snaps = list(race([easy, easy.replace(cell="lstm")], budget=50))
    assert snaps[-1].status == "goal" and snaps[-1].step == 1
    assert all(ln.goal_step == 1 for ln in snaps[-1].lanes)


def test_each_lane_shows_its_own_contributions_on_the_same_heldout_sequences():
    from rnnstudio.engine import mechanism as mech

    base = Config(task="recall", delay=6, hidden=8, batch=8, steps=30, seed=2)
    r = Race([base.replace(cell="elman"), base.replace(cell="lstm")])
    list(r.run(budget=10))
    got = r.contributions()
    probe = r.task.heldout().take(slice(0, 8))
    for C, tr in zip(got, r.trainers, strict=True):
        want = mech.contributions(tr.net, probe.x, probe.y, probe.mask)["contributions"]
        np.testing.assert_allclose(C, want, rtol=1e-12, atol=0)
        assert not C.flags.writeable
        assert np.all(C[np.triu_indices(C.shape[0], 1)] == 0)  # no step depends on later ones
    assert got[0].shape == got[1].shape and not np.allclose(got[0], got[1])


def test_lane_contributions_shrink_the_sample_or_skip_a_lane_that_is_too_large(monkeypatch):
    import rnnstudio.engine.race as race_mod

    base = Config(task="recall", delay=6, batch=8, steps=30, seed=2)
    r = Race([base.replace(hidden=4), base.replace(hidden=64)])
    T = r.task.heldout().x.shape[0]
    monkeypatch.setattr(race_mod, "CONTRIBUTION_BUDGET", T * T * 4 * 3)  # 3 narrow sequences
    small, wide = r.contributions()
    assert wide is None and small is not None
    probe = r.task.heldout().take(slice(0, 3))
    from rnnstudio.engine import mechanism as mech
    want = mech.contributions(r.trainers[0].net, probe.x, probe.y, probe.mask)
    np.testing.assert_allclose(small, want["contributions"], rtol=1e-12)


def test_reach_back_counts_the_steps_an_output_still_depends_on():
    from rnnstudio.engine.mechanism import reach_back

    C = np.zeros((5, 5))
    C[4, :5] = [1e-4, 0.02, 0.5, 0.1, 1.0]  # row t=5: k=2 is the earliest >= 1 % of the max
    assert reach_back(C, 5) == 3
    assert reach_back(C, 5, fraction=0.3) == 2
    assert reach_back(C, 1) == 0  # an all-zero row reaches nowhere
    C[4, 0] = np.nan
    assert reach_back(C, 5) == 0


# ------------------------------------------------ lanes as overrides, several seeds
OVERRIDES = [{"lr": 0.05}, {"lr": 0.05, "clip": 1.0}, {"cell": "lstm", "forget_bias": 0.0}]


def test_lanes_with_overrides_train_the_configs_they_say():
    configs = lane_configs(BASE, OVERRIDES)
    r = Race(configs, seeds=2)
    for lane, ov in enumerate(OVERRIDES):
        want = BASE.replace(**ov)
        assert r.trainers[lane].config == want
        assert [t.config for t in r.lane_trainers(lane)] == [
            want, want.replace(seed=BASE.seed + 1)]
        assert overrides_of(BASE, want) == ov
    with pytest.raises(ConfigError) as err:
        lane_configs(BASE, [{"lr": -1.0}])
    assert err.value.field == "lr"


def test_a_lane_with_its_own_seed_starts_from_other_weights_on_the_same_data():
    r = Race([BASE, BASE.replace(seed=9)])
    seen = _record_batches(r)
    assert not np.array_equal(r.trainers[0].net.flat, r.trainers[1].net.flat)
    np.testing.assert_array_equal(r.trainers[1].net.flat, Trainer(BASE.replace(seed=9)).net.flat)
    list(r.run(budget=3))
    for a, b in zip(seen[0], seen[1], strict=True):
        np.testing.assert_array_equal(a[0], b[0])


def _run_seeds(seeds: int, budget: int = 12) -> list:
    return list(race(lane_configs(BASE, OVERRIDES[:2]), budget=budget, seeds=seeds))


def test_seeds_per_lane_train_distinct_networks_and_give_a_band_around_the_median():
    r = Race(lane_configs(BASE, OVERRIDES[:2]), seeds=3)
    seeds = [t.config.seed for t in r.lane_trainers(0)]
    assert seeds == [BASE.seed, BASE.seed + 1, BASE.seed + 2]
    snaps = list(r.run(budget=12))
    for snap in snaps:
        for lane in snap.lanes:
            assert lane.seeds == 3
            assert lane.loss_min <= lane.loss <= lane.loss_max
    last = snaps[-1].lanes[0]
    assert last.loss_min < last.loss_max  # the seeds really differ
    nets = [t.net.flat for t in r.lane_trainers(0)]
    assert not np.array_equal(nets[0], nets[1]) and not np.array_equal(nets[1], nets[2])
    # the median of three is one of them: the middle solo run's loss
    solos = [Trainer(t.config) for t in r.lane_trainers(0)]
    fresh = Race(lane_configs(BASE, OVERRIDES[:2]), seeds=3)
    losses = []
    for _ in range(12):
        batches = [fresh.next_batch(k) for k in range(3)]
        losses = [s.update(b)[0] for s, b in zip(solos, batches, strict=True)]
    assert last.loss == pytest.approx(float(np.median(losses)), rel=1e-12)
    # the first seed is a solo run of the lane's config: contributions stay comparable
    solo = Trainer(BASE.replace(**OVERRIDES[0]))
    list(solo.run(budget=12))
    np.testing.assert_array_equal(r.trainers[0].net.flat, solo.net.flat)


def test_the_same_seeds_give_the_same_curves():
    a, b = _run_seeds(3), _run_seeds(3)
    for sa, sb in zip(a, b, strict=True):
        for la, lb in zip(sa.lanes, sb.lanes, strict=True):
            assert (la.loss, la.loss_min, la.loss_max, la.metric) == (
                lb.loss, lb.loss_min, lb.loss_max, lb.metric)
    one = _run_seeds(1)
    assert [s.lanes[0].loss for s in one] != [s.lanes[0].loss for s in a]
    assert all(s.lanes[0].loss_min == s.lanes[0].loss == s.lanes[0].loss_max for s in one)


def test_goals_count_seeds_and_bad_seed_counts_are_refused():
    easy = BASE.replace(until_metric=0.0)
    snaps = list(race([easy, easy.replace(cell="gru")], budget=20, seeds=3))
    last = snaps[-1]
    assert last.status == "goal" and all(ln.seeds_at_goal == 3 for ln in last.lanes)
    for bad in (0, MAX_SEEDS + 1):
        with pytest.raises(ConfigError) as err:
            Race([BASE, BASE], seeds=bad)
        assert err.value.field == "seeds"
