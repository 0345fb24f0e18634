"""Redraw pacing: how Progress messages become plot updates without freezing the window.

Messages that arrive while the GUI is busy are merged into one. A redraw cycle then
hands the merged Progress to one panel per event-loop turn (each followed by its
paint), so no single event handler draws the whole window, and input and timers are
served between panels. A panel that returns an iterator is drawn in parts, one per
turn (each part and its paint kept short: Qt runs a timer only once the posted events
before it, such as a paint, are done). Cycles are spaced so that drawing uses at most
`duty` of the time (but refresh at least every `max_gap` seconds): on a slow machine
the plots refresh less often, the window stays responsive, training keeps most of the
CPU, and every update's loss still reaches the curve.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import numpy as np
from PySide6.QtCore import QObject, QTimer

from .messages import Progress

STEP_GAP_MS = 1  # pause between two panels of one cycle: lets the paint and input run
_DONE = object()


def merge(items: list[Progress]) -> Progress:
    """Several Progress messages of one run as one."""
    if len(items) == 1:
        return items[0]
    last = items[-1]
    probe, probe_step, sample = None, None, None
    for p in items:
        if p.probe is not None:
            probe, probe_step = p.probe, p.probe_step
        if p.sample is not None:
            sample = p.sample

    def cat(attr: str) -> np.ndarray:
        a = np.concatenate([getattr(p, attr) for p in items])
        a.flags.writeable = False
        return a

    return Progress(run_id=last.run_id, steps=cat("steps"), losses=cat("losses"),
                    grad_norms=cat("grad_norms"), grad_norms_clipped=cat("grad_norms_clipped"),
                    evals=tuple(e for p in items for e in p.evals), latest=last.latest,
                    probe=probe, probe_step=probe_step, sample=sample,
                    flows=tuple(f for p in items for f in p.flows))


Target = Callable[[Progress], "Iterator[None] | None"]


class RedrawPacer(QObject):
    def __init__(self, targets: list[Target],
                 current_run: Callable[[], int], hold: Callable[[], None] | None = None,
                 release: Callable[[], None] | None = None,
                 min_interval: float = 0.033, duty: float = 0.15, max_gap: float = 0.5,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.targets = targets
        self.current_run = current_run
        self.hold = hold  # called when a cycle starts: the training thread pauses...
        self.release = release  # ...until the cycle ends
        self.min_interval = min_interval
        self.duty = duty
        self.max_gap = max_gap  # however slow drawing is, refresh at least this often
        self.cycles = 0  # completed redraw cycles (benchmarks read it)
        self.cost = 0.0  # smoothed seconds per cycle, paint included
        self._pending: list[Progress] = []
        self._queue: list[Target] = []
        self._part: Iterator[None] | None = None  # a target drawn in parts
        self._current: Progress | None = None
        self._busy = False
        self._next_at = 0.0
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)

    def push(self, p: Progress) -> None:
        self._pending.append(p)
        self._schedule()

    def clear(self) -> None:
        """Drop queued messages and any cycle in progress (a new run started)."""
        self._pending.clear()
        self._queue.clear()
        self._part = None
        self._current = None
        if self.release is not None:
            self.release()

    def flush(self) -> None:
        """Draw everything pending now, in one go (tests, screenshots)."""
        self._timer.stop()
        if self._pending:
            p = self._take()
            if p is not None:
                for target in self.targets:
                    for _ in target(p) or ():
                        pass

    # ------------------------------------------------------------------ cycle
    def _take(self) -> Progress | None:
        run = self.current_run()
        items = [p for p in self._pending if p.run_id == run]
        self._pending.clear()
        return merge(items) if items else None

    def _schedule(self) -> None:
        if self._busy or self._timer.isActive() or not self._pending:
            return
        delay = max(0.0, self._next_at - time.perf_counter())
        self._timer.start(int(delay * 1000))

    def _start(self) -> None:
        p = self._take()
        if p is None:
            return
        self._busy = True
        self._current = p
        self._queue = list(self.targets)
        self._started = time.perf_counter()
        if self.hold is not None:
            self.hold()
        self._step()

    def _step(self) -> None:
        p = self._current
        if p is None or p.run_id != self.current_run():
            self._queue.clear()
            self._part = None
        try:
            if self._part is not None:  # the next part of a target drawn in parts
                if next(self._part, _DONE) is _DONE:
                    self._part = None
                return
            if not self._queue:
                self._finish()
                return
            parts = self._queue.pop(0)(p)
            if parts is not None and next(parts, _DONE) is not _DONE:
                self._part = parts
        finally:  # a failing panel must not stop the cycle (or hold training)
            if self._busy:
                QTimer.singleShot(STEP_GAP_MS, self._step)

    def _finish(self) -> None:
        if self.release is not None:
            self.release()
        now = time.perf_counter()
        if self._current is not None:
            cost = now - self._started
            self.cost = cost if self.cycles == 0 else 0.7 * self.cost + 0.3 * cost
            self.cycles += 1
        self._current = None
        self._busy = False
        gap = max(self.min_interval - self.cost,
                  min(self.cost * (1.0 / self.duty - 1.0), self.max_gap))
        self._next_at = now + gap
        self._schedule()
