"""Is the window responsive while training, and how much training speed does it cost?

    QT_QPA_PLATFORM=offscreen python tests/bench/gui_responsiveness.py [--seconds 6]
        [--cases adder,lstm64,gru128] [--kinds process,thread] [--rounds 2]
        [--set cell=lstm --set hidden=64 ...] [--trace] [--mechanism TAB]

For every case (a preset) and every kind of training host (a training process, the
app's default, or a thread in the window's process), interleaved in one run and
repeated `--rounds` times (the best round of each is kept; the machine may be shared):

1. Event-loop latency: a 5 ms QTimer records the gap between its ticks while the window
   trains with all four panels open and redrawing. Goal: worst gap < 20 ms, p99 < 10 ms.
2. Throughput: updates per second in the window against a headless Trainer with the same
   settings in a separate process without Qt (as `rnnstudio train` runs), measured
   just before and just after the window run (the average is used).
   Goal: in-app >= 95 % of headless. Also per CPU second of the training thread or
   process (`cpu_fraction`): on a shared machine, what each update costs in the window
   regardless of what else runs; and how much of a core training got.

A script, not a test. The last line of its output is one JSON object:
{"cases": [{"name": ..., "kind": ..., "in_app_fraction": x, "worst_gap_ms": y,
"p99_gap_ms": z, ...}, ...]}
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
_USER_ENV = dict(os.environ)  # headless runs as `rnnstudio train` would: the user's env
import rnnstudio  # noqa: E402,F401,I001  (the package's BLAS threads, before NumPy)
import numpy as np  # noqa: E402,I001


HEADLESS = """
import json, sys, time
from rnnstudio.runtime import tune_allocator
tune_allocator()  # as `rnnstudio train` does
from rnnstudio.engine.config import Config
from rnnstudio.engine.trainer import Trainer
cfg = Config.from_json(sys.argv[1]); seconds = float(sys.argv[2])
tr = Trainer(cfg); it = tr.run(); next(it)
t0 = time.perf_counter(); c0 = time.process_time(); first = tr.step
for _ in it:
    if time.perf_counter() - t0 >= seconds:
        break
n = tr.step - first
print(json.dumps([n / (time.perf_counter() - t0), n / (time.process_time() - c0)]))
"""

# name -> settings over the default preset (Trask's adder)
CASES = {
    "adder": {},
    "lstm64": {"task": "charlm", "cell": "lstm", "hidden": 64},
    "gru128": {"task": "charlm", "cell": "gru", "hidden": 128},
}


def cpu_seconds(pid: int, tid: int | None = None) -> float:
    """CPU time (user + system) of a process, or of one of its threads (Linux /proc)."""
    path = f"/proc/{pid}/task/{tid}/stat" if tid else f"/proc/{pid}/stat"
    try:
        fields = Path(path).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def headless(config, seconds: float) -> tuple[float, float]:
    """(updates per second, updates per CPU second) of a plain Trainer loop in a fresh
    process without Qt, as `rnnstudio train` runs (the environment this script was
    started with)."""
    import subprocess

    root = str(Path(__file__).resolve().parents[2])
    env = dict(_USER_ENV, PYTHONPATH=root + os.pathsep + _USER_ENV.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", HEADLESS, config.to_json(), str(seconds)],
                         env=env, capture_output=True, text=True, check=True)
    wall, cpu = json.loads(out.stdout.strip().splitlines()[-1])
    return float(wall), float(cpu)


def parse_sets(items: list[str]) -> dict:
    from rnnstudio.engine.config import coerce

    out = {}
    for item in items:
        key, _, value = item.partition("=")
        out[key] = coerce(key, value)
    return out


class Trace:
    """With --trace: every event the GUI thread handles (start, end, receiver, type), to
    tell what ran during the longest gaps."""

    events: list[tuple[float, float, str, int]] = []
    depth = 0

    @classmethod
    def app_class(cls):
        from PySide6.QtWidgets import QApplication

        class TracingApp(QApplication):
            def notify(self, obj, event):  # noqa: N802 (Qt's name)
                if cls.depth:
                    return super().notify(obj, event)
                cls.depth, t = 1, time.perf_counter()
                try:
                    return super().notify(obj, event)
                finally:
                    cls.depth = 0
                    cls.events.append((t, time.perf_counter(), type(obj).__name__,
                                       int(event.type())))
        return TracingApp

    @classmethod
    def report(cls, gaps: list[tuple[float, float]], most: int = 5) -> None:
        for a, b in sorted(gaps, key=lambda g: g[0] - g[1])[:most]:
            inside = [f"{(s - a) * 1000:.1f}+{(e - s) * 1000:.1f} {name}:{kind}"
                      for s, e, name, kind in cls.events if e > a and s < b and e - s > 3e-4]
            print(f"    gap {(b - a) * 1000:.1f} ms: " + ", ".join(inside))


def in_window(app, config, kind: str, seconds: float, trace: bool = False,
              mechanism: str = "") -> dict:
    """Train `config` in a fresh window for `seconds`; its figures."""
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer

    from rnnstudio.gui.app import settle_memory
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.worker import ENV_KIND

    os.environ[ENV_KIND] = kind
    window = MainWindow(config, restore=False)
    window.resize(1440, 900)
    window.show()
    c = window.controller
    gaps: list[float] = []
    last = [0.0]
    recording = [False]

    spans: list[tuple[float, float]] = []

    def tick() -> None:
        now = time.perf_counter()
        if recording[0] and last[0]:
            gaps.append(now - last[0])
            spans.append((last[0], now))
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    def spin(secs: float) -> None:
        end = time.perf_counter() + secs
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    if mechanism:  # a "Why gradients vanish" tab open too, following the run
        window.mechanism.show_view(mechanism)
    spin(1.0)
    settle_memory()  # as rnnstudio.gui.app.main does once the window stands
    window.train()
    spin(1.5)  # start-up: the process, first evaluation, plots sizing
    recording[0] = True
    last[0] = 0.0
    Trace.events.clear()
    if c.host.kind == "process":
        where = (c.host._process.pid, None)
    else:
        where = (os.getpid(), c.host._thread.native_id)
    s0, t0, tc0 = c.step_count, time.perf_counter(), cpu_seconds(*where)
    redraws0 = window.pacer.cycles
    cpu0 = time.thread_time()
    # Run a real event loop (not processEvents) for the measured window; not app.exec():
    # quitting the app would end the training too.
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    recording[0] = False
    wall = time.perf_counter() - t0
    n, train_cpu = c.step_count - s0, cpu_seconds(*where) - tc0
    out = {"updates_per_second": n / wall,
           "updates_per_cpu_second": n / train_cpu if train_cpu > 0 else float("nan"),
           "training_core_share": train_cpu / wall,
           "redraws_per_second": (window.pacer.cycles - redraws0) / seconds,
           "redraw_ms": window.pacer.cost * 1000,
           "gui_cpu": (time.thread_time() - cpu0) / seconds}
    t_close = time.perf_counter()
    window.close()
    out["close_ms"] = (time.perf_counter() - t_close) * 1000
    timer.stop()
    window.deleteLater()
    # Delete it now: left to the next case's event loop, it paused that case ~80 ms.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    spin(0.3)
    if trace:
        Trace.report(spans)
    Trace.events.clear()
    g = np.array(gaps) * 1000
    out.update(ticks=len(g), median_gap_ms=float(np.median(g)),
               p99_gap_ms=float(np.percentile(g, 99)), worst_gap_ms=float(g.max()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=6.0, help="training time in the window")
    ap.add_argument("--cases", default=",".join(CASES), help=f"of {', '.join(CASES)}")
    ap.add_argument("--kinds", default="process,thread", help="training hosts to compare")
    ap.add_argument("--rounds", type=int, default=2, help="repeats (the best is kept)")
    ap.add_argument("--trace", action="store_true",
                    help="print which events ran during each case's five longest gaps")
    ap.add_argument("--mechanism", default="", metavar="TAB",
                    help="also open this 'Why gradients vanish' tab (jacobian, "
                         "contributions, saturation, cliff)")
    ap.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                    help="change every case's settings (repeatable)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-bench-")

    from rnnstudio.gui.app import make_app
    from rnnstudio.gui.settings import default_preset

    if args.trace:
        Trace.app_class()([sys.argv[0]])  # make_app reuses it
    app = make_app([])
    sys.setswitchinterval(0.001)  # as rnnstudio.gui.app.main does
    extra = parse_sets(args.set)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    best: dict[tuple[str, str], dict] = {}
    for rnd in range(args.rounds):
        for name in [n.strip() for n in args.cases.split(",") if n.strip()]:
            config = default_preset().replace(steps=10_000_000, **CASES[name], **extra)
            for kind in kinds:
                h1 = headless(config, args.seconds / 2)
                r = in_window(app, config, kind, args.seconds, args.trace, args.mechanism)
                h2 = headless(config, args.seconds / 2)
                r["headless"] = (h1[0] + h2[0]) / 2
                r["headless_per_cpu"] = (h1[1] + h2[1]) / 2
                r["in_app_fraction"] = r["updates_per_second"] / r["headless"]
                # The same, per CPU second of the training thread/process: what the design
                # costs each update, whatever else the (shared) machine is doing.
                r["cpu_fraction"] = r["updates_per_cpu_second"] / r["headless_per_cpu"]
                print(f"round {rnd + 1} {name:7s} {kind:7s}: headless {r['headless']:6.0f}/s, "
                      f"window {r['updates_per_second']:6.0f}/s = {r['in_app_fraction']:4.0%} "
                      f"(per CPU second {r['cpu_fraction']:4.0%}; training had "
                      f"{r['training_core_share']:.0%} of a core); "
                      f"gaps median {r['median_gap_ms']:.1f} p99 {r['p99_gap_ms']:.1f} worst "
                      f"{r['worst_gap_ms']:.1f} ms; {r['redraws_per_second']:.1f} redraws/s "
                      f"x {r['redraw_ms']:.0f} ms; GUI thread {r['gui_cpu']:.0%}; "
                      f"close {r['close_ms']:.0f} ms", flush=True)
                old = best.get((name, kind))
                score = (r["in_app_fraction"], -r["worst_gap_ms"])
                if old is None or score > (old["in_app_fraction"], -old["worst_gap_ms"]):
                    best[(name, kind)] = r
    cases = []
    print("\nbest of each (goals: in-app >= 95 % of headless, worst gap < 20 ms, p99 < 10 ms)")
    print(f"{'case':8s} {'kind':8s} {'headless/s':>10s} {'in-app/s':>9s} {'fraction':>8s} "
          f"{'p99 ms':>7s} {'worst ms':>8s}  goals")
    for (name, kind), r in best.items():
        ok = r["in_app_fraction"] >= 0.95 and r["worst_gap_ms"] < 20 and r["p99_gap_ms"] < 10
        print(f"{name:8s} {kind:8s} {r['headless']:10.0f} {r['updates_per_second']:9.0f} "
              f"{r['in_app_fraction']:8.0%} {r['p99_gap_ms']:7.1f} {r['worst_gap_ms']:8.1f}  "
              f"{'met' if ok else 'NOT met'}")
        cases.append({"name": name, "kind": kind,
                      "in_app_fraction": round(r["in_app_fraction"], 3),
                      "worst_gap_ms": round(r["worst_gap_ms"], 1),
                      "p99_gap_ms": round(r["p99_gap_ms"], 1),
                      "updates_per_second": round(r["updates_per_second"], 1),
                      "headless_updates_per_second": round(r["headless"], 1),
                      "cpu_fraction": round(r["cpu_fraction"], 3),
                      "training_core_share": round(r["training_core_share"], 3),
                      "redraws_per_second": round(r["redraws_per_second"], 1),
                      "close_ms": round(r["close_ms"], 0)})
    print(json.dumps({"cases": cases}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
