"""The lessons panel: a list of ready lessons, the chosen one's explanation and what to
look for, and a button that loads it (a race lesson opens race mode).

The panel only reads lessons (``engine.lessons.load_lessons``, in the interface
language) and announces the choice through ``lessonChosen(Lesson)``; the main window
loads the config.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from ...engine.lessons import Lesson, LessonError, load_lessons
from .. import i18n
from .picker_layout import follow_width

RACE_MARK = "⇶"  # shown before race lessons in the list

CSS = """
h1 { font-size: 17pt; margin-bottom: 4px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 2px; color: #0072B2; }
p, li { font-size: 10.5pt; line-height: 135%; }
pre, code { font-size: 10pt; color: #333333; }
"""


class LessonsPanel(i18n.Retranslatable, QtWidgets.QWidget):
    """Lists the lessons; shows the selected one; Load emits ``lessonChosen(Lesson)``.

    Double-clicking a lesson (or Enter) loads it too."""

    lessonChosen = QtCore.Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, lessons: Sequence[Lesson] | None = None,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.lessons: list[Lesson] = []
        self.list = QtWidgets.QListWidget()
        self.list.setWordWrap(True)
        # lay the items out again when the width changes, so wrapped summaries never elide
        # (no setSpacing: Qt measures items without it and then elides their last line)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        self.list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(210)
        self.list.setSizePolicy(QtWidgets.QSizePolicy.Policy.Preferred,
                                QtWidgets.QSizePolicy.Policy.Expanding)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.text = QtWidgets.QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.document().setDefaultStyleSheet(CSS)
        self.text.document().setDocumentMargin(10)
        self.load_button = QtWidgets.QPushButton()
        self.load_button.setDefault(True)
        self.load_button.clicked.connect(self.choose)
        self.kind = QtWidgets.QLabel("")
        self.kind.setStyleSheet("color: palette(placeholder-text);")  # greyed in both themes
        self.kind.setWordWrap(True)  # a long lane list must not push Load out of sight
        self.kind.setMinimumWidth(60)
        self.error = QtWidgets.QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00;")
        self.error.hide()

        left = QtWidgets.QVBoxLayout()
        head = self.head = QtWidgets.QLabel()
        bold = head.font()
        bold.setBold(True)
        head.setFont(bold)
        left.addWidget(head)
        left.addWidget(self.list, 1)
        key = self.key = QtWidgets.QLabel()
        key.setWordWrap(True)
        key.setStyleSheet("color: palette(placeholder-text);")
        left.addWidget(key)
        left.addWidget(self.error)
        right = QtWidgets.QVBoxLayout()
        right.addWidget(self.text, 1)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.kind, 1)
        row.addWidget(self.load_button)
        right.addLayout(row)
        lay = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight, self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(left, 2)
        lay.addLayout(right, 5)
        self.text.setMinimumHeight(120)

        self._bundled = lessons is None  # the bundled lessons, read in the interface language
        self._read: dict[str, list[Lesson]] = {}  # by language (a switch back reads none)
        self._retranslate_texts()
        if lessons is None:
            lessons = self._load()
        self.set_lessons(lessons)

    def _load(self) -> list[Lesson]:
        lang = i18n.current()
        if lang in self._read:
            return self._read[lang]
        try:
            lessons = self._read[lang] = load_lessons(lang=lang)
        except (LessonError, FileNotFoundError) as exc:
            self.error.setText(self.tr("Lessons could not be loaded: {0}").format(
                i18n.engine_text(exc)))
            self.error.show()
            return []
        self.error.hide()
        return lessons

    def _retranslate_texts(self) -> None:
        self.head.setText(self.tr("Lessons"))
        self.key.setText(self.tr("{0} race mode: two or three models trained side by side on "
                                 "the same batches").format(RACE_MARK))

    def retranslate(self) -> None:
        """The bundled lessons read again in the interface language, the same one shown."""
        self._retranslate_texts()
        shown = self.current()
        if self._bundled:
            self.set_lessons(self._load())
        else:
            self.set_lessons(self.lessons)
        if shown is not None:
            self.select(shown.id)

    # ------------------------------------------------------------------ API
    def set_lessons(self, lessons: Sequence[Lesson]) -> None:
        self.lessons = list(lessons)
        self.list.clear()
        for i, lesson in enumerate(self.lessons, start=1):
            mark = f"  {RACE_MARK}" if lesson.is_race else ""
            item = QtWidgets.QListWidgetItem(f"{i}. {lesson.title}{mark}\n{lesson.summary}")
            item.setToolTip(lesson.summary + (self.tr(" (race mode)") if lesson.is_race
                                              else ""))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, lesson.id)
            self.list.addItem(item)
        self.load_button.setEnabled(bool(self.lessons))
        if self.lessons:
            self.list.setCurrentRow(0)
        else:
            self.text.clear()

    def current(self) -> Lesson | None:
        row = self.list.currentRow()
        return self.lessons[row] if 0 <= row < len(self.lessons) else None

    def select(self, lesson_id: str) -> bool:
        """Show the lesson with this id; False if there is none."""
        for i, lesson in enumerate(self.lessons):
            if lesson.id == lesson_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def choose(self) -> None:
        """Emit ``lessonChosen`` with the selected lesson."""
        lesson = self.current()
        if lesson is not None:
            self.lessonChosen.emit(lesson)

    # -------------------------------------------------------------- layout
    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        follow_width(self, self.list)

    # -------------------------------------------------------------- show
    def _show(self, row: int) -> None:
        lesson = self.lessons[row] if 0 <= row < len(self.lessons) else None
        if lesson is None:
            self.text.clear()
            self.kind.setText("")
            return
        self.text.setMarkdown(lesson.markdown())
        self.text.moveCursor(QtGui.QTextCursor.MoveOperation.Start)
        if lesson.is_race:
            self.kind.setText(self.tr("Race of {0} lanes: {1}").format(
                len(lesson.lanes), self.tr(" vs ").join(lesson.labels)))
            self.load_button.setText(self.tr("Open in race mode"))
        else:
            self.kind.setText(self.tr("One run: {0}").format(lesson.lanes[0].label))
            self.load_button.setText(self.tr("Load lesson"))
