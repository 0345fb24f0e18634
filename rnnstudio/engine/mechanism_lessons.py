"""Claims of the lessons about the mechanism of vanishing gradients (engine/lessons.py
dispatches the kinds below here). Each trains the lesson's run headless and measures
with engine/mechanism.py what the views draw.

``jacobian``       after ``updates`` updates, the run's ‖∂h_T/∂h_1‖ is below
                   ``max_h1`` and under the Elman bound at every k although σ_max·γ > 1
                   (the bound allows growth, the product still vanishes); the same run
                   with ``compare_cell`` keeps ‖∂c_T/∂c_1‖ above ``min_c1``.
``contributions``  (binary addition) trained to ``goal``: each sum bit's output
                   depends on the previous step's input at least ``min_prev`` times as
                   much as on its own step's input (the carry), and more than on the input
                   ``lag`` steps back (mean over bits of ‖∂y_t/∂x_k‖ / ‖∂y_t/∂x_t‖).
``cliff``          before update ``updates``: ‖∇L‖ is at least ``min_grad``, yet a
                   distance ``wall`` along the gradient the loss's slope is below
                   ``max_slope_ratio`` · ‖∇L‖ (the steep part is a thin wall); the
                   unclipped SGD step is at least ``min_step_ratio`` times as long as the
                   clipped one.
``saturation``     (LSTM) after ``updates`` updates with the lesson's forget bias, the
                   forget gates are open (> 0.9) on at least ``min_open`` of the probe's
                   (step, sequence, unit) positions and ``min_ratio`` times as often as in
                   the same run started with ``compare_forget_bias``; its ‖∂c_T/∂c_1‖ is
                   ``min_ratio`` times larger, and the compared run's held-out metric stays
                   below ``max_compare_metric``.
"""

from __future__ import annotations

import threading
from types import MappingProxyType
from typing import Any

import numpy as np

from . import mechanism as mech
from .trainer import Trainer

KINDS = ("jacobian", "contributions", "cliff", "saturation")


def _train(cfg: Any, updates: int, stop: threading.Event | None) -> Trainer:
    tr = Trainer(cfg)
    for _ in tr.run(stop, budget=updates):
        pass
    return tr


def _result(ok: bool, summary: str, figures: dict, failures: list[str]) -> Any:
    from .lessons import ClaimResult

    return ClaimResult(ok, summary, MappingProxyType(figures), tuple(failures))


def check_jacobian(lesson: Any, stop: threading.Event | None = None) -> Any:
    p = lesson.claim.params
    cfg = lesson.config
    tr = _train(cfg, lesson.claim.updates, stop)
    probe, _ = mech.batches(tr)
    j = mech.jacobian(tr.net, probe.x)
    h1 = float(j["jacobian_norms"][0])
    failures = []
    if not h1 <= p["max_h1"]:
        failures.append(f"|dh_T/dh_1| = {h1:.3g} > {p['max_h1']:g}")
    prod = j["sigma_max"] * j["gamma"]
    if j["bound"] is not None:
        if not np.all(j["jacobian_norms"] <= j["bound"] * (1 + 1e-9)):
            failures.append("the Jacobian norm exceeds the bound")
        if not prod > 1:
            failures.append(f"sigma_max * gamma = {prod:.3g} <= 1: the bound alone forces it")
    other = _train(cfg.replace(cell=p["compare_cell"]), lesson.claim.updates, stop)
    jc = mech.jacobian(other.net, mech.batches(other)[0].x)
    c1 = float(jc["cell_jacobian_norms"][0]) if jc["cell_jacobian_norms"] is not None \
        else float(jc["jacobian_norms"][0])
    if not c1 >= p["min_c1"]:
        failures.append(f"{p['compare_cell']}: |dc_T/dc_1| = {c1:.3g} < {p['min_c1']:g}")
    figures = {"T": j["T"], "h1": h1, "sigma_max_gamma": prod, "compare_c1": c1}
    summary = (f"after {tr.step} updates (T = {j['T']}): |dh_T/dh_1| = {h1:.2g} with "
               f"sigma_max * gamma = {prod:.3g}; {p['compare_cell']}: |dc_T/dc_1| = {c1:.2g}")
    return _result(not failures, summary, figures, failures)


def connectivity_ratios(net: Any, batch: Any, lag: int) -> tuple[float, float]:
    """Mean over output steps of ‖∂y_t/∂x_{t-1}‖ / ‖∂y_t/∂x_t‖ and of the same ratio
    ``lag`` steps back."""
    K = mech.contributions(net, batch.x, batch.y, batch.mask)["input_connectivity"]
    T = K.shape[0]
    prev = float(np.mean([K[t, t - 1] / K[t, t] for t in range(1, T)]))
    far = float(np.mean([K[t, t - lag] / K[t, t] for t in range(lag, T)]))
    return prev, far


def check_contributions(lesson: Any, stop: threading.Event | None = None) -> Any:
    p = lesson.claim.params
    cfg = lesson.config.replace(until_metric=float(p.get("goal", 1.0)))
    tr = _train(cfg, lesson.claim.updates, stop)
    batch = tr.task.heldout().take(slice(0, 8))
    prev, far = connectivity_ratios(tr.net, batch, int(p["lag"]))
    failures = []
    if tr.metric is None or tr.metric < cfg.until_metric:
        failures.append(f"the adder did not reach {cfg.until_metric:g} (got {tr.metric})")
    if not prev >= p["min_prev"]:
        failures.append(f"previous-step input ratio {prev:.3f} < {p['min_prev']:g}")
    if not far < prev:
        failures.append(f"{p['lag']} steps back ({far:.3f}) not below one step back "
                        f"({prev:.3f})")
    figures = {"step": tr.step, "metric": tr.metric, "prev": prev, "far": far}
    summary = (f"after {tr.step} updates (whole-sum accuracy {tr.metric:.3g}): each output "
               f"depends on the previous step's input {prev:.2f} times as much as on its "
               f"own, on the input {p['lag']} steps back {far:.2f} times")
    return _result(not failures, summary, figures, failures)


def check_cliff(lesson: Any, stop: threading.Event | None = None) -> Any:
    p = lesson.claim.params
    cfg = lesson.config
    tr = _train(cfg, lesson.claim.updates - 1, stop)
    _, b = mech.batches(tr)
    wall = float(p["wall"])
    r = mech.landscape(tr.net, b.x, b.y, b.mask, optimizer=tr.optimizer, clip_mode="norm",
                       clip_threshold=cfg.clip, n_alphas=5, span=wall, focus=0.0)
    g = r["grad_norm"]
    L_half, L_wall = r["loss"][3], r["loss"][4]  # at wall/2 and at wall
    slope = abs(L_wall - L_half) / (wall / 2)
    raw, clipped = r["steps"]["unclipped"][0], r["steps"]["clipped"][0]
    failures = []
    if not g >= p["min_grad"]:
        failures.append(f"gradient norm {g:.3g} < {p['min_grad']:g}")
    if not slope <= p["max_slope_ratio"] * g:
        failures.append(f"slope {slope:.3g} beyond the wall > {p['max_slope_ratio']:g} x {g:.3g}")
    if not raw >= p["min_step_ratio"] * clipped:
        failures.append(f"unclipped step {raw:.3g} < {p['min_step_ratio']:g} x clipped "
                        f"{clipped:.3g}")
    figures = {"grad_norm": g, "slope_beyond": slope, "unclipped_step": raw,
               "clipped_step": clipped}
    summary = (f"|grad L| = {g:.3g}, but {wall:g} along the gradient the slope is {slope:.2g}; "
               f"the unclipped step is {raw:.3g} long, the clipped one {clipped:.3g}")
    return _result(not failures, summary, figures, failures)


def forget_gate_figures(tr: Trainer) -> dict[str, float]:
    """The share of probe positions with the forget gate open (> 0.9), ‖∂c_T/∂c_1‖ and the
    held-out metric of a trained LSTM-family run."""
    probe, _ = mech.batches(tr)
    sat = mech.saturation(tr.net, probe.x)
    if sat is None or "f" not in sat:
        raise ValueError(f"{tr.config.cell} has no forget gate")
    c = mech.jacobian(tr.net, probe.x)["cell_jacobian_norms"]
    return {"open": float(np.mean(sat["f"]["right"])), "c1": float(c[0]),
            "metric": float(tr.metric) if tr.metric is not None else float("nan")}


def check_saturation(lesson: Any, stop: threading.Event | None = None) -> Any:
    p = lesson.claim.params
    cfg = lesson.config
    b0 = float(p["compare_forget_bias"])
    a = forget_gate_figures(_train(cfg, lesson.claim.updates, stop))
    z = forget_gate_figures(_train(cfg.replace(forget_bias=b0), lesson.claim.updates, stop))
    r = float(p["min_ratio"])
    failures = []
    if not a["open"] >= p["min_open"]:
        failures.append(f"forget gates open {a['open']:.1%} of the time < {p['min_open']:.0%}")
    if not a["open"] >= r * z["open"]:
        failures.append(f"open {a['open']:.1%} with bias {cfg.forget_bias:g}, not {r:g} x "
                        f"{z['open']:.1%} with bias {b0:g}")
    if not a["c1"] >= r * z["c1"]:
        failures.append(f"|dc_T/dc_1| {a['c1']:.3g} with bias {cfg.forget_bias:g}, not {r:g} x "
                        f"{z['c1']:.3g} with bias {b0:g}")
    if not z["metric"] < p["max_compare_metric"]:
        failures.append(f"bias {b0:g} reached {z['metric']:.3g} >= {p['max_compare_metric']:g}")
    figures = {"open": a["open"], "c1": a["c1"], "metric": a["metric"],
               "compare_open": z["open"], "compare_c1": z["c1"], "compare_metric": z["metric"]}
    summary = (f"after {lesson.claim.updates} updates: forget bias {cfg.forget_bias:g} -> gates "
               f"open {a['open']:.0%} of the time, |dc_T/dc_1| = {a['c1']:.2g}, accuracy "
               f"{a['metric']:.2f}; forget bias {b0:g} -> open {z['open']:.1%}, "
               f"|dc_T/dc_1| = {z['c1']:.2g}, accuracy {z['metric']:.2f}")
    return _result(not failures, summary, figures, failures)


CHECKS = {"jacobian": check_jacobian, "contributions": check_contributions,
          "cliff": check_cliff, "saturation": check_saturation}
