"""`rnnstudio train`: the same config and engine as the app, without a window.

Every option is generated from the config's declared settings (``--hidden`` for
``hidden``, ``--until-metric`` for ``until_metric``...), so the command line, the app
and saved ``config.json`` files always agree.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

from .engine.config import (
    Config,
    ConfigError,
    check,
    coerce,
    default_preset,
    describe_allowed,
    live_fields,
    specs,
)
from .engine.experiment import BASE_COLUMNS, MetricsCsv
from .engine.files import name_shown

EXIT_BAD_INPUT = 2
CHECKPOINT = "checkpoint.rnnstudio"  # in an --out folder: what --resume continues from
SAMPLE_CHARS = 300  # characters sampled at the end of a run whose task can generate text
NO_MEMORY = ("batch: not enough free memory for this network; lower batch, seq-len, hidden "
             "or layers")
EXIT_DIVERGED = 1

EPILOG = """\
examples:
  rnnstudio train --task addition --cell elman --hidden 16 --until-metric 1.0 --json
  rnnstudio train --task recall --delay 20 --cell lstm --hidden 32 --steps 1500
  rnnstudio train --task charlm --cell lstm --hidden 128 --seq-len 64 --out runs/shakespeare
  rnnstudio train --config runs/shakespeare/config.json --steps 5000   # fresh, same settings
  rnnstudio train --resume runs/shakespeare --steps 5000   # go on from update 2000 to 5000

exit status: 0 finished (budget or goal), 1 diverged, 2 bad input, 130 interrupted.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        argv = sys.argv[1:] if args is None else list(args)
        return super().parse_known_args(_attach_negative_values(self, argv), namespace)


def _attach_negative_values(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``--opt -1e-3`` as ``--opt=-1e-3``: argparse takes a word that starts with "-" for an
    option unless it looks like a plain negative number, so negative values with an
    exponent (or "-inf") were refused with "expected one argument"."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        out.append(word)
        action = parser._option_string_actions.get(word) if isinstance(word, str) else None
        if word == "--":
            out.extend(argv[i + 1:])
            break
        if (action is not None and action.nargs is None and i + 1 < len(argv)
                and isinstance(argv[i + 1], str) and argv[i + 1].startswith("-")
                and _is_number(argv[i + 1])):
            out[-1] = f"{word}={argv[i + 1]}"
            i += 1
        i += 1
    return out


def _os_reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)[:80]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _option_type(name: str):
    def parse(text: str) -> Any:
        try:
            value = coerce(name, text)
            check(name, value)
        except ConfigError as exc:
            raise argparse.ArgumentTypeError(str(exc).split(": ", 1)[1]) from None
        return value

    parse.__name__ = describe_allowed(name)
    return parse


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="rnnstudio train",
        description="Train a recurrent network without a window. Options default to the "
                    "app's default preset (or to --config's or --resume's values).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    groups = {g: p.add_argument_group(f"{g} settings") for g in ("model", "task", "training")}
    preset = default_preset()
    for name, s in specs().items():
        default = getattr(preset, name)
        extra = f" Allowed: {describe_allowed(name)}." if not s.choices else ""
        where = ""
        if s.tasks:
            where += f" (task: {', '.join(s.tasks)})"
        if s.cells:
            where += f" (cell: {', '.join(s.cells)})"
        groups[s.group].add_argument(
            "--" + name.replace("_", "-"), dest=name, default=None, metavar=_metavar(name),
            type=_option_type(name), choices=None,
            help=f"{s.help}{extra}{where} Default: {default}.".replace("%", "%%"),
        )
    io_group = p.add_argument_group("input and output")
    io_group.add_argument("--config", metavar="FILE",
                          help="Start a fresh network with the settings of a saved config.json "
                               "(from the app or --out); options given here override its "
                               "values. To continue a run's training, use --resume.")
    io_group.add_argument("--out", metavar="DIR",
                          help=f"Write config.json, metrics.csv, weights.npz and {CHECKPOINT} "
                               "(for --resume) into DIR.")
    io_group.add_argument("--resume", metavar="RUN_DIR",
                          help="Continue a run saved with --out from its weights, optimizer "
                               "state and update count, up to --steps updates in all, and "
                               "update its files (or write into --out). Only settings that "
                               "can change during training may be given: "
                               + ", ".join("--" + n.replace("_", "-")
                                           for n in sorted(live_fields())) + ".")
    io_group.add_argument("--json", action="store_true",
                          help="Print a one-line JSON summary as the last line of stdout.")
    io_group.add_argument("--quiet", action="store_true", help="No progress bar.")
    return p


def _metavar(name: str) -> str:
    s = specs()[name]
    if s.choices:
        return "{" + ",".join(s.choices) + "}"
    return {"corpus": "FILE", "data": "FILE", "word": "WORD"}.get(
        name, "N" if _is_int(name) else "X")


def _is_int(name: str) -> bool:
    return isinstance(getattr(Config(), name), int) and not isinstance(getattr(Config(), name),
                                                                       bool)


def given_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The settings typed on the command line."""
    return {k: getattr(args, k) for k in specs() if getattr(args, k) is not None}


def make_config(args: argparse.Namespace, base: Config | None = None) -> Config:
    if base is None:
        base = Config.load(args.config) if args.config else default_preset()
    given = given_settings(args)
    if "clip" in given and "clip_mode" not in given and base.clip_mode == "none":
        given["clip_mode"] = "norm"  # --clip X alone means: clip by norm at X
    return base.replace(**given)


class ProgressBar:
    """A one-line bar on a terminal (stderr), redrawn at most 10 times a second."""

    def __init__(self, total: int, stream=sys.stderr, enabled: bool = True):
        self.total, self.stream = total, stream
        self.enabled = enabled and stream.isatty()
        self._last = 0.0

    def update(self, snap: Any, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        frac = min(1.0, snap.step / max(self.total, 1))
        width = 24
        bar = "█" * int(frac * width) + "·" * (width - int(frac * width))
        metric = "" if snap.metric is None else f" {snap.metric_name} {snap.metric:.4g}"
        rate = snap.updates_per_second
        eta = (self.total - snap.step) / rate if rate > 0 else math.inf
        eta_s = f" eta {eta:.0f}s" if math.isfinite(eta) else ""
        self.stream.write(f"\r{bar} {snap.step}/{self.total} loss {snap.loss:.4g}{metric}"
                          f" {rate:.0f} upd/s{eta_s}\033[K")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _resume(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[Any, list]:
    """The trainer of a run saved with --out, ready to go on, and the rows of its
    metrics.csv up to its checkpoint. Any problem exits 2 naming --resume."""
    from .engine import experiment

    run = Path(args.resume)
    where = name_shown(run)
    if args.config:
        parser.error("resume: --config starts a fresh network; --resume goes on with the "
                     "run's own settings (give only one of them)")
    if not run.is_dir():
        parser.error(f"resume: {where} is not a folder (give a folder written by --out)")
    if not (run / CHECKPOINT).is_file():
        parser.error(f"resume: {where} has no {CHECKPOINT} (give a folder written by --out)")
    try:
        # a data file moved, and the same file (same contents) lies beside the run: use it
        moved = experiment.moved_files(run / CHECKPOINT)
        relocate = {m.field: m.nearby for m in moved if m.nearby}
        for m in moved:
            if m.nearby:
                print(f"rnnstudio: {m.field}: {m.saved} is not there any more; using the "
                      f"same file beside the run, {m.nearby}", file=sys.stderr)
        exp = experiment.load(run / CHECKPOINT, relocate)
    except experiment.ExperimentError as exc:
        parser.error(f"resume: {name_shown(run / CHECKPOINT)}: {exc}")
    fixed = sorted(set(given_settings(args)) - live_fields())
    if fixed:
        parser.error(f"resume: {', '.join(map(_flag, fixed))} cannot change when a run goes "
                     f"on; only {', '.join(map(_flag, sorted(live_fields())))} can (start "
                     f"fresh with --config {name_shown(run / 'config.json')} instead)")
    for note in exp.changed_files:  # other data than the run trained on: say so, go on
        print(f"rnnstudio: warning: {note}", file=sys.stderr)
    trainer = exp.trainer
    config = make_config(args, base=exp.config)
    if config.steps <= trainer.step:
        parser.error(f"steps: the run already has {trainer.step} updates; give --steps above "
                     f"{trainer.step} to go on")
    trainer.reconfigure(config)
    names = list(trainer.task.metric_labels)
    try:
        with open(run / "metrics.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        header = rows[0] if rows else []
        if header != [*BASE_COLUMNS, *names]:
            raise ValueError("unexpected columns")
        kept = [r for r in rows[1:] if int(r[0]) <= trainer.step]
    except (OSError, ValueError, IndexError) as exc:
        parser.error(f"resume: {name_shown(run / 'metrics.csv')} is missing or damaged "
                     f"({_os_reason(exc)})")
    return trainer, kept


def text_sample(trainer: Any) -> str | None:
    """A few hundred characters at the run's temperature, from the task's own sampling
    code and a stream seeded by the config (so the same run gives the same text); None
    for tasks that do not generate text."""
    generate = getattr(trainer.task, "generate", None)
    if generate is None:
        return None
    import numpy as np

    return generate(trainer.net, np.random.default_rng(trainer.config.seed), n=SAMPLE_CHARS)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    previous: list = []
    try:
        if args.resume:
            trainer, previous = _resume(parser, args)
            config = trainer.config
        else:
            config = make_config(args)
            from .engine.trainer import Trainer

            trainer = Trainer(config)
    except ConfigError as exc:
        parser.error(str(exc))
    except ValueError as exc:  # e.g. a task option the config cannot catch alone
        parser.error(str(exc))
    except MemoryError:  # the estimate fitted, but the memory is in use elsewhere
        parser.error(NO_MEMORY)

    out = Path(args.out) if args.out else Path(args.resume) if args.resume else None
    writer = None
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
            if not args.resume:  # a resumed run's files change together at the end
                config.save(out / "config.json")
            writer = MetricsCsv(out / "metrics.csv", list(trainer.task.metric_labels))
            writer.keep(previous)
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
            parser.error(f"out: cannot write to {name_shown(out)}: {_os_reason(exc)}")

    bar = ProgressBar(config.steps, enabled=not args.quiet)
    snap = None
    interrupted = out_of_memory = False
    gen = trainer.run()
    try:
        for snap in gen:
            if writer:
                writer.add(snap)
            bar.update(snap, force=snap.finished)
    except KeyboardInterrupt:
        interrupted = True
    except MemoryError:
        out_of_memory = True
    finally:
        gen.close()
        bar.close()
    if out_of_memory:
        if writer:
            writer.abort()
        parser.error(NO_MEMORY)
    if writer:
        from .engine import experiment
        from .engine.interop import save_npz

        try:
            writer.close()
            if args.resume:
                config.save(out / "config.json")
            save_npz(trainer.net, out / "weights.npz")
            history = experiment.History.from_csv((out / "metrics.csv").read_text("utf-8"))
            experiment.save(out / CHECKPOINT, experiment.Experiment(
                experiment.capture(trainer), history=history))
        except (OSError, experiment.ExperimentError) as exc:  # folder gone, disk full
            print(f"rnnstudio train: error: out: cannot write to {name_shown(out)}: "
                  f"{_os_reason(exc)}", file=sys.stderr)
            return EXIT_BAD_INPUT

    diverged = snap is not None and snap.status == "diverged"
    if snap is not None and snap.message:
        print(snap.message, file=sys.stderr if diverged or args.json else sys.stdout)
    has_eval = snap is not None and snap.metrics is not None
    metrics = dict(snap.metrics) if has_eval else trainer.evaluate()
    name = trainer.task.metric_name
    summary = {
        "task": config.task,
        "cell": config.cell,
        "steps": trainer.step,
        "seconds": round(snap.elapsed, 6) if snap else 0.0,
        "updates_per_second": round(snap.updates_per_second, 3) if snap else 0.0,
        "loss": snap.loss if snap and math.isfinite(snap.loss) else None,
        "metric": {"name": name, "value": metrics[name]},
        "diverged": diverged,
    }
    sample = None if diverged else text_sample(trainer)
    if sample is not None:
        summary["sample"] = sample
    if args.json:
        print(json.dumps(summary))
    elif not diverged:
        labels = getattr(trainer.task, "metric_labels", {})
        print(f"{config.task} / {config.cell}: {trainer.step} updates in "
              f"{summary['seconds']:.2f} s ({summary['updates_per_second']:.0f}/s), "
              f"held-out {labels.get(name, name)} {metrics[name]:.4g}")
        if sample is not None:
            print(f"sample at temperature {config.temperature:g}:\n{sample}")
        if out is not None:
            print(f"wrote {out / 'config.json'}, {out / 'metrics.csv'}, {out / 'weights.npz'}, "
                  f"{out / CHECKPOINT}")
    if interrupted:
        return 130
    return EXIT_DIVERGED if diverged else 0


if __name__ == "__main__":
    sys.exit(main())
