"""The Challenges panel: challenges to solve and a gallery of failures to break and fix.

Two tabs list the challenges and the failures (``engine.challenges``, in the interface
language); passed ones are ticked, and the ticks are kept in QSettings. **Load** starts
the chosen entry's config in the main window (a failure's broken set-up; **Load the fix**
its fix), **Check my run** checks the current run from its config and progress history
(never the live network) and shows why it did not pass. **Open file…** adds a challenge
file an instructor handed out. A challenge with ``"predict_first": true`` asks for the
unrolled view's Predict first mode on Load (``predictWanted``); its ``predict`` condition
reads the score that `predict_source` gives (the view's quiz, recorded on this run).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from ...engine import challenges as chm
from ...engine.lessons import settings_line
from .. import i18n
from .lessons_panel import CSS
from .picker_layout import follow_width

PASSED_KEY = "challenges/passed"
TICK = "✓"
OPEN = "○"


def _store() -> QtCore.QSettings:
    from ..settings import Settings

    return Settings().qs


class ChallengesPanel(i18n.Retranslatable, QtWidgets.QWidget):
    """Emits ``configChosen(Config, title)`` for Load; `record_source` gives the run to
    check (a :class:`~rnnstudio.engine.challenges.RunRecord`, or None without a run)."""

    configChosen = QtCore.Signal(object, str)  # noqa: N815 (Qt signal naming)
    checked = QtCore.Signal(object, object)  # noqa: N815 (challenge, verdict)
    predictWanted = QtCore.Signal()  # noqa: N815 (a predict-first challenge was loaded)

    def __init__(self, items: Sequence[chm.Challenge] | None = None,
                 record_source: Callable[[], chm.RunRecord | None] | None = None,
                 store: QtCore.QSettings | None = None,
                 parent: QtWidgets.QWidget | None = None,
                 predict_source: Callable[[], dict] | None = None) -> None:
        super().__init__(parent)
        self.record_source = record_source
        self.predict_source = predict_source
        self.store = store if store is not None else _store()
        self.items: dict[str, list[chm.Challenge]] = {"challenge": [], "failure": []}
        self.tabs = QtWidgets.QTabWidget()
        self.lists: dict[str, QtWidgets.QListWidget] = {}
        for kind in ("challenge", "failure"):
            lst = QtWidgets.QListWidget()
            lst.setWordWrap(True)
            lst.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
            lst.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
            lst.setAlternatingRowColors(True)
            lst.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.currentRowChanged.connect(lambda _row: self._show())
            lst.itemActivated.connect(lambda _item: self.load())
            self.lists[kind] = lst
            self.tabs.addTab(lst, "")
        self.tabs.currentChanged.connect(lambda _i: self._show())
        self.progress = QtWidgets.QLabel("")
        self.progress.setStyleSheet("color: #555555;")
        self.open_button = QtWidgets.QPushButton()
        self.open_button.clicked.connect(self.ask_open)

        self.text = QtWidgets.QTextBrowser()
        self.text.document().setDefaultStyleSheet(CSS)
        self.text.document().setDocumentMargin(10)
        self.load_button = QtWidgets.QPushButton()
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.load)
        self.fix_button = QtWidgets.QPushButton()
        self.fix_button.clicked.connect(self.load_fix)
        self.check_button = QtWidgets.QPushButton()
        self.check_button.clicked.connect(self.check)
        self.result = QtWidgets.QLabel("")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QtWidgets.QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00;")
        self.error.hide()

        left = QtWidgets.QVBoxLayout()
        left.addWidget(self.tabs, 1)
        left.addWidget(self.progress)
        left.addWidget(self.open_button)
        left.addWidget(self.error)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addWidget(self.result)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.fix_button)
        row.addWidget(self.load_button)
        right.addLayout(row)
        lay = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(left, 2)
        lay.addLayout(right, 5)
        self.text.setMinimumHeight(120)

        self._bundled = items is None  # the bundled ones, read in the interface language
        self._opened: list[chm.Challenge] = []  # added with Open file…
        self._read: dict[str, list[chm.Challenge]] = {}  # bundled ones by language
        self._retranslate_texts()
        self.set_items(self._load() if items is None else items)

    def _load(self) -> list[chm.Challenge]:
        lang = i18n.current()
        try:
            if lang not in self._read:
                self._read[lang] = chm.load_challenges(lang=lang)
            return self._read[lang]
        except chm.ChallengeError as exc:
            self._say_error(self.tr("Challenges could not be loaded: {0}").format(
                i18n.engine_text(exc)))
            return []

    def _retranslate_texts(self) -> None:
        self.tabs.setTabText(0, self.tr("Challenges"))
        self.tabs.setTabText(1, self.tr("Gallery of failures"))
        self.open_button.setText(self.tr("Open file…"))
        self.open_button.setToolTip(self.tr("Add a challenge file (JSON) an instructor "
                                            "handed out"))
        self.fix_button.setText(self.tr("Load the fix"))
        self.check_button.setText(self.tr("Check my run"))
        self.check_button.setToolTip(self.tr("Check the current run (its settings and "
                                             "history) against this challenge"))

    def retranslate(self) -> None:
        """The bundled challenges read again in the interface language (files opened
        stay), the same one selected."""
        self._retranslate_texts()
        if not self._bundled:
            self._fill()
            return
        shown = self.current()
        opened = {c.id for c in self._opened}
        self.set_items([c for c in self._load() if c.id not in opened] + self._opened)
        if shown is not None:
            self.select(shown.id)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        follow_width(self, self.tabs)

    # ------------------------------------------------------------------ API
    def set_items(self, items: Sequence[chm.Challenge]) -> None:
        self.items = {"challenge": [], "failure": []}
        for ch in items:
            self.items[ch.kind].append(ch)
        self._fill()

    def passed(self) -> set[str]:
        raw = self.store.value(PASSED_KEY, "")
        return {s for s in str(raw or "").split(",") if s}

    def current(self) -> chm.Challenge | None:
        kind = self.kind()
        row = self.lists[kind].currentRow()
        items = self.items[kind]
        return items[row] if 0 <= row < len(items) else None

    def kind(self) -> str:
        return "failure" if self.tabs.currentIndex() == 1 else "challenge"

    def select(self, cid: str) -> bool:
        for kind, items in self.items.items():
            for i, ch in enumerate(items):
                if ch.id == cid:
                    self.tabs.setCurrentIndex(1 if kind == "failure" else 0)
                    self.lists[kind].setCurrentRow(i)
                    return True
        return False

    def load(self) -> None:
        ch = self.current()
        if ch is not None:
            self.configChosen.emit(ch.config, ch.title)
            if ch.predict_first:
                self.predictWanted.emit()

    def load_fix(self) -> None:
        ch = self.current()
        if ch is not None and ch.solution and ch.is_failure:
            self.configChosen.emit(ch.solution_config(ch.config.seed), ch.title)

    def check(self) -> chm.Verdict | None:
        """Check the current run against the selected challenge; show and return the
        verdict (None without a challenge or a run)."""
        ch = self.current()
        record = self.record_source() if self.record_source is not None else None
        if ch is None:
            return None
        if record is None:
            self._show_result(self.tr("There is no run to check yet: load the challenge "
                                      "and train it."), "warning")
            return None
        if self.predict_source is not None:
            record = replace(record, predict=self.predict_source())
        verdict = chm.evaluate(ch, record)
        if verdict.passed:
            done = self.passed() | {ch.id}
            self.store.setValue(PASSED_KEY, ",".join(sorted(done)))
            self.store.sync()
            self._fill(keep=ch.id)
            self._show_result(self.tr("{0} Passed: {1}").format(
                TICK, i18n.engine_text(verdict.summary)), "success")
        else:
            self._show_result(self.tr("Not passed yet: {0}").format(
                i18n.engine_text(verdict.reason)), "error")
        self.checked.emit(ch, verdict)
        return verdict

    def ask_open(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open a challenge"), "", self.tr("Challenges (*.json)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Add the challenge in `path` to its list and select it (a message if it is wrong)."""
        try:
            ch = chm.load_challenge(path)
        except chm.ChallengeError as exc:
            self._say_error(i18n.engine_text(exc))
            return False
        self.error.hide()
        self._opened = [c for c in self._opened if c.id != ch.id] + [ch]
        items = [c for c in self.items[ch.kind] if c.id != ch.id] + [ch]
        self.items[ch.kind] = items
        self._fill(keep=ch.id)
        return self.select(ch.id)

    # -------------------------------------------------------------- show
    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _fill(self, keep: str | None = None) -> None:
        keep = keep or (self.current().id if self.current() is not None else None)
        done = self.passed()
        for kind, lst in self.lists.items():
            lst.blockSignals(True)
            lst.clear()
            for ch in self.items[kind]:
                mark = f"{TICK} " if ch.id in done else f"{OPEN} "
                item = QtWidgets.QListWidgetItem(f"{mark}{ch.title}")
                item.setToolTip(ch.goal)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, ch.id)
                lst.addItem(item)
            lst.blockSignals(False)
            if self.items[kind] and lst.currentRow() < 0:
                lst.setCurrentRow(0)
        n = len(self.items["challenge"])
        solved = sum(ch.id in done for ch in self.items["challenge"])
        self.progress.setText(self.tr("{0} of {1} challenges passed").format(solved, n))
        if keep is not None:
            self.select(keep)
        self._show()

    def _show(self) -> None:
        ch = self.current()
        self.result.setText("")
        self.result.hide()
        for b in (self.load_button, self.check_button):
            b.setEnabled(ch is not None)
        self.fix_button.setVisible(ch is not None and ch.is_failure)
        self.fix_button.setEnabled(ch is not None and bool(ch.solution))
        if ch is None:
            self.text.clear()
            return
        self.load_button.setText(self.tr("Load the broken set-up") if ch.is_failure
                                 else self.tr("Load challenge"))
        self.text.setMarkdown(self.markdown(ch))
        self.text.moveCursor(QtGui.QTextCursor.MoveOperation.Start)

    def markdown(self, ch: chm.Challenge) -> str:
        parts = [f"# {ch.title}", "", ch.goal, ""]
        if ch.is_failure:
            heads = (self.tr("What goes wrong"), self.tr("Why"), self.tr("The fix to try"),
                     self.tr("What to look at"))
            for head, body in zip(heads, (ch.symptom, ch.why, ch.fix, ch.hint), strict=True):
                parts += ["## " + head, "", body, ""]
        else:
            parts += ["## " + self.tr("Hint"), "", ch.hint, ""]
        parts += ["## " + self.tr("Starting settings"), "", settings_line(ch.config, ch.lang),
                  "", self.tr("At most {0} updates. Load it, train it (Space), then press "
                              "Check my run.").format(ch.max_updates)]
        if ch.id in self.passed():
            parts += ["", "**" + self.tr("{0} You passed this one.").format(TICK) + "**"]
        return "\n".join(parts) + "\n"

    def _show_result(self, text: str, level: str) -> None:
        colour = {"success": "#009E73", "error": "#D55E00"}.get(level, "#555555")
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result.setText(text)
        self.result.show()


# ===================================================================== in the window
def window_record(window: Any) -> chm.RunRecord | None:
    """The main window's current run as the checker reads it: config, a copy of the
    progress history, and whether it diverged (None before the first update)."""
    c = window.controller
    history = window.workspace.history.copy()
    if not history.steps and not history.evals:
        return None
    diverged = c.state == "diverged"
    return chm.RunRecord(c.config, history, diverged,
                         history.steps[-1] + 1 if diverged and history.steps else None)


def install(teaching: Any) -> ChallengesPanel:
    """Add the Challenges panel to the window's teaching views and the Learn menu."""
    w = teaching.w
    panel = ChallengesPanel(record_source=lambda: window_record(w),
                            predict_source=lambda: teaching.unrolled.predict.quiz.as_dict())
    dock = teaching._dock("", "challenges", panel)
    teaching.docks["challenges"] = dock
    w.tabifyDockWidget(teaching.docks["lessons"], dock)
    w.settings_dock.raise_()  # the settings stay in front of their tab group

    def chosen(config: Any, title: str) -> None:
        if w.set_config(config, fresh=True):
            w.banner.show_message(QtCore.QCoreApplication.translate(
                "Teaching", "Challenge “{0}” loaded: press Train (Space), then Check my "
                "run.").format(title), "info")

    panel.configChosen.connect(chosen)

    def predict_on() -> None:  # a fresh score for the new run, predict mode on
        teaching.unrolled.predict.quiz.reset()
        teaching.unrolled.set_predict(True)

    panel.predictWanted.connect(predict_on)
    _add_to_learn_menu(teaching, "challenges", "", "Ctrl+F2")
    teaching.challenges = panel
    return panel


def _add_to_learn_menu(teaching: Any, name: str, title: str, key: str | None) -> QtGui.QAction:
    """An entry in the Learn menu, after the views (before its first separator), that
    shows dock `name`."""
    act = QtGui.QAction(title, teaching.w)
    if key:
        act.setShortcut(QtGui.QKeySequence(key))
    act.triggered.connect(lambda _=False: teaching.show_view(name))
    teaching.w.addAction(act)
    menu = next((m for m in teaching.actions["lessons"].associatedObjects()
                 if isinstance(m, QtWidgets.QMenu)), None)
    if menu is not None:
        sep = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertAction(sep, act) if sep is not None else menu.addAction(act)
    teaching.actions[name] = act
    return act
