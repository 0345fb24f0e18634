"""How long does View → Language take, and does the run go on through it?

    QT_QPA_PLATFORM=offscreen python tests/bench/language_switch.py [--switches 5]
        [--views] [--training] [--set task=charlm --set cell=lstm ...]

A window with the default preset (or `--set` changes) takes one update; `--views` opens
every teaching view and the mechanism views too (as the i18n tests do); `--training`
switches while a run with a budget it cannot finish trains at full speed. Then the
language goes en → zh_CN → en ... `--switches` times, each timed from the menu choice
until every widget has retranslated (Workspace.set_language returns then). Goal: under
300 ms. A version that rebuilt the window instead is timed the same way (until the new
window is shown): the script follows ``window.replacement`` when there is one.

A script, not a test. The last line of its output is one JSON object:
{"ms": [...], "first_ms": x, "median_ms": y, "max_ms": z, "steps_before": n, ...}
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("RNNSTUDIO_SETTINGS_DIR", tempfile.mkdtemp(prefix="rnnstudio-bench-"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--switches", type=int, default=5)
    ap.add_argument("--views", action="store_true", help="open every teaching view first")
    ap.add_argument("--training", action="store_true", help="switch while a run trains")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from rnnstudio.engine.config import Config
    from rnnstudio.gui import i18n
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.settings import default_preset

    def wait(seconds: float, until=lambda: False) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not until():
            app.processEvents()
            time.sleep(0.005)

    changes = dict(s.split("=", 1) for s in args.set)
    config = Config.from_dict({**default_preset().to_dict(), **changes})
    if args.training:
        config = config.replace(steps=10_000_000)
    w = MainWindow(config, restore=False)
    w.show()
    wait(0.5)
    w.step()
    wait(30, lambda: w.controller.step_count == 1 and w.controller.state == "paused")
    if args.views:
        for name in w.teaching.docks:
            w.teaching.show_view(name)
        w.mechanism.show_view("jacobian")
        w.workspace.runs_dock.show()
    if args.training:
        w.train()
        wait(30, lambda: w.controller.step_count > 10)
    wait(1.0)
    steps_before, run = w.controller.step_count, w.controller.run_id
    ms = []
    for k in range(args.switches):
        lang = "zh_CN" if k % 2 == 0 else "en"
        t0 = time.perf_counter()
        w.workspace.set_language(lang)
        w = getattr(w, "replacement", None) or w
        ms.append(1000 * (time.perf_counter() - t0))
        print(f"switch {k + 1} to {lang}: {ms[-1]:.0f} ms", flush=True)
        wait(0.5)
    out = {"ms": [round(m, 1) for m in ms], "first_ms": round(ms[0], 1),
           "median_ms": round(statistics.median(ms), 1), "max_ms": round(max(ms), 1),
           "views": args.views, "training": args.training,
           "steps_before": steps_before, "steps_after": w.controller.step_count,
           "same_run": w.controller.run_id == run, "state": w.controller.state}
    i18n.install("en")
    i18n.save_language("en")
    w.workspace.confirm_close = False
    w.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
