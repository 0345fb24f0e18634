"""Does a long run in the window keep memory flat?

    QT_QPA_PLATFORM=offscreen python tests/bench/gui_soak.py [MINUTES] [--set cell=lstm ...]

Trains the default preset in the real window for MINUTES (default 10; when the update
budget runs out, Train starts another), with the plots redrawing as usual. Prints the
resident memory (RSS) at the start, after the first minute, every minute and at the end.
Goals: less than 5 % growth after the first minute once the run's own record (every
update's loss and norms and every evaluation's metrics, kept for saving) is excluded, and
under 400 MB throughout. Both growths are printed, and the training process's memory.
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


def rss_mb(pid: int | None = None) -> float:
    """Resident memory of this process (or of `pid`) in MB (Linux /proc; else this
    process's peak from resource)."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        if pid is not None:  # that process is gone
            return float("nan")
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
    from rnnstudio.gui.app import make_app, settle_memory
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
    QTimer.singleShot(0, settle_memory)  # as rnnstudio.gui.app.main does
    t0 = time.perf_counter()
    samples: list[tuple[float, float, int]] = []

    def record_mb() -> float:
        """The run's own record in this process: every update's loss, norms and rate and
        every evaluation's metrics (the History a save writes), kept by design; the
        plots' buffers are bounded."""
        h = window.workspace.history
        arrays = (h.steps, h.losses, h.grad_norms, h.grad_norms_clipped, h.lrs)
        size = sum(a.buffer_info()[1] * a.itemsize for a in arrays)
        size += sys.getsizeof(h.evals) + sum(  # {step: {metric: value}}
            sys.getsizeof(k) + sys.getsizeof(m) + sum(sys.getsizeof(v) for v in m.values())
            for k, m in h.evals.items())
        return size / 2**20

    def training_mb() -> float:
        """The training process (its own interpreter), when training runs in one."""
        process = getattr(window.controller.host, "_process", None)
        return rss_mb(process.pid) if process is not None and process.pid else float("nan")

    trainer_mb: list[float] = []

    def sample() -> None:
        samples.append((time.perf_counter() - t0, rss_mb(), window.controller.step_count,
                        record_mb()))
        trainer_mb.append(training_mb())
        t, mb, step, rec = samples[-1]
        print(f"{t / 60:5.1f} min  RSS {mb:7.1f} MB  record {rec:6.1f} MB  step {step:,}  "
              f"({window.pacer.cycles} redraws); training process {trainer_mb[-1]:.1f} MB",
              flush=True)

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
    one = next((s for s in samples if s[0] >= 59), samples[-1])
    after_one, end, peak = one[1], samples[-1][1], max(s[1] for s in samples)
    growth = (end - after_one) / after_one
    # the same without the run's record (it grows by design: ~40 bytes an update)
    bare_one, bare_end = after_one - one[3], end - samples[-1][3]
    bare = (bare_end - bare_one) / bare_one
    tp = [m for m in trainer_mb[1:-1] if m == m]  # while training (NaN: none)
    if len(tp) >= 2:
        print(f"training process: {tp[0]:.1f} MB after 1 min, {tp[-1]:.1f} MB at the end "
              f"({(tp[-1] - tp[0]) / tp[0]:+.1%})")
    print(f"start {start:.1f} MB, after 1 min {after_one:.1f} MB, end {end:.1f} MB, "
          f"peak {peak:.1f} MB: growth after the first minute {growth:+.1%}, "
          f"{bare:+.1%} without the run's record ({samples[-1][3]:.1f} MB at the end; goal "
          f"< 5 %), peak {'<' if peak < 400 else '>='} 400 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
