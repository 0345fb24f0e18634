"""Try it on sequence detection: a letter stream, the flag after every letter."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ....engine.model import Network
from .common import BAD, GOOD, MAX_LETTERS, Page, note, prob_cell


class DetectionPage(Page, QtWidgets.QWidget):
    view_attr = "detection"  # TryItView.detection
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.probs = np.zeros(0)
        self.letters = QtWidgets.QLineEdit()
        self.letters.setMaxLength(MAX_LETTERS)
        self.letters.setValidator(QtGui.QRegularExpressionValidator(
            QtCore.QRegularExpression("[a-z]*"), self))
        self.letters.textChanged.connect(self.compute)
        self.plant = QtWidgets.QPushButton()
        self.plant.clicked.connect(self.random_stream)
        self.rng = np.random.default_rng(0)
        row = QtWidgets.QHBoxLayout()
        self.letters_label = QtWidgets.QLabel()
        row.addWidget(self.letters_label)
        row.addWidget(self.letters, 1)
        row.addWidget(self.plant)
        self.note = note()
        self.view = QtWidgets.QTextBrowser()
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        self.texts()

    def texts(self) -> None:
        self.letters.setPlaceholderText(self.tr("lower-case letters a–z"))
        self.plant.setText(self.tr("Random letters with the word"))
        self.plant.setToolTip(self.tr("Random letters with the word hidden among them"))
        self.letters_label.setText(self.tr("Letters"))

    def set_model(self, net: Network, task: Any, config: Any = None) -> None:
        self.net, self.task, self.config = net, task, config
        self.note.setText(self.tr(
            "The network raises a flag when the word “{0}” has just been read. Type letters "
            "(a–z) and see the flag probability after each one; ▲ marks a raised flag "
            "(p > 0.5), ✓ where the word really ends.").format(task.word))
        if not self.letters.text():
            self.random_stream()
        else:
            self.compute()

    def random_stream(self) -> None:
        from ....engine.tasks.detection import ALPHABET

        word = self.task.word if self.task is not None else "udacity"
        left = "".join(ALPHABET[k] for k in self.rng.integers(0, 26, size=6))
        right = "".join(ALPHABET[k] for k in self.rng.integers(0, 26, size=5))
        self.letters.setText(left + word + right)

    def compute(self) -> None:
        if self.net is None:
            return
        from ....engine.tasks.detection import ALPHABET

        text = self.letters.text()
        if not text:
            self.probs = np.zeros(0)
            hint = html.escape(self.tr("Type some letters."))
            self.view.setHtml(f"<p style='color:#777'>{hint}</p>")
            self.summary.setText("")
            return
        idx = np.array([[ALPHABET.index(c)] for c in text], dtype=np.int64)
        batch = self.task.encode(idx)
        with np.errstate(all="ignore"):
            self.probs = np.asarray(self.net.predict(batch.x))[:, 0, 0].astype(np.float64)
        true = batch.y[:, 0, 0] > 0.5
        per_row = 20
        heads = [self.tr("letter"), self.tr("p(flag)"), self.tr("flag"), self.tr("word ends")]
        blocks = []
        for s in range(0, len(text), per_row):
            cols = range(s, min(s + per_row, len(text)))
            letters = "".join(f"<td><b>{text[t]}</b></td>" for t in cols)
            probs = "".join(f"<td style='{prob_cell(self.probs[t])}'>{self.probs[t]:.2f}</td>"
                            for t in cols)
            flags = "".join(
                f"<td style='color:{GOOD if true[t] else BAD}'>▲</td>" if self.probs[t] > 0.5
                else "<td></td>" for t in cols)
            ends = "".join(f"<td style='color:{GOOD}'>✓</td>" if true[t] else "<td></td>"
                           for t in cols)
            blocks.append(
                "<table cellspacing='1' cellpadding='4' style='text-align:center'>"
                f"<tr><th align='left'>{heads[0]}</th>{letters}</tr>"
                f"<tr><th align='left'>{heads[1]}</th>{probs}</tr>"
                f"<tr><th align='left'>{heads[2]}</th>{flags}</tr>"
                f"<tr><th align='left'>{heads[3]}</th>{ends}</tr></table><br>")
        self.view.setHtml("".join(blocks))
        raised = self.probs > 0.5
        hits = int((raised & true).sum())
        false = int((raised & ~true).sum())
        self.summary.setText(self.tr(
            "The word ends {0} time(s); the network caught {1} and raised {2} false "
            "alarm(s).").format(int(true.sum()), hits, false))


PAGES = {'detection': DetectionPage}  # task name -> page
