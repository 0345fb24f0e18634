"""`rnnstudio sweep`: the memory horizon of several cells, headless.

    rnnstudio sweep --task recall --cells elman,lstm,gru --delays 5,10,20,40 --steps 300 --json

Trains every cell at every delay with the same budget and batches (see
engine/sweep.py) and prints held-out accuracy per (cell, delay). Exit status: 0 done,
2 bad input, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import NoReturn

from .cli import EXIT_BAD_INPUT
from .engine.config import CELLS, ConfigError
from .engine.sweep import DEFAULT_DELAYS, TASKS, SweepSettings, parse_list, run_sweep, to_csv


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    d = SweepSettings()
    p = _Parser(prog="rnnstudio sweep",
                description="Train several cells on delayed recall (or the adding problem) at "
                            "several delays, same budget and batches, and report held-out "
                            "accuracy per (cell, delay).")
    p.add_argument("--task", default=d.task, choices=TASKS,
                   help="recall: the delay is k; adding: the delay is the sequence length T.")
    p.add_argument("--cells", default=",".join(d.cells),
                   help=f"Comma-separated cells from {', '.join(CELLS)}. Default: %(default)s.")
    p.add_argument("--delays", default=",".join(map(str, DEFAULT_DELAYS)),
                   help="Comma-separated delays. Default: %(default)s.")
    p.add_argument("--steps", type=int, default=d.steps, help="Updates per run. Default: "
                                                              "%(default)s.")
    p.add_argument("--hidden", type=int, default=d.hidden, help="Default: %(default)s.")
    p.add_argument("--batch", type=int, default=d.batch, help="Default: %(default)s.")
    p.add_argument("--lr", type=float, default=d.lr, help="Default: %(default)s.")
    p.add_argument("--seed", type=int, default=d.seed, help="Default: %(default)s.")
    p.add_argument("--csv", metavar="PATH", help="Also write the results as CSV.")
    p.add_argument("--json", action="store_true",
                   help="Print a one-line JSON summary as the last line of stdout.")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        cells = parse_list(args.cells)
    except ValueError:
        parser.error(f"cells: {args.cells!r}: expected names separated by commas")
    try:
        delays = parse_list(args.delays, int)
    except ValueError:
        parser.error(f"delays: {args.delays!r}: expected integers separated by commas")
    try:
        settings = SweepSettings(task=args.task, cells=cells, delays=delays, steps=args.steps,
                                 hidden=args.hidden, batch=args.batch, lr=args.lr,
                                 seed=args.seed)
    except ConfigError as exc:
        parser.error(str(exc))
    stop = threading.Event()
    last = None
    interrupted = False
    shown = 0
    try:
        for last in run_sweep(settings, stop):
            if not args.json and len(last.results) > shown:
                shown = len(last.results)
                r = last.results[-1]
                print(f"{r.cell:9} delay {r.delay:4}: accuracy {r.accuracy:.3f} "
                      f"({r.seconds:.1f} s)", flush=True)
    except KeyboardInterrupt:
        interrupted = True
    results = last.results if last is not None else ()
    if args.csv:
        try:
            Path(args.csv).write_text(to_csv(results), encoding="utf-8")
        except OSError as exc:
            parser.error(f"csv: cannot write {args.csv}: {exc}")
    if args.json:
        print(json.dumps({"task": settings.task, "steps": settings.steps,
                          "cells": list(settings.cells), "delays": list(settings.delays),
                          "results": [{"cell": r.cell, "delay": r.delay, "accuracy": r.accuracy,
                                       "metric": {"name": r.metric_name, "value": r.metric},
                                       "diverged": r.diverged} for r in results]}))
    else:
        head = "cell      " + "".join(f"{d:>8}" for d in settings.delays)
        print(head)
        got = {(r.cell, r.delay): r.accuracy for r in results}
        for c in settings.cells:
            print(f"{c:10}" + "".join(f"{got[(c, d)]:8.3f}" if (c, d) in got else f"{'–':>8}"
                                      for d in settings.delays))
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
