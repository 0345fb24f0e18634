"""The 'over training' heat map sees updates spread over the whole run, not one per redraw."""

import numpy as np

from rnnstudio.engine import Config, Trainer
from rnnstudio.gui.messages import FLOW_SAMPLES
from rnnstudio.gui.pacing import merge
from rnnstudio.gui.plots import GradientFlowPlot
from rnnstudio.gui.worker import _Fold


def progress_of(snaps):
    fold = _Fold()
    for s in snaps:
        fold.add(s)
    return fold.build(run_id=1)


def test_worker_sends_an_even_spread_of_flows_ending_with_the_newest():
    snaps = list(Trainer(Config(steps=100, eval_every=1000)).run())
    p = progress_of(snaps)
    steps = [s for s, _ in p.flows]
    assert len(steps) == FLOW_SAMPLES
    assert steps[0] == 1 and steps[-1] == 100
    assert steps == sorted(steps)
    np.testing.assert_array_equal(p.flows[-1][1]["h"], snaps[-1].flow["h"])


def test_heat_map_gets_a_column_per_sampled_update_across_merged_messages(qtbot):
    cfg = Config(steps=40, eval_every=1000)
    snaps = list(Trainer(cfg).run())
    plot = GradientFlowPlot()
    qtbot.addWidget(plot)
    plot.reset(cfg)
    merged = merge([progress_of(snaps[:20]), progress_of(snaps[20:])])  # one redraw
    plot.update_progress(merged)
    assert plot.heat.n == 40
    np.testing.assert_array_equal(plot.heat.steps[:40], np.arange(1, 41))
    want = np.log10(np.maximum(snaps[9].flow["h"][0], 1e-30))
    np.testing.assert_allclose(plot.heat.image(0)[9], want, rtol=1e-5)
