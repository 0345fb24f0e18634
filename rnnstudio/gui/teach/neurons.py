"""Learn → Neurons you can read: a page of text coloured by one unit of a character model
(Karpathy), units ranked by how well they follow simple text features, and LSTMVis-style
search: select a span, see the units that switch on over it and where that recurs.

Everything is computed (engine.neurons) from the private copy of the run that the
teaching views get from a checkpoint, never from the live network; the forward pass over
the page runs in a background thread.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ...engine import neurons as nr
from ...engine.cells import registry
from ...engine.config import ConfigError
from .. import i18n

NAME = "neurons"
LOW, MID, HIGH = (33, 102, 172), (255, 255, 255), (214, 96, 77)  # blue, white, red
LEVELS = 40  # colour steps (runs of equal colour are formatted together)
SPAN_WAIT_MS = 200  # after the selection stops changing
MAX_SPAN = 200  # characters of a selection searched
SHOWN_UNITS = 12  # rows of the span's units table
PATTERN_UNITS = 3  # the best span units whose pattern is searched for
POLL_MS = 30  # how often the GUI thread looks for the background thread's result


def colour(value: float, lo: float, hi: float) -> QtGui.QColor:
    """Diverging map: `lo` blue, the middle white, `hi` red (clipped)."""
    t = min(max((value - lo) / (hi - lo), 0.0), 1.0)
    t = round(t * LEVELS) / LEVELS
    a, b, s = (LOW, MID, t * 2) if t < 0.5 else (MID, HIGH, t * 2 - 1)
    return QtGui.QColor(*(int(round(x + (y - x) * s)) for x, y in zip(a, b, strict=True)))


class ColourBar(QtWidgets.QWidget):
    """The colour map from lo to hi with its three values written under it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.lo, self.hi = -1.0, 1.0
        self.setMinimumWidth(160)

    def set_levels(self, lo: float, hi: float) -> None:
        self.lo, self.hi = lo, hi
        self.update()

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt override)
        return QtCore.QSize(220, self.fontMetrics().height() * 2 + 8)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt override)
        p = QtGui.QPainter(self)
        fm = self.fontMetrics()
        w, bar = self.width() - 2, max(self.height() - fm.height() - 4, 6)
        grad = QtGui.QLinearGradient(0, 0, w, 0)
        for k in range(0, 11):
            grad.setColorAt(k / 10, colour(self.lo + (self.hi - self.lo) * k / 10,
                                           self.lo, self.hi))
        p.fillRect(QtCore.QRect(1, 0, w, bar), grad)
        p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
        y = bar + fm.ascent() + 2
        mid = (self.lo + self.hi) / 2
        for i, v in enumerate((self.lo, mid, self.hi)):
            s = f"{v:g}"
            x = (1, (w - fm.horizontalAdvance(s)) // 2, w - fm.horizontalAdvance(s))[i]
            p.drawText(x, y, s)
        p.end()


class Table(QtWidgets.QTableWidget):
    """A table that asks for little height: the dock's scroll area sizes the view by its
    parts' preferred heights (the wrapped labels make it ask for a height for its width)."""

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt override)
        return QtCore.QSize(super().sizeHint().width(), 110)


class List(QtWidgets.QListWidget):
    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt override)
        return QtCore.QSize(super().sizeHint().width(), 90)


class NeuronsView(i18n.Retranslatable, QtWidgets.QWidget):
    """The page, the unit picker, the feature ranking and the span search."""

    shown = QtCore.Signal()  # a new page is coloured (tests and screenshots wait for it)
    charModelWanted = QtCore.Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.trainer: Any = None
        self.acts: nr.Activations | None = None
        self.own_text: str | None = None
        self.own_name = ""
        self.total_chars = 0
        self.page_values = np.zeros(0)
        self.ranking: list[nr.UnitMatch | None] = []
        self.span: tuple[int, int] | None = None
        self.span_found: list[nr.SpanUnit] = []
        self.places: list[nr.Place] = []
        self.pattern_units: list[int] = []
        self.highlighted: nr.Place | None = None
        self.page_name = ""
        self._job = 0
        self._closed = False
        # the thread hands its result over in a queue the GUI thread polls: no Qt object
        # is touched from the thread (the view may be gone by the time it finishes)
        self._results: queue.SimpleQueue = queue.SimpleQueue()
        self._poll = QtCore.QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._outstanding = 0  # threads whose result has not been collected

        # ---- not a character model
        self.other = QtWidgets.QWidget()
        self.other_label = QtWidgets.QLabel()
        self.other_label.setWordWrap(True)
        self.load_button = QtWidgets.QPushButton()
        self.load_button.clicked.connect(self.charModelWanted)
        o = QtWidgets.QVBoxLayout(self.other)
        o.addWidget(self.other_label)
        o.addWidget(self.load_button, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        o.addStretch(1)

        # ---- source and picker
        self.source = QtWidgets.QComboBox()
        self.source.addItem("", "run")
        self.source.addItem("", "own")
        self.source.model().item(1).setEnabled(False)  # until a text is opened
        self.source.currentIndexChanged.connect(lambda _i: self.recompute())
        self.open_button = QtWidgets.QPushButton()
        self.open_button.clicked.connect(self.ask_open)
        self.latest_button = QtWidgets.QPushButton()
        self.latest_wanted = self.latest_button.clicked
        self.layer_box = QtWidgets.QSpinBox()
        self.layer_box.setRange(1, 1)
        self.signal_box = QtWidgets.QComboBox()
        self.unit_box = QtWidgets.QSpinBox()
        self.unit_box.setRange(0, 0)
        self.layer_box.valueChanged.connect(lambda _v: self._fill_signals())
        self.signal_box.currentIndexChanged.connect(lambda _i: self._signal_changed())
        self.unit_box.valueChanged.connect(lambda _v: self._paint())
        self.bar = ColourBar()
        self.signal_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        sources, picker = QtWidgets.QHBoxLayout(), QtWidgets.QHBoxLayout()
        self.labels: dict[str, QtWidgets.QLabel] = {}  # names of the pickers, by key
        for row, label, w in ((sources, "text", self.source),
                              (sources, None, self.open_button),
                              (sources, None, self.latest_button),
                              (picker, "layer", self.layer_box),
                              (picker, "signal", self.signal_box),
                              (picker, "unit", self.unit_box)):
            if label:
                self.labels[label] = QtWidgets.QLabel()
                row.addWidget(self.labels[label])
            row.addWidget(w)
        sources.addStretch(1)
        picker.addStretch(1)
        picker.addWidget(self.bar, 1)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)

        # ---- the page
        self.text = QtWidgets.QTextEdit()
        self.text.setReadOnly(True)
        self.text.setUndoRedoEnabled(False)
        self.text.setObjectName("corpus_text")  # the learner's text, not the interface's
        self.text.setLineWrapMode(QtWidgets.QTextEdit.LineWrapMode.WidgetWidth)
        # black on the map's pale colours, whatever the theme
        self.text.setStyleSheet("QTextEdit#corpus_text { background: white; color: black; }")
        self.text.viewport().setMouseTracking(True)
        self.text.viewport().installEventFilter(self)
        self.text.selectionChanged.connect(self._selection_moved)
        self._span_timer = QtCore.QTimer(self)
        self._span_timer.setSingleShot(True)
        self._span_timer.setInterval(SPAN_WAIT_MS)
        self._span_timer.timeout.connect(self._take_selection)

        # ---- find interesting units
        self.find_button = QtWidgets.QPushButton()
        self.find_button.clicked.connect(self.find_units)
        self.features = self._table(3)
        self.features.cellClicked.connect(self._feature_clicked)

        # ---- span search
        self.span_hint = ""
        self.span_label = QtWidgets.QLabel()
        self.span_label.setWordWrap(True)
        self.threshold = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.threshold.setRange(0, 100)
        self.threshold.setValue(50)
        self.threshold_label = QtWidgets.QLabel()
        self.threshold.valueChanged.connect(lambda _v: self._search_span())
        self.span_table = self._table(3)
        self.span_table.cellClicked.connect(
            lambda row, _c: row < len(self.span_found)
            and self.unit_box.setValue(self.span_found[row].unit))
        self.places_label = QtWidgets.QLabel()
        self.places_label.setWordWrap(True)
        self.places_list = List()
        self.places_list.currentRowChanged.connect(self._place_clicked)

        side = QtWidgets.QVBoxLayout()
        side.addWidget(self.find_button)
        side.addWidget(self.features, 3)
        side.addWidget(self.span_label)
        row = QtWidgets.QHBoxLayout()
        self.labels["threshold"] = QtWidgets.QLabel()
        row.addWidget(self.labels["threshold"])
        row.addWidget(self.threshold, 1)
        row.addWidget(self.threshold_label)
        side.addLayout(row)
        side.addWidget(self.span_table, 3)
        side.addWidget(self.places_label)
        side.addWidget(self.places_list, 2)
        sidew = QtWidgets.QWidget()
        sidew.setLayout(side)
        split = QtWidgets.QSplitter()
        split.addWidget(self.text)
        split.addWidget(sidew)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.main = QtWidgets.QWidget()
        m = QtWidgets.QVBoxLayout(self.main)
        m.setContentsMargins(0, 0, 0, 0)
        m.addLayout(sources)
        m.addWidget(self.status)
        m.addLayout(picker)
        m.addWidget(split, 1)

        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(self.main)
        self.stack.addWidget(self.other)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.stack)
        self._mono()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the view in the interface language; what it shows (the page's
        description, the tables, the span search) is said again."""
        self.load_button.setText(self.tr("Load the Char-RNN lesson"))
        self.source.setItemText(0, self.tr("The run's corpus"))
        self.source.setItemText(1, self.tr("Your own text: {0}").format(self.own_name)
                                if self.own_name else self.tr("Your own text"))
        self.open_button.setText(self.tr("Open text…"))
        self.open_button.setToolTip(self.tr("Read a UTF-8 text file of your own with the "
                                            "network (characters it never saw stay "
                                            "uncoloured)"))
        self.latest_button.setText(self.tr("Latest network"))
        self.latest_button.setToolTip(self.tr("Take a new copy of the run's network (the "
                                              "page does not follow training by itself)"))
        for key, text in (("text", self.tr("Text")), ("layer", self.tr("Layer")),
                          ("signal", self.tr("Signal")), ("unit", self.tr("Unit")),
                          ("threshold", self.tr("Threshold"))):
            self.labels[key].setText(text)
        self.find_button.setText(self.tr("Find interesting units"))
        self.find_button.setToolTip(self.tr("For each text feature, the unit (any layer, "
                                            "state or gate) whose activation follows it best "
                                            "on this page: Pearson's r"))
        self.features.setHorizontalHeaderLabels([self.tr("Feature"), self.tr("Best unit"), "r"])
        self.span_hint = self.tr("Select some text on the page: the units that are on over "
                                 "it and off around it are listed here.")
        self.threshold.setToolTip(self.tr("A unit counts as on above this activation"))
        self.span_table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("On inside"),
                                                   self.tr("Off around")])
        if self.trainer is not None and self.trainer.config.task != "charlm":
            self._say_other()
        if self.acts is None:
            self._say(self.tr("Train a character model (a few updates are enough), then "
                              "open this view again."))
            self.span_label.setText(self.span_hint)
            return
        if self.trainer is not None and self.trainer.config.task == "charlm":
            self.page_name = self.page_source()[1]  # "the bundled play" in this language
        self._describe()
        for i in range(self.signal_box.count()):
            self.signal_box.setItemText(i, self._signal_label(self.signal_box.itemData(i)))
        if self.ranking:
            self.find_units()
        self._show_span()

    def _table(self, columns: int) -> Table:
        t = Table(0, columns)
        t.verticalHeader().hide()
        t.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        t.horizontalHeader().setStretchLastSection(True)
        t.setMinimumHeight(90)
        return t

    def _mono(self) -> None:
        """A fixed-width page font as large as the application's (presentation mode)."""
        f = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        size = QtWidgets.QApplication.font().pointSizeF()
        if size > 0:
            f.setPointSizeF(size)
        self.text.setFont(f)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QtCore.QEvent.Type.ApplicationFontChange,
                            QtCore.QEvent.Type.FontChange):
            self._mono()
        super().changeEvent(event)

    # ---------------------------------------------------------------- input
    def set_trainer(self, trainer: Any) -> None:
        """A private copy of the run (from a checkpoint); recomputes if it is new."""
        if trainer is self.trainer:
            return
        self.trainer = trainer
        if trainer.config.task != "charlm":
            self.stack.setCurrentWidget(self.other)
            self._say_other()
            return
        self.stack.setCurrentWidget(self.main)
        self.recompute()

    def _say_other(self) -> None:
        trainer = self.trainer
        task = i18n.setting_text(getattr(trainer.task, "title", trainer.config.task))
        self.other_label.setText(self.tr(
            "Neurons you can read needs a character model: a network that reads text "
            "one character at a time. This run is “{0}”. Load the Char-RNN lesson (or "
            "choose the task “Character language model” in the settings), train a few "
            "hundred updates, and come back.").format(task))

    def ask_open(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open a text"), "", self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.open_text(path)

    def open_text(self, path: str | Path) -> bool:
        """Read the learner's own text (bounded, UTF-8, as the corpus setting is)."""
        from ...engine.tasks.charlm import read_corpus

        try:
            text = read_corpus(Path(path))
        except ConfigError as exc:
            self._say(self.tr("Could not open the text: {0}").format(i18n.engine_text(exc)),
                      error=True)
            return False
        self.own_text, self.own_name = text, Path(path).name
        self.source.model().item(1).setEnabled(True)
        self.source.setItemText(1, self.tr("Your own text: {0}").format(self.own_name))
        if self.source.currentIndex() == 1:
            self.recompute()
        else:
            self.source.setCurrentIndex(1)  # recomputes
        return True

    def page_source(self) -> tuple[str | Path, str]:
        """(the text, or the corpus file to read it from, and its name) of the source."""
        if self.source.currentData() == "own" and self.own_text is not None:
            return self.own_text, self.own_name
        from ...engine.tasks.charlm import corpus_path

        path = self.trainer.task.path
        bundled = not self.trainer.config.corpus.strip() and path == corpus_path("")
        return path, self.tr("the bundled play (Hamlet)") if bundled else path.name

    def recompute(self) -> None:
        """Read the page and run the copy over it in a background thread."""
        if self.trainer is None or self.trainer.config.task != "charlm":
            return
        source, self.page_name = self.page_source()
        self._job += 1
        self._say(self.tr("Reading the text with the network…"))
        threading.Thread(target=self._run, args=(self._results, self._job, self.trainer, source),
                         daemon=True, name="rnnstudio-neurons").start()
        self._outstanding += 1
        self._poll.start()

    def compute_now(self, trainer: Any | None = None) -> None:
        """Compute and show synchronously (tests, screenshots)."""
        if trainer is not None and trainer is not self.trainer:
            self.trainer = None
            self.set_trainer(trainer)
        if self.trainer is None or self.trainer.config.task != "charlm":
            return
        source, self.page_name = self.page_source()
        self._job += 1
        self._on_computed(self._job, self._activations(self.trainer, source))

    @staticmethod
    def _activations(trainer: Any, source: str | Path) -> tuple[Any, int]:
        """(Activations of the page, or the exception, and the source's length)."""
        from ...engine.tasks.charlm import read_corpus

        try:
            text = read_corpus(source) if isinstance(source, Path) else source
            return nr.activations(trainer.net, trainer.task.vocab, text[:nr.PAGE_CHARS]), len(text)
        except Exception as exc:  # noqa: BLE001 (shown, never raised in a thread)
            return exc, 0

    @classmethod
    def _run(cls, results: queue.SimpleQueue, job: int, trainer: Any, source: str | Path
             ) -> None:
        results.put((job, cls._activations(trainer, source)))

    def _collect(self) -> None:
        while not self._results.empty():
            job, res = self._results.get()
            self._outstanding -= 1
            if self._outstanding <= 0:
                self._poll.stop()
            if not self._closed:
                self._on_computed(job, res)

    def _on_computed(self, job: int, got: tuple[Any, int]) -> None:
        if job != self._job:
            return  # a newer copy or text is on its way
        res, self.total_chars = got
        if isinstance(res, Exception):
            self._say(self.tr("Could not read the text: {0}").format(i18n.engine_text(res)),
                      error=True)
            return
        self.acts = res
        self.ranking = []
        self.features.setRowCount(0)
        self.span, self.span_found, self.places = None, [], []
        self.text.setPlainText(res.text)
        self.layer_box.blockSignals(True)
        self.layer_box.setRange(1, res.layers)
        self.layer_box.blockSignals(False)
        self._fill_signals()
        self._describe()
        self._show_span()
        self.shown.emit()

    # ---------------------------------------------------------------- picking
    def levels(self) -> tuple[float, float]:
        """The colour map's ends for the unit shown."""
        if self.acts is None:
            return -1.0, 1.0
        return self.acts.levels(self.signal_key(), self.unit_box.value())

    def signal_key(self) -> str:
        return f"l{self.layer_box.value() - 1}.{self.signal_box.currentData()}"

    def _signal_label(self, name: str) -> str:
        c = registry.info(self.acts.cell) if self.acts else None
        text = c.short_description(name) if c else name
        return i18n.setting_text(text)  # the registry's words (context "settings")

    def _fill_signals(self) -> None:
        if self.acts is None:
            return
        keep = self.signal_box.currentData()
        self.signal_box.blockSignals(True)
        self.signal_box.clear()
        for name in self.acts.names(self.layer_box.value() - 1):
            self.signal_box.addItem(self._signal_label(name), name)
        i = self.signal_box.findData(keep)
        self.signal_box.setCurrentIndex(max(i, 0))
        self.signal_box.blockSignals(False)
        self._signal_changed()

    def _signal_changed(self) -> None:
        if self.acts is None or self.signal_box.currentData() is None:
            return
        n = self.acts.signals[self.signal_key()].shape[1]
        self.unit_box.blockSignals(True)
        self.unit_box.setRange(0, n - 1)
        self.unit_box.blockSignals(False)
        self._paint()
        self._search_span()

    def select_unit(self, key: str, unit: int) -> None:
        """Show unit `unit` of signal `key` ("l0.h")."""
        layer, name = key.split(".", 1)
        self.layer_box.setValue(int(layer[1:]) + 1)
        i = self.signal_box.findData(name)
        if i >= 0:
            self.signal_box.setCurrentIndex(i)
        self.unit_box.setValue(unit)

    # ---------------------------------------------------------------- the page
    def _paint(self) -> None:
        """Colour every character by the chosen unit's activation after reading it."""
        acts = self.acts
        if acts is None:
            return
        key, unit = self.signal_key(), self.unit_box.value()
        values = acts.signals[key][:, unit].copy()
        values[~acts.known] = np.nan
        self.page_values = values
        lo, hi = self.levels()
        self.bar.set_levels(lo, hi)
        steps = np.where(np.isfinite(values),
                         np.round(np.clip((values - lo) / (hi - lo), 0, 1) * LEVELS), -1)
        doc = self.text.document()
        cur = QtGui.QTextCursor(doc)
        cur.beginEditBlock()
        cur.select(QtGui.QTextCursor.SelectionType.Document)
        cur.setCharFormat(QtGui.QTextCharFormat())
        edges = np.flatnonzero(np.diff(steps)) + 1
        starts = np.r_[0, edges]
        ends = np.r_[edges, len(steps)]
        for a, b in zip(starts, ends, strict=True):
            if steps[a] < 0:
                continue
            fmt = QtGui.QTextCharFormat()
            bg = colour(lo + (hi - lo) * steps[a] / LEVELS, lo, hi)
            fmt.setBackground(bg)
            fmt.setForeground(QtGui.QColor("white" if bg.lightnessF() < 0.45 else "black"))
            cur.setPosition(int(a))
            cur.setPosition(int(b), QtGui.QTextCursor.MoveMode.KeepAnchor)
            cur.setCharFormat(fmt)
        cur.endEditBlock()

    def colour_at(self, pos: int) -> QtGui.QColor | None:
        """The background the page gives character `pos` (None: uncoloured)."""
        cur = QtGui.QTextCursor(self.text.document())
        cur.setPosition(pos + 1)
        brush = cur.charFormat().background()
        return brush.color() if brush.style() != QtCore.Qt.BrushStyle.NoBrush else None

    def describe_char(self, pos: int) -> str:
        """What hovering character `pos` says."""
        if self.acts is None or not 0 <= pos < len(self.page_values):
            return ""
        ch = nr_visible(self.acts.text[pos])
        v = self.page_values[pos]
        if not np.isfinite(v):
            return self.tr("“{0}” at {1}: not in the model's vocabulary").format(ch, pos)
        return self.tr("“{0}” at {1}: {2} = {3:+.3f}").format(
            ch, pos, self.signal_box.currentText(), v)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if obj is self.text.viewport() and event.type() == QtCore.QEvent.Type.MouseMove:
            cur = self.text.cursorForPosition(event.position().toPoint())
            rect = self.text.cursorRect(cur)
            # the character under the mouse: left or right of the nearest cursor position
            pos = cur.position() - (1 if event.position().x() < rect.x() else 0)
            tip = self.describe_char(pos)
            if tip:
                QtWidgets.QToolTip.showText(event.globalPosition().toPoint(), tip, self.text)
        return super().eventFilter(obj, event)

    def _describe(self) -> None:
        acts = self.acts
        if acts is None:
            return
        step = getattr(self.trainer, "step", 0)
        parts = [self.tr("From a copy of the network at update {0}.").format(step)]
        if self.total_chars > len(acts.text):
            parts.append(self.tr("Showing the first {0} of {1} characters of {2}.").format(
                f"{len(acts.text):,}", f"{self.total_chars:,}", self.page_name))
        else:
            parts.append(self.tr("{0}: {1} characters.").format(self.page_name,
                                                                 f"{len(acts.text):,}"))
        unknown = int((~acts.known).sum())
        if unknown:
            parts.append(self.tr("{0} characters are not in the model's vocabulary: they "
                                 "stay uncoloured and count for nothing.").format(unknown))
        parts.append(self.tr("Each character is coloured by the unit's value after reading "
                             "it; hover for the number."))
        self._say(" ".join(parts))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setForegroundRole(QtGui.QPalette.ColorRole.BrightText if error else
                                      QtGui.QPalette.ColorRole.PlaceholderText)
        self.status.setStyleSheet("color: #D55E00;" if error else "")

    # ---------------------------------------------------------------- ranking
    def feature_label(self, name: str) -> str:
        labels = {"quotes": self.tr("inside double quotes"),
                  "brackets": self.tr("inside brackets"),
                  "line": self.tr("position in the line"),
                  "newline": self.tr("right after a newline"),
                  "vowel": self.tr("a vowel"),
                  "capital": self.tr("a capital letter"),
                  "space": self.tr("a space")}
        return labels.get(name, nr.FEATURES[name][0] if name in nr.FEATURES else name)

    def unit_label(self, key: str, unit: int) -> str:
        layer, name = key.split(".", 1)
        text = self.tr("{0} #{1}").format(self._signal_label(name), unit)
        if self.acts is not None and self.acts.layers > 1:
            text = self.tr("layer {0}, {1}").format(int(layer[1:]) + 1, text)
        return text

    def find_units(self) -> None:
        """Fill the table: the best unit for every feature of the page."""
        if self.acts is None:
            return
        self.ranking = nr.rank_features(self.acts)
        names = list(nr.FEATURES)
        self.features.setRowCount(len(names))
        for row, (name, m) in enumerate(zip(names, self.ranking, strict=True)):
            cells = [self.feature_label(name)]
            if m is None:
                cells += [self.tr("not on this page"), "–"]
            else:
                cells += [self.unit_label(m.key, m.unit), f"{m.r:+.2f}"]
            for col, s in enumerate(cells):
                self.features.setItem(row, col, QtWidgets.QTableWidgetItem(s))
        self.features.resizeColumnsToContents()

    def ranking_rows(self) -> list[tuple[str, str, str]]:
        t = self.features
        return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]

    def _feature_clicked(self, row: int, _col: int) -> None:
        if row < len(self.ranking) and self.ranking[row] is not None:
            m = self.ranking[row]
            self.select_unit(m.key, m.unit)

    # ---------------------------------------------------------------- span search
    def select_span(self, start: int, end: int) -> None:
        """Select text[start:end] on the page, as a mouse drag would."""
        cur = self.text.textCursor()
        cur.setPosition(start)
        cur.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cur)
        self._take_selection()

    def _selection_moved(self) -> None:
        self._span_timer.start()

    def _take_selection(self) -> None:
        self._span_timer.stop()
        cur = self.text.textCursor()
        a, b = cur.selectionStart(), cur.selectionEnd()
        if b <= a or self.acts is None:
            return  # a click elsewhere keeps the last search
        self.span = (a, min(b, a + MAX_SPAN))
        self._search_span()

    def threshold_value(self) -> float:
        # the signal's levels, the same for all its units
        lo, hi = self.acts.levels(self.signal_key()) if self.acts else (-1.0, 1.0)
        return lo + (hi - lo) * self.threshold.value() / 100

    def _search_span(self) -> None:
        self.threshold_label.setText(f"{self.threshold_value():+.2f}")
        if self.acts is None or self.span is None:
            self._show_span()
            return
        key, th = self.signal_key(), self.threshold_value()
        a, b = self.span
        self.span_found = nr.span_units(self.acts, key, a, b, th)
        good = [u.unit for u in self.span_found if u.score >= 0.5][:PATTERN_UNITS]
        units = good or [u.unit for u in self.span_found[:1]]
        self.places = nr.recurrences(self.acts, key, units, a, b, th) if units else []
        self.pattern_units = units
        self._show_span()

    def _show_span(self) -> None:
        t = self.span_table
        found = self.span_found[:SHOWN_UNITS]
        t.setRowCount(len(found))
        for row, u in enumerate(found):
            for col, s in enumerate((self.unit_label(self.signal_key(), u.unit),
                                     f"{u.on_inside:.0%}", f"{u.off_around:.0%}")):
                t.setItem(row, col, QtWidgets.QTableWidgetItem(s))
        t.resizeColumnsToContents()
        self.places_list.blockSignals(True)
        self.places_list.clear()
        if self.span is None or self.acts is None:
            self.places_label.setText("")
            self.span_label.setText(self.span_hint)
        else:
            a, b = self.span
            shown = nr_visible(self.acts.text[a:b])
            if not self.span_found:
                self.span_label.setText(self.tr("No unit of this signal is on over “{0}” and "
                                                "off around it at this threshold.").format(
                                                    shown))
            else:
                self.span_label.setText(self.tr("Units on over “{0}” and off around it (as "
                                                "many characters on each side):").format(
                                                    shown))
            units = ", ".join(f"#{u}" for u in self.pattern_units)
            self.places_label.setText(
                self.tr("Other places where {0} switch the same way: {1}").format(
                    units, len(self.places)) if self.span_found else "")
            text = self.acts.text
            for p in self.places:
                snippet = nr_visible(text[max(p.start - 8, 0):p.start]) + "[" + \
                    nr_visible(text[p.start:p.end]) + "]" + nr_visible(text[p.end:p.end + 8])
                self.places_list.addItem(self.tr("{0}: {1} ({2:.0%} alike)").format(
                    p.start, snippet, p.similarity))
        self.places_list.blockSignals(False)
        self._highlight(None)

    def span_rows(self) -> list[int]:
        return [u.unit for u in self.span_found]

    def _place_clicked(self, row: int) -> None:
        if 0 <= row < len(self.places):
            self._highlight(self.places[row])

    def _highlight(self, place: nr.Place | None) -> None:
        """Frame a recurrence on the page and scroll to it."""
        self.highlighted = place
        if place is None:
            self.text.setExtraSelections([])
            return
        sel = QtWidgets.QTextEdit.ExtraSelection()
        cur = QtGui.QTextCursor(self.text.document())
        cur.setPosition(place.start)
        cur.setPosition(place.end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cur
        fmt = QtGui.QTextCharFormat()
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setFontWeight(QtGui.QFont.Weight.Bold)
        fmt.setForeground(QtGui.QColor("#000000"))
        sel.format = fmt
        self.text.setExtraSelections([sel])
        view = QtGui.QTextCursor(self.text.document())
        view.setPosition(place.start)
        self.text.blockSignals(True)
        self.text.setTextCursor(view)
        self.text.ensureCursorVisible()
        self.text.blockSignals(False)

    def shutdown(self) -> None:
        self._closed = True
        self._poll.stop()


def nr_visible(text: str) -> str:
    """Text on one line (newlines and tabs as symbols)."""
    from ...engine.tasks.charlm import visible

    return visible(text)


def install(teaching: Any) -> NeuronsView:
    """Add the view to the window's teaching views and the Learn menu; it gets its copy
    of the network where the other views get theirs (Teaching._show)."""
    from ...engine.lessons import load_lessons
    from .challenges_panel import _add_to_learn_menu

    w = teaching.w
    view = NeuronsView()
    title = QtCore.QCoreApplication.translate("Teaching", "Neurons you can read")
    dock = teaching._dock(title, NAME, view)
    teaching.docks[NAME] = dock
    w.tabifyDockWidget(w.docks["prediction"], dock)
    w.docks["prediction"].raise_()
    _add_to_learn_menu(teaching, NAME, title, "Ctrl+F5")
    teaching.neurons = view

    show, placed = teaching._show, []

    def _show(names: list[str], trainer: Any) -> None:
        if NAME in names:
            view.set_trainer(trainer)
        show([n for n in names if n != NAME], trainer)

    teaching._show = _show
    show_view = teaching.show_view

    def show_large(name: str) -> None:
        if name == NAME and not placed and not dock.isFloating():
            placed.append(True)  # the first time, a large window over the main one
            geo = w.geometry()
            dock.setFloating(True)
            dock.resize(int(geo.width() * 0.85), int(geo.height() * 0.85))
            dock.move(geo.x() + geo.width() // 14, geo.y() + geo.height() // 14)
        show_view(name)
        if name == NAME and view.trainer is None:
            latest()

    teaching.show_view = show_large

    def latest() -> None:
        from ..teaching import CAPTURE_TAG

        c = w.controller
        if c.state == "running":  # a copy taken between two updates
            teaching._wanted.add(NAME)
            c.request_capture(CAPTURE_TAG)
        else:
            teaching.refresh(NAME, force=True)

    view.latest_wanted.connect(latest)

    def follow(*_: Any) -> None:  # a new run or a pause: a new copy, if the view is shown
        if teaching._visible(NAME) or dock.isFloating() and dock.isVisible():
            teaching.refresh(NAME, force=True)

    w.controller.run_reset.connect(follow)
    w.controller.confirmed.connect(lambda s: s != "running" and follow())

    def char_model() -> None:
        lesson = next((x for x in load_lessons(lang=i18n.current()) if x.id == "charrnn"),
                      None)
        if lesson is not None:
            teaching.open_lesson(lesson)

    view.charModelWanted.connect(char_model)
    closing = teaching.shutdown

    def shutdown() -> None:
        view.shutdown()
        closing()

    teaching.shutdown = shutdown
    return view
