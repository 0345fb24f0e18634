"""Try it on sequence classification: type a sequence, see the probability of each class."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6 import QtWidgets

from ....engine.model import Network
from .common import BAD, GOOD, Page, note, prob_cell


class ClassifyPage(Page, QtWidgets.QWidget):
    view_attr = "classify"  # TryItView.classify

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.probs = np.zeros(0)
        self.rng = np.random.default_rng(0)
        self.sequence = QtWidgets.QLineEdit()
        self.sequence.setMaxLength(2000)
        self.sequence.textChanged.connect(self.compute)
        self.example = QtWidgets.QPushButton()
        self.example.clicked.connect(self.random_example)
        row = QtWidgets.QHBoxLayout()
        self.sequence_label = QtWidgets.QLabel()
        row.addWidget(self.sequence_label)
        row.addWidget(self.sequence, 1)
        row.addWidget(self.example)
        self.note = note()
        self.view = QtWidgets.QTextBrowser()
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)
        self.truth: str | None = None  # the class of the held-out example shown, if any
        self.texts()

    def texts(self) -> None:
        self.sequence.setPlaceholderText(self.tr("tokens separated by spaces"))
        self.example.setText(self.tr("Held-out example"))
        self.example.setToolTip(self.tr("A sequence the network never trained on"))
        self.sequence_label.setText(self.tr("Sequence"))

    def set_model(self, net: Network, task: Any, config: Any = None) -> None:
        self.net, self.task, self.config = net, task, config
        what = (self.tr("numbers separated by spaces") if task.data.numeric
                else self.tr("tokens separated by spaces"))
        self.sequence.setPlaceholderText(what)
        self.note.setText(self.tr(
            "The network reads the whole sequence, then names its class: {0}. Type {1} and "
            "see the probability of each class after the last one.").format(
            ", ".join(task.classes), what))
        if not self.sequence.text():
            self.random_example()
        else:
            self.compute()

    def _elements(self, text: str) -> list[str]:
        if self.task is None:
            return []
        d = self.task.data
        if not d.numeric and d.vocab and all(len(t) == 1 for t in d.vocab[:-1]) \
                and " " not in text.strip():
            return list(text.strip())  # character tokens
        return text.split()

    def random_example(self) -> None:
        if self.task is None:
            return
        d = self.task.data
        k = int(d.held[self.rng.integers(0, len(d.held))])
        seq = d.seqs[k]
        text = self.task.show(seq)
        self.sequence.blockSignals(True)
        self.sequence.setText(text)
        self.sequence.blockSignals(False)
        self.truth = d.classes[int(d.labels[k])]
        self.compute(keep_truth=True)

    def compute(self, *_: Any, keep_truth: bool = False) -> None:
        if not keep_truth:
            self.truth = None
        if self.net is None:
            return
        seq = self._elements(self.sequence.text())
        if not seq:
            self.probs = np.zeros(0)
            hint = html.escape(self.tr("Type a sequence."))
            self.view.setHtml(f"<p style='color:#777'>{hint}</p>")
            self.summary.setText("")
            return
        unknown = self.task.unknown(seq)
        if self.task.data.numeric and unknown:
            self.probs = np.zeros(0)
            self.view.setHtml("<p style='color:{}'>{}</p>".format(BAD, html.escape(self.tr(
                "Not a number: {0}").format(", ".join(unknown[:5])))))
            self.summary.setText("")
            return
        batch = self.task.encode([tuple(seq)])
        with np.errstate(all="ignore"):
            self.probs = np.asarray(self.net.predict(batch.x))[-1, 0].astype(np.float64)
        best = int(np.nan_to_num(self.probs, nan=-1.0).argmax())
        rows = []
        for k in np.argsort(-np.nan_to_num(self.probs, nan=-1.0)):
            name = html.escape(self.task.classes[k])
            bar = "█" * int(round(20 * float(np.nan_to_num(self.probs[k]))))
            weight = f"<b>{name}</b>" if k == best else name
            rows.append(f"<tr><td>{weight}</td><td style='{prob_cell(self.probs[k])}'>"
                        f"{self.probs[k]:.2f}</td><td>{bar}</td></tr>")
        name_head = html.escape(self.tr("class"))
        prob_head = html.escape(self.tr("probability"))
        head = (f"<tr><th align='left'>{name_head}</th><th>{prob_head}</th>"
                "<th></th></tr>")
        extra = ""
        if unknown:
            extra = "<p style='color:#777'>{}</p>".format(html.escape(self.tr(
                "Not in the training vocabulary (read as unknown): {0}").format(
                ", ".join(dict.fromkeys(unknown)))))
        self.view.setHtml("<table cellspacing='1' cellpadding='4'>" + head + "".join(rows)
                          + "</table>" + extra)
        answer = self.tr("The network says {0} (p = {1}).").format(
            self.task.classes[best], f"{self.probs[best]:.2f}")
        if self.truth is not None:
            right = self.truth == self.task.classes[best]
            answer += " <span style='color:{}'>{}</span>".format(
                GOOD if right else BAD,
                html.escape(self.tr("True class: {0}").format(self.truth)) +
                (" ✓" if right else " ✗"))
        self.summary.setText(answer)

    @property
    def answer(self) -> str:
        """The class of highest probability ("" before a sequence is read)."""
        if self.probs.size == 0 or self.task is None:
            return ""
        return self.task.classes[int(np.nan_to_num(self.probs, nan=-1.0).argmax())]


PAGES = {"classify": ClassifyPage}  # task name -> page
