"""Predict, then reveal: the unrolled view's quiz.

With "Predict first" on, every step the cursor is about to reveal first asks the
learner a question whose answer is in the probe trace the view already computed
(never the live network):

- forward, bit outputs (bce heads): "the output bit ŷ_t: 0 or 1?"
- forward, other heads: "does ŷ_t (softmax: the probability of the true symbol) go up
  or down from step t-1?"
- forward, gated cells, every third step: "which gate is more open here?" between the
  cell's first two sigmoid gates (from the cell registry: LSTM input/forget, GRU
  reset/update)
- backward (BPTT): "does ‖∂L/∂h_t‖ grow or shrink going back one step?"

:func:`make_question` builds the question for a cursor position (pure, from the trace);
:class:`Quiz` keeps the score; :class:`PredictBar` is the question bar.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6 import QtCore, QtWidgets

from ...engine.cells import registry
from .unrolled_common import fmt
from .unrolled_trace import ProbeTrace

translate = QtCore.QCoreApplication.translate  # context "Predict" (lupdate reads it)
KINDS = ("bit", "trend", "gate", "grad")  # question kinds, in the summary's order
GATE_EVERY = 3  # a gate question at every third forward step of a gated cell


def kind_title(kind: str) -> str:
    return {
        "bit": translate("Predict", "output bits"),
        "trend": translate("Predict", "output up or down"),
        "gate": translate("Predict", "gates"),
        "grad": translate("Predict", "gradient grow or shrink"),
    }[kind]


@dataclass
class Question:
    kind: str  # one of KINDS
    pos: int  # the cursor position the answer reveals
    text: str
    options: list[tuple[str, str, int]]  # (value, button label, Qt key)
    answer: str  # the true value
    why: str  # one line: the true value and why
    answer_label: str = ""


def sigmoid_gates(cell: str) -> tuple[str, ...]:
    """The cell's gates that are sigmoids (0 … 1), in the registry's order."""
    try:
        info = registry.info(cell)
    except ValueError:
        return ()
    return tuple(g for g in info.gate_names if g not in info.tanh_gates)


def _gate_name(cell: str, g: str) -> str:
    info = registry.info(cell)
    return QtCore.QCoreApplication.translate("settings", info.short_description(g))  # registry text


def _forward(tr: ProbeTrace, t: int, layer: int, pos: int) -> Question | None:
    lt = tr.layers[layer]
    gates = [g for g in sigmoid_gates(lt.cell) if g in lt.values][:2]
    K = QtCore.Qt.Key
    if len(gates) == 2 and t % GATE_EVERY == 0:
        a, b = gates
        ma, mb = float(lt.values[a][t - 1].mean()), float(lt.values[b][t - 1].mean())
        na, nb = _gate_name(lt.cell, a), _gate_name(lt.cell, b)
        keys = [K.Key_1, K.Key_2]
        win = a if ma >= mb else b
        why = translate("Predict", "mean {0} {1} vs {2} {3} over the units of layer {4}").format(
            na, fmt(ma), nb, fmt(mb), layer + 1
        )
        return Question(
            "gate",
            pos,
            translate(
                "Predict", "Step t = {0}: which gate is more open here (mean over the units)?"
            ).format(t),
            [(a, f"{na} (1)", int(keys[0])), (b, f"{nb} (2)", int(keys[1]))],
            win,
            why,
            na if win == a else nb,
        )
    if tr.head in ("bce", "mse_bits"):
        p = float(tr.outputs[t - 1, 0])
        bit = str(int(p > 0.5))
        target = (
            translate("Predict", ", the target is {0}").format(int(tr.y[t - 1, 0] > 0.5))
            if tr.mask[t - 1] > 0
            else ""
        )
        why = translate("Predict", "ŷ = {0}, so the network says {1}{2}").format(
            f"{p:.2f}", bit, target
        )
        return Question(
            "bit",
            pos,
            translate("Predict", "Step t = {0}: will the output bit be 0 or 1?").format(t),
            [("0", "0", int(K.Key_0)), ("1", "1", int(K.Key_1))],
            bit,
            why,
            bit,
        )
    if t < 2:
        return None
    if tr.head == "softmax":
        y = np.asarray(tr.y).reshape(tr.T).astype(int)
        now, before = float(tr.outputs[t - 1, y[t - 1]]), float(tr.outputs[t - 2, y[t - 1]])
        text = translate(
            "Predict",
            "Step t = {0}: will the probability of the true next symbol be higher "
            "or lower than it was at step t − 1?",
        ).format(t)
        why = translate("Predict", "p(true symbol) {0} at t − 1, {1} now").format(
            f"{before:.3f}", f"{now:.3f}"
        )
    else:
        now, before = float(tr.outputs[t - 1, 0]), float(tr.outputs[t - 2, 0])
        text = translate(
            "Predict", "Step t = {0}: will the output ŷ go up or down from step t − 1?"
        ).format(t)
        why = translate("Predict", "ŷ was {0}, now {1}").format(f"{before:+.3f}", f"{now:+.3f}")
    up = "up" if now >= before else "down"
    return Question(
        "trend",
        pos,
        text,
        [
            ("up", translate("Predict", "Up (U)"), int(K.Key_U)),
            ("down", translate("Predict", "Down (D)"), int(K.Key_D)),
        ],
        up,
        why,
        translate("Predict", "up") if up == "up" else translate("Predict", "down"),
    )


def _backward(tr: ProbeTrace, t: int, layer: int, pos: int) -> Question | None:
    lt = tr.layers[layer]
    after, now = float(np.linalg.norm(lt.dh[t])), float(np.linalg.norm(lt.dh[t - 1]))
    if not after > 0 or not np.isfinite(after + now):  # no gradient yet: nothing to compare
        return None
    from_loss = float(np.linalg.norm(lt.d_above[t - 1]))
    back = float(np.linalg.norm(lt.dh_next[t - 1]))
    grew = now > after
    r = f"×{now / after:.2g}"
    if t in tr.cuts:
        why = translate(
            "Predict",
            "‖δh‖ {0} {1}: truncated BPTT cuts the path here, only the loss at "
            "step t adds gradient",
        ).format(translate("Predict", "grew") if grew else translate("Predict", "shrank"), r)
    elif grew and from_loss > back:
        why = translate(
            "Predict", "‖δh‖ grew {0}: the loss at step t adds its own gradient ({1})"
        ).format(r, fmt(from_loss))
    elif grew:
        why = translate(
            "Predict",
            "‖δh‖ grew {0}: the step back through the recurrent weights amplified "
            "it (gain above 1)",
        ).format(r)
    else:
        why = translate(
            "Predict",
            "‖δh‖ shrank {0}: the step back through the recurrent weights and the "
            "squashing derivatives (below 1) scaled it down",
        ).format(r)
    K = QtCore.Qt.Key
    return Question(
        "grad",
        pos,
        translate(
            "Predict", "Going back from step {0} to step {1}: will ‖∂L/∂h‖ grow or shrink?"
        ).format(t + 1, t),
        [
            ("grow", translate("Predict", "Grow (G)"), int(K.Key_G)),
            ("shrink", translate("Predict", "Shrink (S)"), int(K.Key_S)),
        ],
        "grow" if grew else "shrink",
        why,
        translate("Predict", "grow") if grew else translate("Predict", "shrink"),
    )


def make_question(tr: ProbeTrace, pos: int, T: int, layer: int = 0) -> Question | None:
    """The question to answer before the cursor moves to `pos` (0..2T-1: forward
    t = pos + 1, then backward t = 2T - pos), or None when that step has none."""
    if pos < 0 or pos >= 2 * T:
        return None
    if pos < T:
        return _forward(tr, pos + 1, layer, pos)
    t = 2 * T - pos
    if t >= T:  # the first backward step: nothing to compare with yet
        return None
    return _backward(tr, t, layer, pos)


@dataclass
class Quiz:
    """The score: per question kind (right, asked); skipped questions count in neither."""

    score: dict[str, list[int]] = field(default_factory=dict)

    def record(self, kind: str, right: bool) -> None:
        s = self.score.setdefault(kind, [0, 0])
        s[0] += int(right)
        s[1] += 1

    def totals(self) -> tuple[int, int]:
        return (sum(s[0] for s in self.score.values()), sum(s[1] for s in self.score.values()))

    def reset(self, kinds: tuple[str, ...] | None = None) -> None:
        for k in list(self.score):
            if kinds is None or k in kinds:
                del self.score[k]

    def as_dict(self) -> dict[str, tuple[int, int]]:
        return {k: (v[0], v[1]) for k, v in self.score.items()}

    def weakest(self, kinds: tuple[str, ...]) -> str | None:
        """The kind with the lowest share right (None when all were right)."""
        rows = [(v[0] / v[1], k) for k, v in self.score.items() if k in kinds and v[1]]
        rows = [r for r in rows if r[0] < 1.0]
        return min(rows)[1] if rows else None


class PredictBar(QtWidgets.QFrame):
    """The question bar: the question, its answer buttons, "Just show me", the feedback
    of the last answer, the running score, and the summary with "Try again"."""

    answered = QtCore.Signal(str)  # the chosen value
    skipped = QtCore.Signal()
    again = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setStyleSheet("PredictBar { background: #FFF8E1; }")
        self.question = QtWidgets.QLabel("")
        self.question.setWordWrap(True)
        f = self.question.font()
        f.setBold(True)
        self.question.setFont(f)
        self.buttons: list[QtWidgets.QPushButton] = []
        self.button_row = QtWidgets.QHBoxLayout()
        self.skip_btn = QtWidgets.QPushButton()
        self.skip_btn.clicked.connect(self.skipped.emit)
        self.again_btn = QtWidgets.QPushButton()
        self.again_btn.clicked.connect(self.again.emit)
        self.again_btn.hide()
        self.feedback = QtWidgets.QLabel("")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.score = QtWidgets.QLabel("")
        for w in (self.skip_btn, self.again_btn):
            w.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addLayout(self.button_row)
        top.addWidget(self.skip_btn)
        top.addWidget(self.again_btn)
        top.addWidget(self.score)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addLayout(top)
        lay.addWidget(self.feedback)
        self.retranslate()

    def retranslate(self) -> None:
        """The buttons' texts (a question asked stays in its language until the next)."""
        self.skip_btn.setText(translate("Predict", "Just show me"))
        self.skip_btn.setToolTip(
            translate("Predict", "Reveal the step without answering (not scored)")
        )
        self.again_btn.setText(translate("Predict", "Try again"))

    def set_scale(self, factor: float) -> None:
        """Text `factor` × the application's size (1.5 in projector mode)."""
        from PySide6 import QtGui

        size = QtGui.QFont().pointSizeF() * factor
        f = self.font()
        f.setPointSizeF(size)
        self.setFont(f)  # buttons and labels without a font of their own
        for w in (self.question, self.feedback, self.score, self.skip_btn, self.again_btn,
                  *self.buttons):
            wf = w.font()
            wf.setPointSizeF(size)
            w.setFont(wf)
        self._size = size

    def ask(self, q: Question | None, prompt: str = "") -> None:
        """Show `q`'s buttons (or, without a question, `prompt` alone)."""
        for b in self.buttons:
            self.button_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = []
        self.again_btn.hide()
        self.skip_btn.setVisible(q is not None)
        self.question.setText(q.text if q is not None else prompt)
        if q is None:
            return
        for value, label, _key in q.options:
            b = QtWidgets.QPushButton(label)
            if getattr(self, "_size", None):
                bf = b.font()
                bf.setPointSizeF(self._size)
                b.setFont(bf)
            b.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
            self.button_row.addWidget(b)
            self.buttons.append(b)

    def show_feedback(self, right: bool | None, q: Question) -> None:
        if right is None:
            head = translate("Predict", "Shown: {0}.").format(q.answer_label)
            colour = "#555555"
        elif right:
            head = translate("Predict", "✓ Right: {0}.").format(q.answer_label)
            colour = "#007A5A"
        else:
            head = translate("Predict", "✗ Not this time: it is {0}.").format(q.answer_label)
            colour = "#C04000"
        self.feedback.setText(f"<span style='color:{colour}'><b>{head}</b></span> {q.why}")

    def show_score(self, quiz: Quiz) -> None:
        right, asked = quiz.totals()
        self.score.setText(translate("Predict", "{0} of {1} right").format(right, asked))

    def show_summary(self, quiz: Quiz, phase: str) -> None:
        kinds = ("bit", "trend", "gate") if phase == "forward" else ("grad",)
        parts = [
            translate("Predict", "{0}: {1} of {2}").format(kind_title(k), *quiz.score[k])
            for k in KINDS
            if k in kinds and k in quiz.score
        ]
        head = (
            translate("Predict", "End of the forward pass.")
            if phase == "forward"
            else translate("Predict", "End of backpropagation through time.")
        )
        weak = quiz.weakest(kinds)
        tail = (
            translate("Predict", "Rethink: {0}.").format(kind_title(weak))
            if weak is not None
            else translate("Predict", "All right. Well predicted!")
        )
        sep = translate("Predict", "; ")
        body = translate("Predict", "{0}.").format(sep.join(parts)) if parts else ""
        text = translate("Predict", "{0} {1} {2}").format(head, body, tail)
        self.ask(None, text)
        self.again_btn.show()

    def key_value(self, q: Question | None, key: int) -> str | None:
        if q is None:
            return None
        for value, _label, k in q.options:
            if k == key:
                return value
        return None


class PredictMode(QtCore.QObject):
    """Wires the quiz into an UnrolledView: it holds back a forward move until the
    question of the step is answered (or skipped), then reveals it.

    The view calls :meth:`intercept` before moving to a later position and :meth:`key`
    with key presses; ``score_changed(dict)`` carries ``Quiz.as_dict()``."""

    score_changed = QtCore.Signal(object)

    def __init__(self, view) -> None:  # view: UnrolledView (no import cycle)
        super().__init__(view)
        self.view = view
        self.on = False
        self.quiz = Quiz()
        self.pending: Question | None = None
        self.bar = PredictBar()
        self.bar.hide()
        self.bar.answered.connect(self.answer)
        self.bar.skipped.connect(self.skip)
        self.bar.again.connect(self.try_again)

    def set_on(self, on: bool) -> None:
        self.on = bool(on)
        self.bar.setVisible(self.on)
        self.pending = None
        if self.on:
            self.bar.feedback.setText("")
            self.bar.ask(
                None, translate("Predict", "Press → : before each step is shown you predict it.")
            )
            self.bar.show_score(self.quiz)

    def new_trace(self) -> None:
        """A new probe trace: a question asked of the old one is withdrawn."""
        if self.pending is not None:
            self.pending = None
            self.bar.ask(
                None, translate("Predict", "The network changed: press → for a new question.")
            )

    def intercept(self, target: int) -> bool:
        """True when the move to `target` must wait for an answer (the question shown)."""
        v = self.view
        if not self.on or v.trace is None or target != v._pos + 1:
            return False
        if self.pending is not None and self.pending.pos == target:
            return True
        q = make_question(v.trace, target, v._T(), v._layer)
        if q is None:
            return False
        self.pending = q
        self.bar.ask(q)
        return True

    def key(self, key: int) -> bool:
        value = self.bar.key_value(self.pending, key) if self.on else None
        if value is None:
            return False
        self.answer(value)
        return True

    def answer(self, value: str) -> None:
        q = self.pending
        if q is None:
            return
        right = value == q.answer
        self.quiz.record(q.kind, right)
        self._reveal(q, right)

    def skip(self) -> None:
        if self.pending is not None:
            self._reveal(self.pending, None)

    def _reveal(self, q: Question, right: bool | None) -> None:
        self.pending = None
        self.bar.ask(None, "")
        self.bar.show_feedback(right, q)
        self.bar.show_score(self.quiz)
        self.score_changed.emit(self.quiz.as_dict())
        self.view.set_position(q.pos)
        T = self.view._T()
        if q.pos == T - 1:
            self.bar.show_summary(self.quiz, "forward")
        elif q.pos == 2 * T - 1:
            self.bar.show_summary(self.quiz, "backward")

    def try_again(self) -> None:
        """Start the pass just summarised again, with its score cleared."""
        T = self.view._T()
        back = self.view._pos >= T
        self.quiz.reset(("grad",) if back else ("bit", "trend", "gate"))
        self.pending = None
        self.bar.feedback.setText("")
        self.bar.ask(
            None, translate("Predict", "Press → : before each step is shown you predict it.")
        )
        self.bar.show_score(self.quiz)
        self.score_changed.emit(self.quiz.as_dict())
        self.view.set_position(T if back else 0)
