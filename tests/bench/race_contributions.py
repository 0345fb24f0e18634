"""Race speed with each lane's contributions shown vs hidden (issue 14: at least 80 %).

    QT_QPA_PLATFORM=offscreen python tests/bench/race_contributions.py [--updates 1500]
        [--repeat 2] [--lesson vanishing]

Races a lesson's lanes in the real race view for --updates lockstep updates with the
Contributions box off, then on, interleaved, and prints updates per second of each and
the ratio of the best runs. Not a test: the numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--updates", type=int, default=1500)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--lesson", default="vanishing")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from rnnstudio.engine.lessons import load_lessons
    from rnnstudio.gui.teach.race import RaceView

    lesson = {ls.id: ls for ls in load_lessons()}[args.lesson]
    best: dict[bool, float] = {False: 0.0, True: 0.0}
    for _ in range(args.repeat):
        for on in (False, True):
            view = RaceView()
            view.resize(1400, 1000)
            view.show()
            view.load_lesson(lesson)
            view.budget_box.setValue(args.updates)
            view.contrib_box.setChecked(on)
            ended: list[str] = []
            view.finished.connect(lambda status, _text, e=ended: e.append(status))
            t0 = time.perf_counter()
            view.start()
            while not ended:
                app.processEvents()
                time.sleep(0.005)
            rate = args.updates / (time.perf_counter() - t0)
            best[on] = max(best[on], rate)
            print(f"contributions {'on ' if on else 'off'}: {rate:7.1f} updates/s", flush=True)
            view.shutdown()
            view.deleteLater()
            app.processEvents()
    print(f"{lesson.title}: shown / hidden = {best[True] / best[False]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
