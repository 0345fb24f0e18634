"""Screenshots of the real window for the README: resources/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--seconds 4] [--out DIR]

Runs the app offscreen with throw-away settings, trains the default preset (the binary
adder) for a few seconds and saves the whole window; then does the same for an LSTM on
another task to show gates and cell state. Prints each file written.
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
    # (file name, changes to the default preset, seconds of training)
    ("main-window.png", {}, 1.0),
    ("lstm-detection.png", {"cell": "lstm", "task": "detection", "hidden": 24, "lr": 0.01}, 1.5),
]


def wait(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=4.0, help="training time per shot (scaled)")
    ap.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--size", default="1440x900", help="window size WxH")
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
    for name, changes, share in SHOTS:
        window = MainWindow(default_preset().replace(**changes), restore=False)
        window.resize(w, h)
        window.show()
        wait(app, 0.3)
        window.train()
        wait(app, args.seconds * share)
        window.controller.pause()
        wait(app, 0.5)  # the flushed Progress reaches the plots
        path = out / name
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(path)
        window.close()
        window.deleteLater()
        wait(app, 0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
