"""Try it on binary addition: two numbers, the network's sum bit by bit."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore, QtWidgets

from ....engine.model import Network
from .common import BAD, GOOD, STEP_MS, Page, note, prob_cell


class AdditionPage(Page, QtWidgets.QWidget):
    view_attr = "addition"  # TryItView.addition
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
        self.range_note = note()
        self.play_btn = QtWidgets.QPushButton()
        self.play_btn.clicked.connect(self.play)
        self.all_btn = QtWidgets.QPushButton()
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
        self.texts()

    def texts(self) -> None:
        self.play_btn.setText(self.tr("▶ Step through"))
        self.play_btn.setToolTip(self.tr("Reveal the network's answer one bit (time step) at a "
                                          "time"))
        self.all_btn.setText(self.tr("Show all"))

    def set_model(self, net: Network, task: Any, config: Any = None) -> None:
        self.net, self.task, self.config = net, task, config
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
                rows["p"].append(f"<td style='{prob_cell(p)}'>{p:.2f}</td>")
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


PAGES = {'addition': AdditionPage}  # task name -> page
