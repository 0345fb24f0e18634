"""`rnnstudio export-torch`: write a configuration as a PyTorch training program.

    rnnstudio export-torch --config runs/x/config.json [--weights runs/x/weights.npz] \\
        --out train_torch.py
    python train_torch.py --device cuda

See rnnstudio/engine/export_torch.py for what the program contains.
"""

from __future__ import annotations

import json
import sys

from .cli import _Parser
from .engine.config import Config, ConfigError, default_preset


def build_parser() -> _Parser:
    p = _Parser(prog="rnnstudio export-torch",
                description="Write one self-contained PyTorch program that trains the "
                            "configuration like RNN Studio does (same start weights, "
                            "batches, loss, optimizer, clipping and BPTT).")
    p.add_argument("--config", metavar="FILE",
                   help="A config.json (from the app or `rnnstudio train --out`); "
                        "default: the app's default settings.")
    p.add_argument("--weights", metavar="FILE",
                   help="Start from these weights (.npz, RNN Studio's PyTorch layout) "
                        "instead of the seed's.")
    p.add_argument("--out", metavar="FILE", required=True, help="The Python file to write.")
    p.add_argument("--json", action="store_true",
                   help="Print a one-line JSON summary as the last line of stdout.")
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .engine.export_torch import describe, write_script

    try:
        config = Config.load(args.config) if args.config else default_preset()
        path = write_script(config, args.out, weights=args.weights)
    except ConfigError as exc:
        parser.error(str(exc))
    except ValueError as exc:  # a weights file that does not fit, a bad task option
        parser.error(str(exc))
    except OSError as exc:
        parser.error(f"out: cannot write {args.out}: {exc.strerror or exc}")
    if args.json:
        print(json.dumps({"out": str(path), **describe(config),
                          "weights": args.weights}))
    else:
        print(f"wrote {path}: run it with `python {path}` (add --device cuda for a GPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())


