"""Try it on the character model: a prefix and a temperature, generated text."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from ....engine.model import Network
from .common import BAD, Page, mono, note, prob_cell


class CharPage(Page, QtWidgets.QWidget):
    view_attr = "chars"  # TryItView.chars
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.prefix = QtWidgets.QLineEdit("The ")
        self.prefix.setMaxLength(400)
        self.prefix.returnPressed.connect(self.generate)
        self.temp = QtWidgets.QDoubleSpinBox()
        self.temp.setRange(0.05, 5.0)
        self.temp.setSingleStep(0.05)
        self.temp.setDecimals(2)
        self.temp.setValue(0.8)
        self.length = QtWidgets.QSpinBox()
        self.length.setRange(1, 2000)
        self.length.setValue(300)
        self.seed = QtWidgets.QSpinBox()
        self.seed.setRange(0, 999_999)
        self.go = QtWidgets.QPushButton()
        self.go.clicked.connect(self.generate)
        row = QtWidgets.QGridLayout()
        self.labels = [QtWidgets.QLabel() for _ in range(4)]
        row.addWidget(self.labels[0], 0, 0)
        row.addWidget(self.prefix, 0, 1, 1, 7)
        row.addWidget(self.labels[1], 1, 0)
        row.addWidget(self.temp, 1, 1)
        row.addWidget(self.labels[2], 1, 2)
        row.addWidget(self.length, 1, 3)
        row.addWidget(self.labels[3], 1, 4)
        row.addWidget(self.seed, 1, 5)
        row.addWidget(self.go, 1, 6)
        row.setColumnStretch(7, 1)
        self.warning = note()
        self.warning.setStyleSheet(f"color: {BAD};")
        self.next_guess = QtWidgets.QLabel()
        self.next_guess.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.next_guess.setWordWrap(True)
        self.output = QtWidgets.QTextBrowser()
        self.output.setObjectName("generated_text")  # the network's own writing
        self.output.setFont(mono())
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.warning)
        lay.addWidget(self.next_guess)
        lay.addWidget(self.output, 1)
        self.text = ""
        self.texts()

    def texts(self) -> None:
        self.prefix.setPlaceholderText(self.tr("start the text here (may be empty)"))
        self.temp.setToolTip(self.tr("Divides the logits before sampling. Low: safe and "
                                      "repetitive. High: adventurous and noisy."))
        self.length.setToolTip(self.tr("How many characters to generate after the prefix"))
        self.seed.setToolTip(self.tr("Same seed, same text; change it for another sample"))
        self.go.setText(self.tr("Generate"))
        for label, text in zip(self.labels, (self.tr("Prefix"), self.tr("Temperature"),
                                             self.tr("Characters"), self.tr("Seed")),
                               strict=True):
            label.setText(text)

    def retranslate(self) -> None:
        self.texts()  # the temperature chosen here stays
        if self.net is not None:
            self.generate()

    def set_model(self, net: Network, task: Any, config: Any) -> None:
        self.net, self.task, self.config = net, task, config
        self.temp.setValue(float(getattr(config, "temperature", 0.8)))
        self.generate()

    def unknown_chars(self, prefix: str) -> list[str]:
        vocab = set(self.task.vocab)
        return sorted({c for c in prefix if c not in vocab})

    def next_probabilities(self, prefix: str, temperature: float) -> np.ndarray:
        """p(next character | prefix) at the temperature (from a newline if no prefix)."""
        from ....engine.tasks.base import one_hot
        from ....engine.tasks.charlm import encode

        start = prefix if prefix else ("\n" if "\n" in self.task.vocab else self.task.vocab[0])
        x = one_hot(encode(start, self.task.vocab)[:, None], self.task.n_in)
        with np.errstate(all="ignore"):
            z, _ = self.net.logits(x)
        logits = z[-1, 0].astype(np.float64) / temperature
        p = np.exp(logits - logits.max())
        return p / p.sum()

    def generate(self) -> None:
        if self.net is None:
            return
        from ....engine.tasks.charlm import REPLACEMENT, visible

        prefix, tau = self.prefix.text(), self.temp.value()
        bad = self.unknown_chars(prefix)
        if bad and REPLACEMENT not in self.task.vocab:
            self.warning.setText(self.tr(
                "Prefix: {0} never occurs in the corpus, so the network cannot read it. "
                "Remove it.").format(", ".join(map(repr, bad))))
            self.output.clear()
            return
        self.warning.setText(self.tr(
            "Prefix: {0} never occurs in the corpus and is read as {1}.").format(
            ", ".join(map(repr, bad)), repr(REPLACEMENT)) if bad else "")
        rng = np.random.default_rng(self.seed.value())
        with np.errstate(all="ignore"):
            self.text = self.task.generate(self.net, rng, self.length.value(), tau, prefix)
        p = self.next_probabilities(prefix, tau)
        top = np.argsort(-p)[:6]
        cells = "".join(
            f"<td style='{prob_cell(float(p[k]) ** 0.5)}; padding:3px 8px'>"
            f"<b>{html.escape(visible(self.task.vocab[k]))}</b> {p[k]:.0%}</td>" for k in top)
        self.next_guess.setText(
            self.tr("After the prefix the network expects (temperature {0}):").format(
                f"{tau:.2f}") + f"<table cellspacing='3'><tr>{cells}</tr></table>")
        gen = self.text[len(prefix):]
        self.output.setHtml(
            "<pre style='white-space:pre-wrap; font-size:large'>"
            f"<b style='color:#0072B2'>{html.escape(prefix)}</b>{html.escape(gen)}</pre>")


PAGES = {'charlm': CharPage}  # task name -> page
