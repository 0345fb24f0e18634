"""`rnnstudio challenge`: train a run for a challenge and say whether it passes, and why not.

    rnnstudio challenge --list
    rnnstudio challenge elman_delay20 --starter-config start.json   # write the starting config
    rnnstudio challenge elman_delay20 --config start.json --json    # train it and check it
    rnnstudio challenge elman_delay20 --hidden 128 --init orthogonal --lr 0.001

Without ``--config`` the run starts from the challenge's starting config; every option
of ``rnnstudio train`` (``--hidden``, ``--lr``...) changes it. NAME may also be the path of
a challenge file. Exit status: 0 passed, 1 not passed, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import NoReturn

from .cli import EXIT_BAD_INPUT
from .cli import build_parser as build_train_parser
from .engine.config import Config, ConfigError, specs

EXIT_FAILED = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, no usage dump
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="rnnstudio challenge", add_help=False,
                description="Train a run for a challenge and check it: passed or not, and why. "
                            "Any option of 'rnnstudio train' changes the run's settings.",
                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("name", nargs="?", metavar="NAME",
                   help="A challenge's id (see --list) or the path of a challenge file.")
    p.add_argument("--list", action="store_true", help="List the challenges and exit.")
    p.add_argument("--starter-config", metavar="PATH",
                   help="Write the challenge's starting config to PATH and exit.")
    p.add_argument("--config", metavar="FILE",
                   help="The run's config.json (default: the challenge's starting config).")
    p.add_argument("--json", action="store_true",
                   help="Print a one-line JSON verdict as the last line of stdout.")
    p.add_argument("-h", "--help", action="store_true", help="Show this help and exit.")
    return p


def _config(args: argparse.Namespace, rest: list[str], base: Config,
            parser: argparse.ArgumentParser) -> Config:
    """The run's config: --config (or the starting config) with train's options applied."""
    train = build_train_parser()
    train.prog = "rnnstudio challenge"
    opts = train.parse_args(rest)  # exits 2 with one line on a bad option
    if args.config:
        base = Config.load(args.config)
    given = {k: getattr(opts, k) for k in specs() if getattr(opts, k) is not None}
    if "clip" in given and "clip_mode" not in given and base.clip_mode == "none":
        given["clip_mode"] = "norm"  # as in rnnstudio train: --clip X alone clips by norm
    return base.replace(**given)


def main(argv: list[str] | None = None) -> int:
    from .engine import challenges as ch_mod

    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.help:
        parser.print_help()
        return 0
    if args.list:
        try:
            items = ch_mod.load_challenges()
        except ch_mod.ChallengeError as exc:
            parser.error(str(exc))
        if args.json:
            print(json.dumps([{"challenge": c.id, "kind": c.kind, "title": c.title,
                               "max_updates": c.max_updates} for c in items]))
        else:
            for c in items:
                mark = "failure " if c.is_failure else ""
                print(f"{c.id:18} {mark}{c.title} (≤ {c.max_updates} updates)")
        return 0
    if not args.name:
        parser.error("NAME: give a challenge (see --list)")
    try:
        ch = ch_mod.find(args.name)
    except ch_mod.ChallengeError as exc:
        parser.error(str(exc))
    if args.starter_config:
        try:
            ch.config.save(args.starter_config)
        except OSError as exc:
            parser.error(f"starter-config: cannot write {args.starter_config}: {exc}")
        print(f"wrote {args.starter_config}: {ch.title}")
        return 0
    try:
        config = _config(args, rest, ch.config, parser)
        record, verdict = ch_mod.run(ch, config)
    except ConfigError as exc:
        parser.error(str(exc))
    except ValueError as exc:  # a task option the config cannot catch alone
        parser.error(str(exc))
    updates = int(record.history.final()["step"] or 0)
    text = ("passed: " if verdict.passed else "not passed: ") + verdict.reason
    if args.json:
        print(text, file=sys.stderr)
        print(json.dumps({"challenge": ch.id, "passed": verdict.passed,
                          "reason": str(verdict.reason),
                          "metric": {"name": verdict.metric_name, "value": verdict.metric},
                          "updates": updates, "diverged": record.diverged}))
    else:
        print(f"{ch.title}: {verdict.summary}")
        if not verdict.passed:
            print(text)
        else:
            print("passed")
    return 0 if verdict.passed else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
