"""Screenshots of the window's looks: Simplified Chinese, dark theme, presentation mode.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_looks.py [--out DIR] [--only NAME]

Writes chinese.png, dark.png and presentation.png (resources/screenshots by default):
the binary adder trained for a few hundred updates in each look; the dark shot also
shows the runs list comparing two runs. Prints each file written.
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

SHOTS = ("chinese.png", "dark.png", "presentation.png")


def wait(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def train(app, window, updates: int, seconds: float) -> None:
    window.train()
    end = time.perf_counter() + seconds
    tr = window.controller.trainer
    while time.perf_counter() < end and tr.step < updates and \
            window.controller.state == "running":
        wait(app, 0.05)
    window.controller.pause()
    wait(app, 0.5)
    window.pacer.flush()
    wait(app, 0.3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=40.0, help="longest training per run")
    ap.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--size", default="1440x900", help="window size WxH")
    ap.add_argument("--only", help="take just this shot (file name)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-shots-")
    from rnnstudio.gui import i18n
    from rnnstudio.gui.app import make_app
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.settings import default_preset

    app = make_app([])
    sys.setswitchinterval(0.001)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    w, h = (int(v) for v in args.size.lower().split("x"))
    cfg = default_preset().replace(eval_every=25, until_metric=1.0)
    for name in SHOTS:
        if args.only and args.only != name:
            continue
        i18n.install("zh_CN" if name == "chinese.png" else "en")
        window = MainWindow(cfg, restore=False)
        if name == "presentation.png":  # a projector's resolution
            w, h = max(w, 1920), max(h, 1080)
        window.resize(w, h)
        window.show()
        wait(app, 0.5)
        ws = window.workspace
        if name == "dark.png":
            ws.set_theme("dark")
            train(app, window, 150, args.seconds)
            window.set_config(cfg.replace(cell="gru"))
            wait(app, 0.3)
            ws.runs_dock.show()
            ws.runs_dock.raise_()
        elif name == "presentation.png":
            ws.toggle_presentation(True)
        train(app, window, 400, args.seconds)
        ws.runs.redraw()
        wait(app, 1.0)
        path = out / name
        if not window.grab().save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        print(f"{path}  ({window.controller.trainer.step} updates)")
        ws.confirm_close = False
        window.close()
        window.deleteLater()
        ws.theme.apply("light")
        wait(app, 0.2)
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
