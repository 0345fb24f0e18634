"""Background jobs for views that run their own engine work (race mode, gradient check).

The worker is a QObject with a ``run`` slot and a ``done`` signal; it checks a
threading.Event to stop early. Threads meet only through signals; nothing here ever
calls ``QThread.terminate()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread


def worker_thread(owner: QObject, worker: QObject, on_finished: Callable[[], None]) -> QThread:
    """A thread (not yet started) that runs `worker.run` and ends when it is `done`."""
    thread = QThread(owner)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(on_finished)
    return thread


def stop_and_join(stop: threading.Event, thread: QThread | None, timeout_ms: int) -> None:
    """Ask the job to stop and wait for its thread (for closing a view)."""
    stop.set()
    if thread is not None:
        thread.quit()
        thread.wait(timeout_ms)
