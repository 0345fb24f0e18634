"""`rnnstudio --self-test [PATH]`: prove that this installation of RNN Studio works.

Opens the real main window (offscreen when there is no display), trains the default
preset for a few dozen updates through the window's controller, checks that the plots
received data, saves a screenshot of the window to PATH, closes the window, joins the
training thread and exits 0. Any failure prints ``self-test FAILED: <reason>`` on
standard error and exits 1. It runs the same way from a source checkout, a pip
installation and the PyInstaller bundle, so installers can be checked on a build
machine without a display.

The GUI thread never blocks on the worker: waiting is a QEventLoop that a QTimer polls.
Settings go to a temporary folder, so the user's saved layout and config are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

_T0 = time.perf_counter()  # fallback clock when the process start time is unknown

DEFAULT_UPDATES = 40
DEFAULT_TIMEOUT = 120.0


class SelfTestError(RuntimeError):
    """A check failed; the message says which and why."""


def seconds_since_process_start() -> float:
    """Wall time since this process started (Linux: from /proc; elsewhere: since this
    module was imported, which misses the interpreter's own start-up)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5); fields[0] is field 3
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _T0


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="rnnstudio --self-test",
        description="Open the window offscreen, train a few dozen updates, save a "
                    "screenshot and exit 0 if everything worked.")
    p.add_argument("path", nargs="?", help="where to save the screenshot (PNG)")
    p.add_argument("--screenshot", metavar="PATH", help="same as PATH")
    p.add_argument("--updates", type=int, default=DEFAULT_UPDATES,
                   help=f"training updates to run (default {DEFAULT_UPDATES})")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help=f"seconds before giving up (default {DEFAULT_TIMEOUT:g})")
    p.add_argument("--offscreen", action="store_true",
                   help="use Qt's offscreen platform even when a display is available")
    args = p.parse_args(argv)
    if args.path and args.screenshot and args.path != args.screenshot:
        p.error("give the screenshot path once (PATH or --screenshot PATH)")
    if args.updates < 1:
        p.error("--updates: must be at least 1")
    shot = args.screenshot or args.path
    args.screenshot = Path(shot) if shot else Path(tempfile.gettempdir()) / "rnnstudio-selftest.png"
    return args


def choose_platform(force_offscreen: bool) -> str:
    """Offscreen when asked or when a Linux/BSD session has no display at all."""
    no_display = (sys.platform not in ("win32", "darwin") and not os.environ.get("DISPLAY")
                  and not os.environ.get("WAYLAND_DISPLAY"))
    if force_offscreen or (no_display and not os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return os.environ.get("QT_QPA_PLATFORM", "default")


def say(text: str) -> None:
    """A progress line on stdout (absent in Windows GUI builds, where stdout is None)."""
    if sys.stdout is not None:
        print(f"self-test: {text}", flush=True)


def wait_until(predicate, timeout: float, what: str, poll_ms: int = 20) -> None:
    """Run the Qt event loop until `predicate()` is true; SelfTestError after `timeout`."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(poll_ms)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise SelfTestError(f"timed out after {timeout:g} s waiting for {what}")


def pump(ms: int) -> None:
    """Let the event loop run for `ms` milliseconds (redraws, queued signals)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def panel_data(panel) -> tuple[int, int]:
    """(plot items in `panel` holding data, plot items in it): curves with points and
    images with pixels, found in the panel's pyqtgraph scenes."""
    import pyqtgraph as pg

    filled = total = 0
    for view in panel.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.PlotDataItem):
                total += 1
                x, _ = item.getData()
                filled += int(x is not None and len(x) > 0)
            elif isinstance(item, pg.ImageItem):
                total += 1
                filled += int(item.image is not None and item.image.size > 0)
    return filled, total


def image_varies(path: Path) -> bool:
    """True if the saved screenshot is not one flat colour."""
    from PySide6.QtGui import QImage

    img = QImage(str(path))
    if img.isNull() or img.width() < 10 or img.height() < 10:
        return False
    colours = {img.pixel(x, y) for x in range(0, img.width(), max(1, img.width() // 40))
               for y in range(0, img.height(), max(1, img.height() // 40))}
    return len(colours) > 8


def check_writable(path: Path) -> None:
    """Fail before the (slow) training if the screenshot cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise SelfTestError(f"cannot write the screenshot to {path}: "
                            f"{exc.strerror or exc}") from None


def run(args: argparse.Namespace) -> None:
    """The checks; raises SelfTestError (or anything else) on failure."""
    check_writable(args.screenshot)
    settings_dir = tempfile.mkdtemp(prefix="rnnstudio-selftest-")
    os.environ["RNNSTUDIO_SETTINGS_DIR"] = settings_dir  # never touch the user's settings
    platform = choose_platform(args.offscreen)

    from PySide6.QtCore import QTimer

    from .. import __version__
    from .app import make_app
    from .main_window import MainWindow

    sys.setswitchinterval(0.001)  # as the app does: keeps the GUI thread responsive
    app = make_app([])
    say(f"RNN Studio {__version__}, Qt platform {app.platformName()} ({platform})")
    from ..resources import resources_dir

    try:
        say(f"resources in {resources_dir()}")
    except FileNotFoundError as exc:
        raise SelfTestError(str(exc)) from None
    if app.windowIcon().isNull():
        raise SelfTestError("the application icon is missing (resources/icons not shipped?)")
    window = MainWindow(restore=False)
    try:
        shown: list[float] = []
        window.show()
        QTimer.singleShot(0, lambda: shown.append(seconds_since_process_start()))
        wait_until(lambda: bool(shown), 30, "the window to be shown")
        say(f"window shown {shown[0]:.2f} s after the process started")
        if not window.isVisible():
            raise SelfTestError("the main window is not visible after show()")

        controller = window.controller
        cfg = controller.config
        say(f"training {cfg.task} with a {cfg.cell} network ({cfg.hidden} units) "
            f"for {args.updates} updates")
        t_train = time.perf_counter()
        window.train()

        def progressed() -> bool:
            p = controller.latest
            return (p is not None and p.latest.step >= args.updates) or controller.state in (
                "finished", "diverged", "failed")

        wait_until(progressed, args.timeout, f"{args.updates} training updates")
        controller.pause()
        if controller.state == "failed":
            raise SelfTestError(f"training failed: {controller.last_message}")
        step = controller.latest.latest.step if controller.latest is not None else 0
        secs = time.perf_counter() - t_train
        say(f"{step} updates in {secs:.2f} s, state {controller.state} "
            f"(training in a {controller.host.kind})")

        loss_panel = window.loss_plot
        wait_until(lambda: len(loss_panel.loss_data()[0]) > 0, 10,
                   "the loss curve to receive points")
        pump(300)  # let the last queued progress reach every panel
        xs, _ = loss_panel.loss_data()
        summary = []
        for name, panel in window.plots.items():
            filled, total = panel_data(panel)
            summary.append(f"{name} {filled}/{total}")
        say("plot items with data: " + ", ".join(summary))
        say(f"loss curve: {len(xs)} points, last loss {controller.latest.latest.loss:.4g}")
        if len(xs) < min(args.updates, step) // 2:
            raise SelfTestError(f"the loss curve has {len(xs)} points after {step} updates")

        path = args.screenshot
        if not window.grab().save(str(path), "PNG"):
            raise SelfTestError(f"could not write the screenshot to {path}")
        if not image_varies(path):
            raise SelfTestError(f"the screenshot {path} is blank")
        say(f"screenshot saved to {path} ({path.stat().st_size} bytes)")
    finally:
        close_window(window)
    say("window closed, training stopped")


def close_window(window) -> None:
    """Close the window (its closeEvent stops and joins the training thread) and
    delete it while the QApplication still exists."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    controller = getattr(window, "controller", None)
    window.close()
    if controller is not None:
        controller.shutdown()  # no-op if closeEvent already did it
        if controller.alive:
            raise SelfTestError("training did not stop")
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shiboken6.isValid(window):
        shiboken6.delete(window)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `rnnstudio --self-test`; returns the exit status."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        run(args)
    except Exception as exc:  # every failure becomes one clear line and exit status 1
        reason = str(exc) if isinstance(exc, SelfTestError) else f"{type(exc).__name__}: {exc}"
        if sys.stderr is not None:
            if not isinstance(exc, SelfTestError):
                import traceback

                traceback.print_exc()
            print(f"self-test FAILED: {reason}", file=sys.stderr, flush=True)
        return 1
    say("passed")
    return 0
