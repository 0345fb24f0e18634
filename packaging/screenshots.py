"""Screenshots of the real app for the README: resources/screenshots/*.png.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [--out DIR] [--only NAME ...]
    python packaging/screenshots.py --lang zh_CN --out /tmp/zh   # every shot in Chinese

Runs the app offscreen with throw-away settings and saves what a user sees:

- the welcome window of a first start;
- the whole window: Trask's binary adder trained until it adds correctly; an LSTM
  spotting a word (gates and cell state inside); a run that diverges (the banner); the
  Chinese interface; the dark theme with the runs list comparing two runs; presentation
  mode at a projector's resolution; a GRU classifying the bundled labelled sequences;
- each teaching view after a short training run: lessons, unrolled network, equations,
  try it yourself, verify gradients, race mode (a race of the vanishing-gradient lesson);
  neurons you can read, after 500 updates of an LSTM on the bundled play; the gallery of
  failures.

Training stops at a number of updates, or after --seconds on a slow machine. Prints
each file written.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADDER = {"until_metric": 1.0, "eval_every": 25}
# file name -> (changes to the default preset, updates to train, what to do, language)
WINDOW_SHOTS: dict[str, tuple[dict, int, str, str | None]] = {
    "main-window.png": (ADDER, 1000, "", None),
    "lstm-detection.png": ({"cell": "lstm", "task": "detection", "hidden": 24, "lr": 0.01,
                            "init": "glorot"}, 400, "", None),
    "diverged.png": ({"activation": "relu", "init": "glorot", "recurrent_scale": 1.3,
                      "optimizer": "sgd", "lr": 5.0, "clip_mode": "none", "bits": 16}, 100,
                     "", None),
    "chinese.png": (ADDER, 400, "", "zh_CN"),
    "dark.png": (ADDER, 400, "dark", None),
    "presentation.png": (ADDER, 400, "presentation", None),
    "classify.png": ({"task": "classify", "cell": "gru", "eval_every": 25,
                      "data": str(ROOT / "resources" / "examples" / "sequences.tsv"),
                      "recommended": ("classify", "gru")}, 300, "", None),
}
# file name -> (teaching view, its size)
VIEW_SHOTS: dict[str, tuple[str, tuple[int, int]]] = {
    "lessons.png": ("lessons", (1150, 720)),
    "unrolled.png": ("unrolled", (1280, 820)),
    "equations.png": ("equations", (1000, 820)),
    "tryit.png": ("tryit", (1000, 560)),
    "gradcheck.png": ("gradcheck", (1050, 520)),
    "race.png": ("race", (1400, 850)),
    "race-contributions.png": ("race", (1400, 1050)),
    "gallery.png": ("challenges", (1150, 720)),
}


def wait(app: Any, seconds: float, until: Callable[[], bool] | None = None) -> None:
    """Run the event loop for `seconds`, or until `until()` is true."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):
        app.processEvents()
        time.sleep(0.01)


def train(app: Any, window: Any, updates: int, seconds: float) -> None:
    """Train until `updates` (or the goal, or `seconds`), pause, and paint the last update."""
    window.train()
    c = window.controller
    wait(app, seconds, lambda: c.step_count >= updates or c.state != "running")
    window.controller.pause()
    wait(app, 0.5)  # the last Progress arrives
    window.pacer.flush()
    wait(app, 0.3)  # and is painted


def save(widget: Any, path: Path) -> bool:
    if not widget.grab().save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return False
    return True


def discard(app: Any, window: Any) -> None:
    """Close a finished window without asking to save, and let Qt delete it."""
    window.workspace.confirm_close = False
    window.close()
    window.deleteLater()
    wait(app, 0.2)


def window_shot(app: Any, name: str, size: tuple[int, int], seconds: float,
                lang: str | None) -> Any:
    """The window of one WINDOW_SHOTS entry, trained and styled (not yet saved)."""
    from rnnstudio.engine.presets import recommended
    from rnnstudio.gui import i18n
    from rnnstudio.gui.main_window import MainWindow
    from rnnstudio.gui.settings import default_preset

    changes, updates, look, shot_lang = WINDOW_SHOTS[name]
    i18n.install(lang or shot_lang or "en")
    changes = dict(changes)
    if "recommended" in changes:  # the settings the app applies when switching to the task
        changes = {**recommended(*changes.pop("recommended")), **changes}
    cfg = default_preset().replace(**changes)
    window = MainWindow(cfg, restore=False)
    w, h = size
    if look == "presentation":
        w, h = max(w, 1920), max(h, 1080)
    window.resize(w, h)
    window.show()
    wait(app, 0.5)
    ws = window.workspace
    if look == "dark":  # two runs, compared in the runs list
        ws.set_theme("dark")
        train(app, window, 150, seconds)
        window.set_config(cfg.replace(cell="gru"))
        wait(app, 0.3)
        ws.runs_dock.show()
        ws.runs_dock.raise_()
    elif look == "presentation":
        ws.toggle_presentation(True)
    train(app, window, updates, seconds)
    ws.runs.redraw()
    wait(app, 1.0)
    return window


def view_shot(app: Any, window: Any, name: str, seconds: float) -> Any:
    """The dock of one teaching view in the state its screenshot shows."""
    from rnnstudio.engine.lessons import load_lessons
    from rnnstudio.gui import i18n

    view, (w, h) = VIEW_SHOTS[name]
    t = window.teaching
    if view == "race":
        lesson = next(ls for ls in load_lessons(lang=i18n.current()) if ls.id == "vanishing")
        t.race.load_lesson(lesson)
        t.race.contrib_box.setChecked(name == "race-contributions.png")
    t.show_view(view)
    dock = t.docks[view]
    dock.setFloating(True)
    dock.resize(w, h)
    wait(app, 0.8)
    if view == "tryit":
        page = t.tryit.addition
        page.a_box.setValue(45)
        page.b_box.setValue(23)
        page.compute()
    elif view == "gradcheck":
        t.verify_gradients()
        wait(app, seconds, lambda: not t.gradcheck.running)
    elif view == "challenges":  # the gallery of failures, one of them chosen
        t.challenges.tabs.setCurrentIndex(1)
        t.challenges.lists["failure"].setCurrentRow(0)
    elif view == "race":
        t.race.start()
        wait(app, seconds, lambda: not t.race.running)
    wait(app, 1.0)
    return dock


def welcome_shot(app: Any, path: Path, lang: str) -> bool:
    """The welcome window as a first start shows it."""
    from rnnstudio.gui import i18n
    from rnnstudio.gui.main_window import MainWindow

    i18n.install(lang)
    window = MainWindow(None, restore=False)
    window.show()
    wait(app, 0.5)
    dialog = window.welcome.show_welcome()
    wait(app, 0.5)
    ok = save(dialog, path)
    discard(app, window)
    return ok


CHAR_MODEL = {"task": "charlm", "cell": "lstm", "hidden": 64, "seq_len": 50, "batch": 32,
              "optimizer": "adam", "lr": 0.01, "init": "glorot", "eval_every": 100}


def neurons_shot(app: Any, path: Path, lang: str) -> bool:
    """Neurons you can read: an LSTM trained 500 updates on the play, the unit that best
    follows the position in the line, a speaker's name selected."""
    from rnnstudio.engine.config import Config
    from rnnstudio.gui import i18n
    from rnnstudio.gui.main_window import MainWindow

    i18n.install(lang)
    window = MainWindow(Config(**CHAR_MODEL), restore=False)
    window.resize(1440, 900)
    window.show()
    wait(app, 0.5)
    train(app, window, 500, 180.0)
    t = window.teaching
    view = t.neurons
    t.show_view("neurons")
    dock = t.docks["neurons"]
    dock.setFloating(True)
    dock.resize(1280, 760)
    if dock.width() < 1280:  # a floating dock stays on its screen
        print("neurons.png: the screen is too small for 1280 x 760; offscreen, give it one: "
              "QT_QPA_PLATFORM=offscreen:configfile=FILE, FILE holding {\"screens\": [{"
              "\"name\": \"s\", \"x\": 0, \"y\": 0, \"width\": 1920, \"height\": 1200}]}",
              file=sys.stderr)
    wait(app, 20.0, lambda: view.acts is not None)
    view.find_units()
    best = dict(zip(("quotes", "brackets", "line", "newline", "vowel", "capital", "space"),
                    view.ranking, strict=True))
    m = best["line"]
    view.select_unit(m.key, m.unit)
    view.features.selectRow(2)
    text = view.acts.text
    start = text.index("HORATIO:")
    view.select_span(start, start + len("HORATIO"))
    if view.places:
        view.places_list.setCurrentRow(0)
    wait(app, 1.0)
    ok = save(dock, path)
    discard(app, window)
    return ok


# file name -> a function (app, path, language) saving a dialog's picture
DIALOG_SHOTS: dict[str, Callable[[Any, Path, str], bool]] = {"welcome.png": welcome_shot,
                                                             "neurons.png": neurons_shot}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="longest training per shot")
    ap.add_argument("--out", default=str(ROOT / "resources" / "screenshots"))
    ap.add_argument("--size", default="1440x900", help="window size WxH")
    ap.add_argument("--lang", choices=("en", "zh_CN"),
                    help="take every shot in this language (default: each shot's own)")
    ap.add_argument("--only", nargs="+", metavar="NAME",
                    help="take just these shots (file names)")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = tempfile.mkdtemp(prefix="rnnstudio-shots-")
    from rnnstudio.gui import i18n
    from rnnstudio.gui.app import make_app

    app = make_app([])
    sys.setswitchinterval(0.001)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(v) for v in args.size.lower().split("x"))
    names = [n for n in (*WINDOW_SHOTS, *DIALOG_SHOTS, *VIEW_SHOTS)
             if not args.only or n in args.only]
    views = [n for n in names if n in VIEW_SHOTS]
    for name in names:
        if name in VIEW_SHOTS:
            continue
        if name in DIALOG_SHOTS:
            if not DIALOG_SHOTS[name](app, out / name, args.lang or "en"):
                return 1
            print(out / name)
            continue
        window = window_shot(app, name, size, args.seconds, args.lang)
        if not save(window, out / name):
            return 1
        c = window.controller
        print(f"{out / name}  ({c.step_count} updates, {c.state})")
        window.workspace.theme.apply("light")
        discard(app, window)
    if views:  # one adder, trained a little, shown in every view
        window = window_shot(app, "chinese.png" if args.lang == "zh_CN" else "main-window.png",
                             size, args.seconds, args.lang or "en")
        for name in views:
            dock = view_shot(app, window, name, args.seconds)
            if not save(dock, out / name):
                return 1
            print(out / name)
            dock.hide()
        discard(app, window)
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
