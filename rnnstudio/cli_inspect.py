"""`rnnstudio inspect jacobian|contributions|saturation|landscape [train options]`.

Trains exactly as ``rnnstudio train`` would (same options, seed and budget), then
computes one view of the mechanism behind vanishing and exploding gradients
(engine/mechanism.py) on the trained weights. ``--json`` makes the last line of
standard output one JSON object with the numbers the app's teaching views draw.
"""

from __future__ import annotations

import collections
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from .cli import EXIT_BAD_INPUT, EXIT_DIVERGED, ProgressBar, build_parser, make_config
from .engine.config import ConfigError

VIEWS = ("jacobian", "contributions", "saturation", "landscape")
PROBE = 8  # sequences of the probe batch (held out) and of the inspected batch


def parser():
    p = build_parser()
    p.prog = "rnnstudio inspect"
    p.description = ("Train as `rnnstudio train` would, then show why gradients vanish or "
                     "explode: " + ", ".join(VIEWS) + ".")
    p.add_argument("view", choices=VIEWS, help="What to compute on the trained network.")
    g = p.add_argument_group("inspect")
    g.add_argument("--layer", type=int, default=0, metavar="N",
                   help="Recurrent layer to inspect (0 is the lowest). Default: 0.")
    g.add_argument("--last", type=int, default=10, metavar="N",
                   help="landscape: how many of the optimizer's last steps to project. "
                        "Default: 10.")
    return p


def clean(v: Any) -> Any:
    """JSON-able: arrays to lists, non-finite numbers to null."""
    if isinstance(v, dict):
        return {k: clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, np.ndarray)):
        return [clean(x) for x in (v.tolist() if isinstance(v, np.ndarray) else v)]
    if isinstance(v, (float, np.floating)):
        return float(v) if math.isfinite(v) else None
    if isinstance(v, (np.integer,)):
        return int(v)
    return v


def inspect(trainer: Any, view: str, layer: int = 0, history: list | None = None
            ) -> dict[str, Any]:
    """The JSON object of one view for a trainer's current weights (keys as documented)."""
    from .engine import mechanism as mech

    net, cfg = trainer.net, trainer.config
    probe, nxt = mech.batches(trainer, PROBE)
    if view == "jacobian":
        r = mech.jacobian(net, probe.x, layer)
        keys = ("layer", "sigma_max", "spectral_radius", "gamma", "T", "jacobian_norms",
                "cell_jacobian_norms")
        return clean({k: r[k] for k in keys})
    if view == "contributions":
        b = nxt.take(slice(0, PROBE))
        r = mech.contributions(net, b.x, b.y, b.mask, layer)
        return clean({k: r[k] for k in ("T", "contributions", "input_connectivity")})
    if view == "saturation":
        return clean({"gates": mech.saturation(net, probe.x, layer)})
    r = mech.landscape(net, nxt.x, nxt.y, nxt.mask, path=history or [],
                       optimizer=trainer.optimizer,
                       clip_mode=cfg.clip_mode if cfg.clip_mode != "none" else "norm",
                       clip_threshold=cfg.clip)
    return clean({k: r[k] for k in ("alphas", "loss", "path")})


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        config = make_config(args)
        from .engine.trainer import Trainer

        trainer = Trainer(config)
    except (ConfigError, ValueError) as exc:
        p.error(str(exc))
    if not 0 <= args.layer < config.layers:
        p.error(f"layer: {args.layer} is out of range; expected 0..{config.layers - 1}")
    if args.last < 0:
        p.error(f"last: {args.last} must not be negative")

    history: collections.deque = collections.deque(maxlen=args.last + 1)
    bar = ProgressBar(config.steps, enabled=not args.quiet)
    snap = None
    gen = trainer.run()
    try:
        history.append(trainer.net.flat.copy())
        for snap in gen:
            if snap.status != "diverged":
                history.append(trainer.net.flat.copy())
            bar.update(snap, force=snap.finished)
    except KeyboardInterrupt:
        return 130
    finally:
        gen.close()
        bar.close()
    diverged = snap is not None and snap.status == "diverged"
    if snap is not None and snap.message:
        print(snap.message, file=sys.stderr if diverged or args.json else sys.stdout)
    path = list(history)[:-1]  # the weights before each of the last steps
    result = inspect(trainer, args.view, args.layer, path)
    text = json.dumps(result)
    if args.out:
        try:
            out = Path(args.out)
            out.mkdir(parents=True, exist_ok=True)
            tmp = out / f".inspect-{args.view}.json.tmp"
            tmp.write_text(text + "\n", encoding="utf-8")
            tmp.replace(out / f"inspect-{args.view}.json")
        except OSError as exc:
            p.error(f"out: cannot write to {args.out}: {exc}")
    if args.json:
        print(text)
    else:
        print(summary(args.view, result))
    return EXIT_DIVERGED if diverged else 0


def summary(view: str, r: dict[str, Any]) -> str:
    """A few readable lines for a terminal."""
    if view == "jacobian":
        j = r["jacobian_norms"]
        return (f"layer {r['layer']}: sigma_max {r['sigma_max']:.4g}, spectral radius "
                f"{r['spectral_radius']:.4g}, gamma {r['gamma']:g}; "
                f"|dh_T/dh_1| = {j[0]:.3g}, |dh_T/dh_T-1| = {j[-2] if len(j) > 1 else 1:.3g}")
    if view == "contributions":
        C = np.array(r["contributions"], dtype=float)
        return f"T = {r['T']}: largest contribution {np.nanmax(C):.3g}"
    if view == "saturation":
        if r["gates"] is None:
            return "this cell has no gates"
        return "; ".join(f"{g}: shut {np.mean(v['left']):.0%}, open {np.mean(v['right']):.0%}"
                         for g, v in r["gates"].items())
    return f"{len(r['alphas'])} points along the gradient, {len(r['path'])} steps projected"


if __name__ == "__main__":
    sys.exit(main())

__all__ = ["EXIT_BAD_INPUT", "VIEWS", "inspect", "main"]
