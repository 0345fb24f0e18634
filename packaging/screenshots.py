"""Screenshots of the real window for the README: resources/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--out DIR] [--only NAME]

Runs the app offscreen with throw-away settings and saves the whole window: the default
preset (Trask's binary adder) trained until it adds correctly; an LSTM learning to spot
a word (gates and cell state inside); and a run that diverges (the warning banner).
Training stops at a number of updates, or after --seconds on a slow machine.
Prints each file written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHOTS = [
    # (file name, changes to the default preset, updates to train)
    ("main-window.png", {"until_metric": 1.0, "eval_every": 25}, 1000),
    ("lstm-detection.png", {"cell": "lstm", "task": "detection", "hidden": 24, "lr": 0.01,
                            "init": "glorot"}, 400),
    ("diverged.png", {"activation": "relu", "init": "glorot", "recurrent_scale": 1.3,
                      "optimizer": "sgd", "lr": 5.0, "clip_mode": "none", "bits": 16}, 100),
]


def wait(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0,
                    help="longest training time per shot")
    ap.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--size", default="1440x900", help="window size WxH")
    ap.add_argument("--only", help="take just this shot (file name)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-shots-")
    from rnnstudio.gui.app import make_app
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.settings import default_preset

    app = make_app([])
    sys.setswitchinterval(0.001)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w, h = (int(v) for v in args.size.lower().split("x"))
    for name, changes, updates in SHOTS:
        if args.only and args.only != name:
            continue
        window = MainWindow(default_preset().replace(**changes), restore=False)
        window.resize(w, h)
        window.show()
        wait(app, 0.5)
        window.train()
        end = time.perf_counter() + args.seconds
        tr = window.controller.trainer
        while (time.perf_counter() < end and tr.step < updates
               and window.controller.state == "running"):
            wait(app, 0.05)
        window.controller.pause()
        wait(app, 0.5)  # the last Progress arrives
        window.pacer.flush()
        wait(app, 0.3)  # and is painted
        path = out / name
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"{path}  ({tr.step} updates, {window.controller.state})")
        window.close()
        window.deleteLater()
        wait(app, 0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
