"""Screenshots of "Why gradients vanish" (Learn menu, F8-F10, F12) for the README.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots_mechanism.py [--out DIR]
        [--only NAME ...]

Each view on a run of the lesson it belongs to, trained for a few hundred updates, and
the cliff once more with the dark theme and presentation mode, and the Jacobian view in
Chinese (which needs a CJK font installed, e.g. Debian's fonts-droid-fallback;
tests/gui/test_mechanism_views.py checks the Chinese texts).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (980, 640)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--only", nargs="+", metavar="NAME", help="take just these shots")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-shots-")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from rnnstudio.engine.lessons import load_lessons
    from rnnstudio.gui import i18n
    from rnnstudio.gui.main_window import MainWindow

    lessons = {ls.id: ls for ls in load_lessons()}
    shots = [("mechanism-jacobian.png", "jacobian", lessons["jacobian"].config, 100, ""),
             ("mechanism-contributions.png", "contributions",
              lessons["carry_contributions"].config, 3000, ""),
             ("mechanism-saturation.png", "saturation",
              lessons["forget_bias"].config, 300, ""),
             ("mechanism-cliff.png", "cliff", lessons["cliff"].config, 6, ""),
             ("mechanism-dark.png", "cliff", lessons["cliff"].config, 6, "dark"),
             ("mechanism-chinese.png", "jacobian", lessons["jacobian"].config, 100, "zh")]
    for name, view, config, updates, look in shots:
        if args.only and name not in args.only:
            continue
        if "zh" in look:
            i18n.install("zh_CN")
        w = MainWindow(config, restore=False)
        w.resize(1400, 900)
        w.show()
        if "dark" in look:
            w.workspace.set_theme("dark")
            w.workspace.toggle_presentation(True)
        m = w.mechanism
        while w.controller.checkpoint is None:  # the worker confirms the fresh run
            QApplication.processEvents()
        tr = w.controller.checkpoint.trainer()  # a private copy: trained here, step by step
        for _ in range(updates):  # the run is idle: train it here, step by step
            tr.update()
            if view == "cliff":
                m._path_to(tr)
            if view == "contributions" and tr.evaluate()[tr.task.metric_name] >= 1.0:
                break
        m.show_view(view)
        m.dock.resize(*SIZE)
        app.processEvents()
        if view == "contributions":
            m.compute_now(tr)
            m.view.contributions.select_output(6)
        else:
            m.compute_now(tr)
        for _ in range(5):
            app.processEvents()
        m.dock.grab().save(str(out / name))
        print(out / name)
        if "dark" in look:
            w.workspace.toggle_presentation(False)
        w.workspace.confirm_close = False
        w.close()
        if "zh" in look:
            i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
