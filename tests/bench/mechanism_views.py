"""Training speed with "Why gradients vanish" open vs closed (issue 14: at least 80 %).

    QT_QPA_PLATFORM=offscreen python tests/bench/mechanism_views.py [--seconds 6] [--repeat 3]

For a few models, trains the real window for --seconds with the dock closed, then with
each tab open (following the run live), interleaved (closed, open, closed, open, ...),
and prints the best updates per second of each and the ratio. Not a test: the numbers
depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

MODELS = {
    "adder (Elman 16)": {},
    "recall (LSTM 32, k = 20)": {"cell": "lstm", "hidden": 32, "task": "recall", "delay": 20,
                                  "optimizer": "adam", "lr": 0.01, "batch": 16},
    "char model (LSTM 128)": {"cell": "lstm", "hidden": 128, "task": "charlm", "seq_len": 50,
                              "optimizer": "adam", "lr": 0.003, "batch": 32},
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tabs", default="jacobian,contributions,saturation,cliff")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-bench-")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from rnnstudio.engine.config import Config
    from rnnstudio.gui.main_window import MainWindow

    def rate(w, tab: str | None) -> float:
        m = w.mechanism
        if tab is None:
            m.dock.hide()
        else:
            m.show_view(tab)
        c = w.controller
        c.train()
        end = time.perf_counter() + 1.0  # warm up
        while time.perf_counter() < end:
            app.processEvents()
        s0, t0 = c.step_count, time.perf_counter()
        while time.perf_counter() - t0 < args.seconds:
            app.processEvents()
            time.sleep(0.005)
        n, dt = c.step_count - s0, time.perf_counter() - t0
        c.pause()
        end = time.perf_counter() + 0.5
        while time.perf_counter() < end:
            app.processEvents()
        return n / dt

    tabs = args.tabs.split(",")
    for label, changes in MODELS.items():
        w = MainWindow(Config(**{"steps": 10**7, "until_metric": None, **changes}),
                       restore=False)
        w.resize(1400, 900)
        w.show()
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            for tab in tabs:
                for key, t in (("closed", None), (tab, tab)):
                    best[key] = max(best.get(key, 0.0), rate(w, t))
        line = ", ".join(f"{k} {v:.0f}/s ({v / best['closed']:.0%})" for k, v in best.items())
        print(f"{label}: {line}", flush=True)
        w.workspace.confirm_close = False
        w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
