"""Does a long run in the window keep memory flat?

    QT_QPA_PLATFORM=offscreen python tests/bench/gui_soak.py [MINUTES] [--set cell=lstm ...]

Trains the default preset in the real window for MINUTES (default 10; when the update
budget runs out, Train starts another), with the plots redrawing as usual. Prints the
resident memory (RSS) at the start, after the first minute, every minute and at the end.
Goals: less than 5 % growth after the first minute, and under 400 MB throughout.
A script, not a test.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; else the peak from resource)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("minutes", nargs="?", type=float, default=10.0)
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="change the default preset (repeatable)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-soak-")

    from PySide6.QtCore import QTimer

    from rnnstudio.engine.config import coerce
    from rnnstudio.gui.app import make_app
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.settings import default_preset

    changes = {}
    for item in args.set:
        key, _, value = item.partition("=")
        changes[key] = coerce(key, value)
    config = default_preset().replace(**changes)
    app = make_app([])
    sys.setswitchinterval(0.001)
    window = MainWindow(config, restore=False)
    window.resize(1440, 900)
    window.show()
    t0 = time.perf_counter()
    samples: list[tuple[float, float, int]] = []

    def sample() -> None:
        samples.append((time.perf_counter() - t0, rss_mb(), window.controller.step_count))
        t, mb, step = samples[-1]
        print(f"{t / 60:5.1f} min  RSS {mb:7.1f} MB  step {step:,}  "
              f"({window.pacer.cycles} redraws)", flush=True)

    def keep_training() -> None:
        if window.controller.state != "running":
            window.train()

    sample()  # start: window shown, nothing trained yet
    window.train()
    keep = QTimer()
    keep.timeout.connect(keep_training)
    keep.start(500)
    minute = QTimer()
    minute.timeout.connect(sample)
    minute.start(60_000)
    QTimer.singleShot(int(args.minutes * 60_000), app.quit)
    app.exec()
    sample()
    window.close()
    start = samples[0][1]
    after_one = next((mb for t, mb, _ in samples if t >= 59), samples[-1][1])
    end = samples[-1][1]
    peak = max(mb for _, mb, _ in samples)
    growth = (end - after_one) / after_one
    print(f"start {start:.1f} MB, after 1 min {after_one:.1f} MB, end {end:.1f} MB, "
          f"peak {peak:.1f} MB: growth after the first minute {growth:+.1%} "
          f"(goal < 5 %), peak {'<' if peak < 400 else '>='} 400 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
