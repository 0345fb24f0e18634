"""Any other task (delayed recall, the adding problem, forecasting): what it asks,
and a held-out example with the network's answer."""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6 import QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ....engine.model import Network
from .common import BAD, GOOD, Page, note, task_title

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
        "next value. It learns the rhythm (sine) or the dependence on recent values (ARMA, "
        "or the series of your data file) from examples."),
}




class ExamplePage(Page, QtWidgets.QWidget):
    view_attr = "example"  # TryItView.example
    """A held-out example of delayed recall, the adding problem or forecasting, with the
    network's answer (laid out here, so that it speaks the interface language)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.net: Network | None = None
        self.task: Any = None
        self.rng = np.random.default_rng(0)
        self.index = 0
        self.explain = note()
        self.explain.setStyleSheet("")
        self.again = QtWidgets.QPushButton()
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
        self.texts()

    def texts(self) -> None:
        self.again.setText(self.tr("Another held-out example"))
        self.again.setToolTip(self.tr("A random sequence from the held-out set, which the "
                                      "network never trained on"))

    def set_model(self, net: Network, task: Any, config: Any = None) -> None:
        self.net, self.task, self.config = net, task, config
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
        from ....engine.tasks.recall import BLANK, SYMBOLS

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
        from ....engine.tasks.adding import TOLERANCE

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
        data = getattr(self.task, "data", None)
        if data is not None:  # a file's column: its name, and values in its own units
            what = self.tr("Column {0} of your file, a held-out window (in the file's "
                           "units)").format(data.name)
            x, y, net = (data.mean + data.std * v for v in (x, y, net))
        elif one.info and "period" in one.info:
            what = self.tr("Noisy sine, period {0} steps").format(
                f"{float(one.info['period'][0]):.1f}")
        else:
            what = self.tr("ARMA(2, 1) series")
        if data is None:
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


FALLBACK = ExamplePage  # the page of every task without one of its own
