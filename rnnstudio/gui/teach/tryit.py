"""Try it yourself: type an input and watch the trained network answer, step by step.

* Binary addition: two numbers → their bits, least significant first, the network's
  sum bit at every step, the decoded sum, right or wrong. ▶ reveals the steps one by one.
* Character model: a prefix and a temperature → generated text, and the network's
  top guesses for the character after the prefix.
* Sequence detection: a stream of letters → the flag probability after every letter.
* Other tasks (delayed recall, the adding problem, forecasting): what the task asks, and
  a random held-out example with the network's answer.

Every text goes through Qt's translation system (contexts: the page classes).

The view keeps its own copy of the weights (``net.get_weights()``): a run training in
another thread never races it. Work is a forward pass of one short sequence, done on
the GUI thread.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...engine.model import Network
from ..i18n import setting_text
from .unrolled_common import GATE_MAP, cmap, text_on
from .unrolled_trace import copy_network

GOOD = "#009E73"
BAD = "#D55E00"
MAX_LETTERS = 200
STEP_MS = 450

EXPLAIN = {  # translated at use: QCoreApplication.translate("ExamplePage", text)
    "recall": QT_TRANSLATE_NOOP(
        "ExamplePage",
        "Delayed recall: the network sees a symbol (A–D), then a gap of blanks with static, "
        "and must say the symbol again exactly k steps after it appeared. Only the recalled "
        "symbol is scored; guessing is right one time in four."),
    "adding": QT_TRANSLATE_NOOP(
        "ExamplePage",
        "The adding problem: two of the numbers in a long stream are marked; at the end the "
        "network must output their sum. It has to notice the marks and hold the two numbers "
        "through everything else."),
    "forecast": QT_TRANSLATE_NOOP(
        "ExamplePage",
        "Forecasting: the network reads a noisy series one value at a time and predicts the "
        "next value. It learns the rhythm (sine) or the dependence on recent values (ARMA) "
        "from examples."),
}


def task_title(task: Any) -> str:
    """The task's title in the interface language (titles live in context "settings")."""
    return setting_text(str(getattr(task, "title", getattr(task, "name", ""))))


def _mono() -> QtGui.QFont:
    f = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    return f


def _note(text: str = "") -> QtWidgets.QLabel:
    lab = QtWidgets.QLabel(text)
    lab.setWordWrap(True)
    # Secondary text in the theme's own grey (a style sheet would also stop the label
    # from following the view's Large font).
    lab.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
    return lab


def _cell(p: float) -> str:
    """Background colour and ink for a probability cell."""
    fill = cmap(GATE_MAP)(p, 0.0, 1.0)
    return f"background:{fill.name()}; color:{text_on(fill).name()}"


# ------------------------------------------------------------------ addition
class AdditionPage(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.probs = np.zeros(0)
        self._shown = 0
        self.a_box = QtWidgets.QSpinBox()
        self.b_box = QtWidgets.QSpinBox()
        for box in (self.a_box, self.b_box):
            box.setMinimumWidth(110)
            box.valueChanged.connect(self.compute)
        self.range_note = _note()
        self.play_btn = QtWidgets.QPushButton(self.tr("▶ Step through"))
        self.play_btn.setToolTip(self.tr("Reveal the network's answer one bit (time step) at a "
                                          "time"))
        self.play_btn.clicked.connect(self.play)
        self.all_btn = QtWidgets.QPushButton(self.tr("Show all"))
        self.all_btn.clicked.connect(lambda: self.reveal(len(self.probs)))
        form = QtWidgets.QHBoxLayout()
        form.addWidget(QtWidgets.QLabel("a ="))
        form.addWidget(self.a_box)
        form.addWidget(QtWidgets.QLabel("  b ="))
        form.addWidget(self.b_box)
        form.addSpacing(12)
        form.addWidget(self.play_btn)
        form.addWidget(self.all_btn)
        form.addStretch(1)
        self.table = QtWidgets.QTextBrowser()
        self.table.setMinimumHeight(250)
        self.result = QtWidgets.QLabel()
        self.result.setTextFormat(QtCore.Qt.TextFormat.RichText)
        f = self.result.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.result.setFont(f)
        self.timer = QtCore.QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self._tick)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.range_note)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.result)

    def set_model(self, net: Network, task: Any) -> None:
        self.net, self.task = net, task
        high = int(task.high) - 1
        for box in (self.a_box, self.b_box):
            box.blockSignals(True)
            box.setRange(0, high)
            box.blockSignals(False)
        if self.a_box.value() == 0 and self.b_box.value() == 0:
            self.a_box.setValue(min(45, high))
            self.b_box.setValue(min(23, high))
        self.range_note.setText(self.tr(
            "Numbers from 0 to {0}: the network adds {1}-bit numbers, reading one bit of a "
            "and one of b per time step, least significant bit first (t = 1 is the 2⁰ "
            "column), and writes one bit of the sum per step. The carry has to live in its "
            "hidden state.").format(high, task.bits))
        self.compute()

    def compute(self) -> None:
        if self.net is None:
            return
        a, b = self.a_box.value(), self.b_box.value()
        batch = self.task.encode(np.array([a]), np.array([b]))
        with np.errstate(all="ignore"):
            self.probs = np.asarray(self.net.predict(batch.x))[:, 0, 0].astype(np.float64)
        self.x = batch.x[:, 0]
        self.y = batch.y[:, 0, 0]
        self.timer.stop()
        self.reveal(len(self.probs))

    def play(self) -> None:
        self.reveal(0)
        self.timer.start()

    def _tick(self) -> None:
        if self._shown >= len(self.probs):
            self.timer.stop()
            return
        self.reveal(self._shown + 1)

    def predicted_bits(self) -> np.ndarray:
        return (self.probs > 0.5).astype(int)

    def predicted_sum(self) -> int:
        return int(sum(int(bit) << t for t, bit in enumerate(self.predicted_bits())))

    def reveal(self, k: int) -> None:
        """Show the first k steps of the answer."""
        n = len(self.probs)
        self._shown = k = max(0, min(k, n))
        a, b = self.a_box.value(), self.b_box.value()
        rows: dict[str, list[str]] = {k: [] for k in (
            "step", "a", "b", "carry", "p", "net", "true")}
        names = {"step": self.tr("step t"), "a": self.tr("a bit"), "b": self.tr("b bit"),
                 "carry": self.tr("carry in (true)"), "p": self.tr("p(sum bit = 1)"),
                 "net": self.tr("network bit"), "true": self.tr("true bit")}
        carry = 0
        for t in range(n):
            rows["step"].append(f"<td><b>{t + 1}</b><br><small>2<sup>{t}</sup></small></td>")
            rows["a"].append(f"<td>{int(self.x[t, 0])}</td>")
            rows["b"].append(f"<td>{int(self.x[t, 1])}</td>")
            rows["carry"].append(f"<td style='color:#777'>{carry}</td>")
            carry = int(self.x[t, 0] + self.x[t, 1] + carry >= 2)
            if t < k:
                p = self.probs[t]
                bit = int(p > 0.5)
                ok = bit == int(self.y[t])
                rows["p"].append(f"<td style='{_cell(p)}'>{p:.2f}</td>")
                rows["net"].append(
                    f"<td style='color:{GOOD if ok else BAD}'><b>{bit}</b></td>")
            else:
                rows["p"].append("<td style='color:#aaa'>·</td>")
                rows["net"].append("<td style='color:#aaa'>·</td>")
            rows["true"].append(f"<td>{int(self.y[t])}</td>")
        body = "".join(
            f"<tr><th align='left' style='padding-right:12px'>{names[key]}</th>"
            + "".join(c.replace("<td", "<td align='center'", 1) for c in cells) + "</tr>"
            for key, cells in rows.items())
        self.table.setHtml(
            f"<table cellspacing='0' cellpadding='5' style='font-size:large'>{body}</table>")
        width = len(self.probs)
        if k < n:
            so_far = "".join(map(str, self.predicted_bits()[:k][::-1]))
            text = self.tr("… step {0} of {1}: the sum bits so far are {2}").format(k, n, so_far)
            self.result.setText(f"<span style='color:#777'>{text}</span>")
            return
        pred = self.predicted_sum()
        true = a + b
        verdict = (self.tr("✓ right") if pred == true
                   else self.tr("✗ wrong (true sum {0})").format(true))
        mark = f"<span style='color:{GOOD if pred == true else BAD}'>{verdict}</span>"
        self.result.setText(
            f"<span style='font-family:monospace'>{a:0{width}b} + {b:0{width}b} → "
            f"{pred:0{width}b}</span> &nbsp; {a} + {b} = <b>{pred}</b> {mark}")


# -------------------------------------------------------------- char model
class CharPage(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.prefix = QtWidgets.QLineEdit("The ")
        self.prefix.setPlaceholderText(self.tr("start the text here (may be empty)"))
        self.prefix.setMaxLength(400)
        self.prefix.returnPressed.connect(self.generate)
        self.temp = QtWidgets.QDoubleSpinBox()
        self.temp.setRange(0.05, 5.0)
        self.temp.setSingleStep(0.05)
        self.temp.setDecimals(2)
        self.temp.setValue(0.8)
        self.temp.setToolTip(self.tr("Divides the logits before sampling. Low: safe and "
                                      "repetitive. High: adventurous and noisy."))
        self.length = QtWidgets.QSpinBox()
        self.length.setRange(1, 2000)
        self.length.setValue(300)
        self.length.setToolTip(self.tr("How many characters to generate after the prefix"))
        self.seed = QtWidgets.QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip(self.tr("Same seed, same text; change it for another sample"))
        self.go = QtWidgets.QPushButton(self.tr("Generate"))
        self.go.clicked.connect(self.generate)
        row = QtWidgets.QGridLayout()
        row.addWidget(QtWidgets.QLabel(self.tr("Prefix")), 0, 0)
        row.addWidget(self.prefix, 0, 1, 1, 7)
        row.addWidget(QtWidgets.QLabel(self.tr("Temperature")), 1, 0)
        row.addWidget(self.temp, 1, 1)
        row.addWidget(QtWidgets.QLabel(self.tr("Characters")), 1, 2)
        row.addWidget(self.length, 1, 3)
        row.addWidget(QtWidgets.QLabel(self.tr("Seed")), 1, 4)
        row.addWidget(self.seed, 1, 5)
        row.addWidget(self.go, 1, 6)
        row.setColumnStretch(7, 1)
        self.warning = _note()
        self.warning.setStyleSheet(f"color: {BAD};")
        self.next_guess = QtWidgets.QLabel()
        self.next_guess.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.next_guess.setWordWrap(True)
        self.output = QtWidgets.QTextBrowser()
        self.output.setObjectName("generated_text")  # the network's own writing
        self.output.setFont(_mono())
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.warning)
        lay.addWidget(self.next_guess)
        lay.addWidget(self.output, 1)
        self.text = ""

    def set_model(self, net: Network, task: Any, config: Any) -> None:
        self.net, self.task = net, task
        self.temp.setValue(float(getattr(config, "temperature", 0.8)))
        self.generate()

    def unknown_chars(self, prefix: str) -> list[str]:
        vocab = set(self.task.vocab)
        return sorted({c for c in prefix if c not in vocab})

    def next_probabilities(self, prefix: str, temperature: float) -> np.ndarray:
        """p(next character | prefix) at the temperature (from a newline if no prefix)."""
        from ...engine.tasks.base import one_hot
        from ...engine.tasks.charlm import encode

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
        from ...engine.tasks.charlm import REPLACEMENT, visible

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
            f"<td style='{_cell(float(p[k]) ** 0.5)}; padding:3px 8px'>"
            f"<b>{html.escape(visible(self.task.vocab[k]))}</b> {p[k]:.0%}</td>" for k in top)
        self.next_guess.setText(
            self.tr("After the prefix the network expects (temperature {0}):").format(
                f"{tau:.2f}") + f"<table cellspacing='3'><tr>{cells}</tr></table>")
        gen = self.text[len(prefix):]
        self.output.setHtml(
            "<pre style='white-space:pre-wrap; font-size:large'>"
            f"<b style='color:#0072B2'>{html.escape(prefix)}</b>{html.escape(gen)}</pre>")


# -------------------------------------------------------------- detection
class DetectionPage(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.probs = np.zeros(0)
        self.letters = QtWidgets.QLineEdit()
        self.letters.setMaxLength(MAX_LETTERS)
        self.letters.setValidator(QtGui.QRegularExpressionValidator(
            QtCore.QRegularExpression("[a-z]*"), self))
        self.letters.setPlaceholderText(self.tr("lower-case letters a–z"))
        self.letters.textChanged.connect(self.compute)
        self.plant = QtWidgets.QPushButton(self.tr("Random letters with the word"))
        self.plant.setToolTip(self.tr("Random letters with the word hidden among them"))
        self.plant.clicked.connect(self.random_stream)
        self.rng = np.random.default_rng(0)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(QtWidgets.QLabel(self.tr("Letters")))
        row.addWidget(self.letters, 1)
        row.addWidget(self.plant)
        self.note = _note()
        self.view = QtWidgets.QTextBrowser()
        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.summary)

    def set_model(self, net: Network, task: Any) -> None:
        self.net, self.task = net, task
        self.note.setText(self.tr(
            "The network raises a flag when the word “{0}” has just been read. Type letters "
            "(a–z) and see the flag probability after each one; ▲ marks a raised flag "
            "(p > 0.5), ✓ where the word really ends.").format(task.word))
        if not self.letters.text():
            self.random_stream()
        else:
            self.compute()

    def random_stream(self) -> None:
        from ...engine.tasks.detection import ALPHABET

        word = self.task.word if self.task is not None else "udacity"
        left = "".join(ALPHABET[k] for k in self.rng.integers(0, 26, size=6))
        right = "".join(ALPHABET[k] for k in self.rng.integers(0, 26, size=5))
        self.letters.setText(left + word + right)

    def compute(self) -> None:
        if self.net is None:
            return
        from ...engine.tasks.detection import ALPHABET

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
            probs = "".join(f"<td style='{_cell(self.probs[t])}'>{self.probs[t]:.2f}</td>"
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


# -------------------------------------------------------------- other tasks
class ExamplePage(QtWidgets.QWidget):
    """A held-out example of delayed recall, the adding problem or forecasting, with the
    network's answer (laid out here, so that it speaks the interface language)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.rng = np.random.default_rng(0)
        self.index = 0
        self.explain = _note()
        self.explain.setStyleSheet("")
        self.again = QtWidgets.QPushButton(self.tr("Another held-out example"))
        self.again.setToolTip(self.tr("A random sequence from the held-out set, which the "
                                      "network never trained on"))
        self.again.clicked.connect(self.new_example)
        self.out = QtWidgets.QTextBrowser()
        f = self.out.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.out.setFont(f)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.again)
        row.addStretch(1)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.explain)
        lay.addLayout(row)
        lay.addWidget(self.out, 1)

    def set_model(self, net: Network, task: Any) -> None:
        self.net, self.task = net, task
        name = getattr(task, "name", "")
        if name in EXPLAIN:
            text = QCoreApplication.translate("ExamplePage", EXPLAIN[name])
        else:
            text = self.tr("{0}: the network's answer on an example it never trained "
                           "on.").format(task_title(task))
        self.explain.setText(self.tr(
            "{0} Typing your own input is available for addition, the character model and "
            "sequence detection.").format(text))
        self.show_example(self.index)

    def new_example(self) -> None:
        held = self.task.heldout()
        self.show_example(int(self.rng.integers(0, held.size)))

    def show_example(self, i: int) -> None:
        held = self.task.heldout()
        self.index = i = min(max(i, 0), held.size - 1)
        one = held.take(slice(i, i + 1))
        with np.errstate(all="ignore"):
            out = np.asarray(self.net.predict(one.x), dtype=np.float64)
        name = getattr(self.task, "name", "")
        if name == "recall":
            body = self._recall(out, one)
        elif name == "adding":
            body = self._adding(out, one)
        elif name == "forecast":
            body = self._forecast(out, one)
        else:  # a task without its own layout: the engine's text
            body = f"<pre>{html.escape(self.task.render(out, one, 0))}</pre>"
        head = self.tr("Held-out example {0} of {1}").format(i + 1, held.size)
        self.out.setHtml(f"<p style='color:#555'>{html.escape(head)}</p>{body}")

    def _seq_table(self, rows: list[tuple[str, str]]) -> str:
        """Rows of (label, one character per step) as aligned table cells, under a row
        of step numbers."""
        steps = len(rows[0][1]) if rows else 0
        out = [f"<tr><th align='left' style='padding-right:10px; color:#777'>"
               f"{html.escape(self.tr('step t'))}</th>"
               + "".join(f"<td align='center' style='color:#777'><small>{t + 1}</small></td>"
                         for t in range(steps)) + "</tr>"]
        for label, chars in rows:
            cells = "".join(f"<td align='center'><b>{html.escape(c)}</b></td>" if c.strip()
                            else "<td>&nbsp;</td>" for c in chars)
            out.append(f"<tr><th align='left' style='padding-right:10px'>"
                       f"{html.escape(label)}</th>{cells}</tr>")
        return ("<table cellspacing='0' cellpadding='4' style='font-family:monospace'>"
                + "".join(out) + "</table>")

    def _recall(self, out: np.ndarray, one: Any) -> str:
        from ...engine.tasks.recall import BLANK, SYMBOLS

        names = SYMBOLS + "·"
        T = out.shape[0]
        s = np.full(T, BLANK)
        cue = np.asarray(one.info["cue"][0])
        s[:len(cue)] = cue
        m = one.mask[:, 0] > 0
        guess = out[:, 0].argmax(axis=-1)
        want = np.asarray(one.y[:, 0]).astype(int)
        shown = "".join(names[c] for c in s)
        net = "".join(names[g] if on else " " for g, on in zip(guess, m, strict=True))
        true = "".join(names[w] if on else " " for w, on in zip(want, m, strict=True))
        right = int((guess[m] == want[m]).sum())
        conf = ", ".join(f"{q:.2f}" for q in out[:, 0][m, want[m]])
        table = self._seq_table([(self.tr("input"), shown), (self.tr("network"), net),
                                 (self.tr("true"), true)])
        ok = right == int(m.sum())
        line = self.tr("Recalled {0} of {1} after {2} noisy steps (probability of the right "
                       "symbol: {3}).").format(right, int(m.sum()), self.task.delay, conf)
        return f"{table}<p style='color:{GOOD if ok else BAD}'>{html.escape(line)}</p>"

    def _adding(self, out: np.ndarray, one: Any) -> str:
        from ...engine.tasks.adding import TOLERANCE

        a, b = int(one.info["first"][0]), int(one.info["second"][0])
        va, vb = float(one.x[a, 0, 0]), float(one.x[b, 0, 0])
        net, true = float(out[-1, 0, 0]), float(one.y[-1, 0, 0])
        err = net - true
        ok = abs(err) < TOLERANCE
        verdict = (self.tr("✓ within ±{0}") if ok else self.tr("✗ off by more than ±{0}")
                   ).format(TOLERANCE)
        lines = [
            self.tr("Marked steps: t = {0} and t = {1} of {2}.").format(
                a + 1, b + 1, self.task.seq_len),
            self.tr("Marked numbers: {0} + {1} = {2}").format(
                f"{va:.3f}", f"{vb:.3f}", f"{true:.3f}"),
            self.tr("Network's sum: {0} (error {1})").format(f"{net:.3f}", f"{err:+.3f}"),
        ]
        body = "".join(f"<p>{html.escape(t)}</p>" for t in lines)
        return body + f"<p style='color:{GOOD if ok else BAD}'><b>{html.escape(verdict)}</b></p>"

    def _forecast(self, out: np.ndarray, one: Any) -> str:
        x, y, net = one.x[:, 0, 0], one.y[:, 0, 0], out[:, 0, 0]
        T = len(x)
        if one.info and "period" in one.info:
            what = self.tr("Noisy sine, period {0} steps").format(
                f"{float(one.info['period'][0]):.1f}")
        else:
            what = self.tr("ARMA(2, 1) series")
        what += self.tr(", noise {0}").format(f"{self.task.noise:g}")
        heads = (self.tr("step t"), self.tr("input x_t"), self.tr("network"),
                 self.tr("true x_(t+1)"))
        rows = ["<tr>" + "".join(f"<th style='padding:2px 10px'>{html.escape(h)}</th>"
                                 for h in heads) + "</tr>"]
        for t in range(max(0, T - 6), T):
            rows.append("<tr>" + "".join(
                f"<td align='right' style='padding:2px 10px'>{v}</td>"
                for v in (t + 1, f"{x[t]:.3f}", f"{net[t]:.3f}", f"{y[t]:.3f}")) + "</tr>")
        mse = float(np.mean((net - y) ** 2))
        naive = float(np.mean((x - y) ** 2))
        ok = mse < naive
        summary = self.tr("Mean squared error: network {0}, repeating the last value "
                          "{1}.").format(f"{mse:.4f}", f"{naive:.4f}")
        return (f"<p>{html.escape(what)}</p>"
                "<table cellspacing='0' style='font-family:monospace'>" + "".join(rows)
                + f"</table><p style='color:{GOOD if ok else BAD}'>{html.escape(summary)}</p>")


# --------------------------------------------------------------------- view
class TryItView(QtWidgets.QWidget):
    """Type an input, see the network's answer. ``set_model(net, task, config)``."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.title = QtWidgets.QLabel(self.tr("Try it yourself"))
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.source = _note()
        self.stack = QtWidgets.QStackedWidget()
        self.empty = _note(self.tr("Train a model first; then type your own input here and "
                                   "watch the network answer."))
        self.empty.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.addition = AdditionPage()
        self.chars = CharPage()
        self.detection = DetectionPage()
        self.example = ExamplePage()
        for w in (self.empty, self.addition, self.chars, self.detection, self.example):
            self.stack.addWidget(w)
        self.large_box = QtWidgets.QCheckBox(self.tr("Large"))
        self.large_box.setToolTip(self.tr("Larger text, for a projector"))
        self.large_box.toggled.connect(self.set_large_fonts)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.large_box)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.source)
        lay.addWidget(self.stack, 1)
        self._base_pt = self.font().pointSizeF()

    def clear(self, message: str | None = None) -> None:
        self.net = self.task = None
        if message:
            self.empty.setText(message)
        self.title.setText(self.tr("Try it yourself"))
        self.source.setText("")
        self.stack.setCurrentWidget(self.empty)

    def set_model(self, net: Network, task: Any, config: Any = None,
                  weights: dict[str, np.ndarray] | None = None, step: int | None = None) -> None:
        """Use a private copy of `net`'s weights (or of `weights`) on `task`."""
        self.net = copy_network(net, weights)
        self.task = task
        name = getattr(task, "name", "")
        self.title.setText(self.tr("Try it yourself — {0}").format(task_title(task)))
        self.source.setText(
            self.tr("Answers come from a copy of the weights taken at update {0}.").format(step)
            if step is not None else self.tr("Answers come from a copy of the weights."))
        if name == "addition":
            page = self.addition
            page.set_model(self.net, task)
        elif name == "charlm":
            page = self.chars
            page.set_model(self.net, task, config)
        elif name == "detection":
            page = self.detection
            page.set_model(self.net, task)
        else:
            page = self.example
            page.set_model(self.net, task)
        self.stack.setCurrentWidget(page)

    def page(self) -> QtWidgets.QWidget:
        return self.stack.currentWidget()

    def set_large_fonts(self, on: bool) -> None:
        scale = 1.5 if on else 1.0
        f = self.font()
        f.setPointSizeF(self._base_pt * scale)
        self.setFont(f)
        title = self.title.font()  # set explicitly, so it does not inherit
        title.setPointSizeF(self._base_pt * 1.2 * scale)
        self.title.setFont(title)
        if self.large_box.isChecked() != bool(on):
            self.large_box.setChecked(bool(on))
