"""A preview of the character model's text, under the Corpus field of the Task panel.

What the model will read: the file's size in characters, how many distinct characters
it has (the model's input and output size), the most frequent of them, whether the
rarest ones are merged into one symbol (past the engine's vocabulary cap), and the
opening lines. The text is read by the engine's one reader (``tasks.charlm.load``,
cached while the file is unchanged); a file it refuses shows the reader's message.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...engine.config import Config, ConfigError
from ...engine.tasks import charlm
from ..i18n import engine_text
from ..widgets import WrapLabel
from .data_preview import FilePreview

SHOWN_CHARS = 12  # the most frequent characters listed
OPENING_CHARS = 100  # the text's first characters shown
NAMES = {" ": "␣", "\n": "⏎", "\t": "⇥", charlm.REPLACEMENT: charlm.REPLACEMENT}


class CorpusPreview(FilePreview):
    """Shows the corpus a ``corpus`` setting names (the bundled text when it is empty)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.setSpacing(3)
        self.summary = WrapLabel(parent=self)
        self.summary.setObjectName("corpus_summary")
        lay.addWidget(self.summary)
        self.vocab = WrapLabel(parent=self)  # the most frequent characters, most frequent first
        self.vocab.setObjectName("corpus_vocab")
        lay.addWidget(self.vocab)
        self.opening = WrapLabel(parent=self)
        self.opening.setObjectName("corpus_opening")
        self.opening.setStyleSheet("color: #555;")
        lay.addWidget(self.opening)
        self.hide()

    def show_config(self, config: Config) -> None:
        self._config = config
        if config.task != "charlm":
            self.hide()
            return
        path = charlm.corpus_path(config.corpus) if config.corpus.strip() else None
        try:
            stamp = path.stat().st_mtime_ns if path is not None else 0
        except (OSError, ValueError):
            stamp = -1
        key = (config.corpus, stamp)
        self.show()
        if key == self._key:
            return
        self._key = key
        try:
            where, vocab, ids = charlm.load(config.corpus)
        except ConfigError as exc:
            self._failed(engine_text(exc.reason))
            return
        self._show(where.name, vocab, ids)

    def _failed(self, text: str) -> None:
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setText(text)
        self.vocab.hide()
        self.opening.hide()

    def _show(self, name: str, vocab: str, ids: np.ndarray) -> None:
        self.summary.setStyleSheet("")
        counts = np.bincount(ids, minlength=len(vocab))
        text = self.tr("{0}: {1} characters, {2} distinct: the network reads and predicts "
                       "one of {2} symbols per step; the last 10 % is held out").format(
            name, f"{len(ids):,}", len(vocab))
        if charlm.REPLACEMENT in vocab and counts[vocab.index(charlm.REPLACEMENT)]:
            merged = int(counts[vocab.index(charlm.REPLACEMENT)])
            text += " " + self.tr("(past {0} distinct characters the rarest are read as "
                                  "one symbol, {1}: {2} places)").format(
                charlm.MAX_VOCAB, charlm.REPLACEMENT, f"{merged:,}")
        self.summary.setText(text)
        order = np.argsort(-counts, kind="stable")[:SHOWN_CHARS]
        shown = " · ".join(f"<b>{html.escape(NAMES.get(vocab[i], vocab[i]))}</b>&nbsp;"
                           f"<span style='color:#777'>{100 * counts[i] / len(ids):.1f}%</span>"
                           for i in order)
        rest = len(vocab) - len(order)
        if rest > 0:
            shown += " … " + html.escape(self.tr("and {0} more").format(rest))
        self.vocab.setText(html.escape(self.tr("Most frequent:")) + " " + shown)
        self.vocab.show()
        first = "".join(vocab[i] for i in ids[:OPENING_CHARS])
        self.opening.setText(html.escape(self.tr("Begins:")) + " <tt>"
                             + html.escape(charlm.visible(first)) + "…</tt>")
        self.opening.show()
