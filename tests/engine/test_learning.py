"""Networks really learn the lessons the tasks are built for (seeded, bounded runs).

- 8-bit binary addition: a 16-unit Elman network and an LSTM both get every held-out
  sum right (about 150-200 updates).
- Delayed recall over 20 noisy steps: gated cells learn to hold the symbol (LSTM in
  about 400 updates, GRU in about 150), while an Elman network with the same budget
  stays near chance; with an 8-step gap the Elman network manages too.
"""

import numpy as np
import pytest

from rnnstudio.engine import Config, Trainer

pytestmark = pytest.mark.slow

RECALL_BUDGET = 1000


def train(**settings) -> tuple[Trainer, object]:
    trainer = Trainer(Config(**settings))
    last = None
    for snap in trainer.run():
        last = snap
    return trainer, last


@pytest.mark.parametrize("cell", ["elman", "lstm"])
def test_learns_8_bit_addition_to_every_heldout_sum(cell):
    trainer, last = train(task="addition", bits=8, cell=cell, hidden=16, steps=1500,
                          until_metric=1.0, eval_every=25, seed=0)
    assert last.status == "goal", last.message
    assert last.metrics["sum_accuracy"] == 1.0
    # the held-out pairs really are solved by the final weights
    held = trainer.task.heldout()
    out = trainer.net.predict(held.x)
    np.testing.assert_array_equal(out[..., 0] > 0.5, held.y[..., 0] > 0.5)


@pytest.mark.parametrize("cell", ["lstm", "gru"])
def test_gated_cells_recall_a_symbol_after_20_noisy_steps(cell):
    _, last = train(task="recall", delay=20, cell=cell, hidden=16, steps=RECALL_BUDGET,
                    until_metric=0.95, seed=0)
    assert last.metric >= 0.9, f"{cell} reached only {last.metric} in {last.step} updates"


def test_elman_stays_near_chance_on_recall_with_the_same_budget():
    trainer, last = train(task="recall", delay=20, cell="elman", hidden=16,
                          steps=RECALL_BUDGET, seed=0)
    assert last.step == RECALL_BUDGET
    assert last.metric < 0.5  # guessing scores 0.25; the LSTM above gets >= 0.9
    # ...although it can learn the same thing when the gap is short
    _, short = train(task="recall", delay=8, cell="elman", hidden=16, steps=RECALL_BUDGET,
                     until_metric=0.95, seed=0)
    assert short.metric >= 0.9
