"""The unrolled view's numbers panel: the equation applied at the cursor step, as HTML
tables of the first units (per cell; any registered cell gets the generic tables)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ...engine.cells import registry
from ..i18n import translate
from .unrolled_common import (
    GRAD_INK,
    fmt,
    fmt_norm,
)
from .unrolled_labels import StepLabels
from .unrolled_trace import ProbeTrace

TABLE_UNITS = 8  # units listed in the equation table


def batch_arrays(batch: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    if isinstance(batch, dict) or hasattr(batch, "keys"):
        return np.asarray(batch["x"]), np.asarray(batch["y"]), np.asarray(batch["mask"])
    return np.asarray(batch.x), np.asarray(batch.y), np.asarray(batch.mask)


def esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace(" ", "&nbsp;"))


# ------------------------------------------------------------ numbers panel
def _vec(v: np.ndarray, k: int = 6) -> str:
    parts = [fmt(x, 2) for x in v[:k]]
    return "[" + ", ".join(parts) + (", …" if len(v) > k else "") + "]"


def _table(headers: list[str], rows: list[list[str]], note: str = "") -> str:
    th = "".join(f"<th style='padding:1px 8px; text-align:right'>{h}</th>" for h in headers)
    body = ""
    for r in rows:
        body += "<tr>" + "".join(
            f"<td style='padding:1px 8px; text-align:right; font-family:monospace'>{c}</td>"
            for c in r) + "</tr>"
    extra = f"<p style='color:#777'>{note}</p>" if note else ""
    return f"<table cellspacing='0' style='margin-top:4px'><tr>{th}</tr>{body}</table>{extra}"


def _units(n: int, focus: int) -> tuple[list[int], str]:
    """Units listed in a table: the first TABLE_UNITS, plus the circuit's unit."""
    units = list(range(min(n, TABLE_UNITS)))
    if focus not in units:
        units.append(focus)
    note = (translate("UnrolledView", "{0} of {1} units listed").format(len(units), n)
            if n > len(units) else "")
    return units, note


def _unit_header() -> str:
    return translate("UnrolledView", "unit")


def step_html(tr: ProbeTrace, lab: StepLabels, layer: int, t: int, mode: str,
              unit: int) -> str:
    """The numbers of the equation applied at step t (1-based), as HTML."""
    ti = t - 1
    lt = tr.layers[layer]
    n = lt.n
    units, note = _units(n, unit)
    lay_name = ("" if len(tr.layers) == 1 else
                " · " + translate("UnrolledView", "layer {0}").format(layer + 1))
    out = []
    if mode == "forward":
        title = translate("UnrolledView", "Forward · step t = {0}").format(t)
        out.append(f"<h3 style='margin:0'>{title}{lay_name}</h3>")
        out.append(_task_line(tr, lab, ti, layer))
        out.append(_forward_cell(lt, ti, units) + (f"<p style='color:#777'>{note}</p>"
                                                   if note else ""))
        if layer == len(tr.layers) - 1:
            out.append(_output_line(tr, lab, ti))
    else:
        title = translate("UnrolledView", "Backward (BPTT) · step t = {0}").format(t)
        out.append(f"<h3 style='margin:0; color:{GRAD_INK.name()}'>{title}{lay_name}</h3>")
        out.append(_backward_cell(tr, lt, layer, ti, units))
        if note:
            out.append(f"<p style='color:#777'>{note}</p>")
    return "".join(out)


def _task_line(tr: ProbeTrace, lab: StepLabels, ti: int, layer: int) -> str:
    s = "<p>" + translate("UnrolledView", "Input x<sub>{0}</sub>: <b>{1}</b>").format(
        ti + 1, esc(lab.x[ti]))
    if lab.carry_in is not None:
        a, b = (int(v) for v in tr.x[ti])
        c = lab.carry_in[ti]
        total = a + b + c
        s += translate(
            "UnrolledView",
            " — column sum a + b + carry = {0} + {1} + {2} = {3}: sum bit <b>{4}</b>, "
            "carry out <b>{5}</b> (what h<sub>{6}</sub> must remember).").format(
            a, b, c, total, total % 2, total // 2, ti + 1)
        cu = lab.carry_unit
        if cu is not None and cu[0] == layer:
            hv = tr.layers[layer].values["h"][ti, cu[1]]
            s += translate(
                "UnrolledView",
                " Unit {0} follows the carry best on held-out sums (r = {1}); "
                "here h = {2}.").format(cu[1] + 1, f"{cu[2]:+.2f}", fmt(hv))
    return s + "</p>"


def _output_line(tr: ProbeTrace, lab: StepLabels, ti: int) -> str:
    z = tr.logits[ti]
    if tr.head in ("bce", "mse_bits"):
        p = tr.outputs[ti, 0]
        s = "<p>" + translate(
            "UnrolledView",
            "Output: a<sup>y</sup><sub>{0}</sub> = h<sub>{0}</sub> W<sub>hy</sub> + "
            "b<sub>y</sub> = {1} → ŷ = σ({2}) = <b>{3}</b> → bit <b>{4}</b>").format(
            ti + 1, fmt(z[0]), fmt(z[0], 2), f"{p:.3f}", int(p > 0.5))
    elif tr.head == "softmax":
        s = "<p>" + translate(
            "UnrolledView",
            "Output: softmax over {0} classes of a<sup>y</sup> = h W<sub>hy</sub> + "
            "b<sub>y</sub> → <b>{1}</b>").format(len(z), esc(lab.y_pred[ti]))
    else:
        s = "<p>" + translate(
            "UnrolledView", "Output: ŷ = h W<sub>hy</sub> + b<sub>y</sub> = <b>{0}</b>").format(
            fmt(z[0]))
    ok = lab.correct[ti]
    if lab.y_true[ti]:
        s += translate("UnrolledView", "; target {0}").format(esc(lab.y_true[ti]))
        if ok is not None:
            s += (" <span style='color:#009E73'>" + translate("UnrolledView", "✓ right")
                  + "</span>") if ok else (" <span style='color:#D55E00'>"
                                           + translate("UnrolledView", "✗ wrong") + "</span>")
    else:
        s += translate("UnrolledView", " (not scored at this step)")
    return s + "</p>"


def _forward_cell(lt, ti: int, units: list[int]) -> str:
    v, p, t = lt.values, lt.parts, ti + 1
    unit = _unit_header()
    if lt.cell == "elman":
        act = lt.activation or "tanh"
        head = (f"<p>a<sub>{t}</sub> = x<sub>{t}</sub> W<sub>xh</sub> + h<sub>{t - 1}</sub> "
                f"W<sub>hh</sub> + b<sub>h</sub>, &nbsp; h<sub>{t}</sub> = "
                f"{act}(a<sub>{t}</sub>)</p>")
        rows = [[str(j + 1), fmt(p["xW"][ti, j]), fmt(p["hW"][ti, j]), fmt(p["b_h"][ti, j]),
                 fmt(p["a"][ti, j]), f"<b>{fmt(v['h'][ti, j])}</b>"] for j in units]
        return head + _table([unit, "x W<sub>xh</sub>", "h<sub>t−1</sub> W<sub>hh</sub>",
                              "b<sub>h</sub>", "a<sub>t</sub>", "h<sub>t</sub>"], rows)
    if lt.cell in ("lstm", "peephole"):
        peep = translate("UnrolledView", " (gates also see c through p<sub>i</sub>, "
                                         "p<sub>f</sub>, p<sub>o</sub>)") \
            if lt.cell == "peephole" else ""
        head = (f"<p>c<sub>{t}</sub> = f<sub>{t}</sub> ⊙ c<sub>{t - 1}</sub> + i<sub>{t}</sub> ⊙ "
                f"g<sub>{t}</sub>, &nbsp; h<sub>{t}</sub> = o<sub>{t}</sub> ⊙ tanh(c<sub>{t}</sub>)"
                f"{peep}</p>")
        rows = [[str(j + 1), f"{v['f'][ti, j]:.3f}", fmt(lt.c_prev[ti, j]),
                 f"{v['i'][ti, j]:.3f}", fmt(v["g"][ti, j]), f"<b>{fmt(v['c'][ti, j])}</b>",
                 f"{v['o'][ti, j]:.3f}", f"<b>{fmt(v['h'][ti, j])}</b>"] for j in units]
        return head + _table([unit, "f<sub>t</sub>", "c<sub>t−1</sub>", "i<sub>t</sub>",
                              "g<sub>t</sub>", "c<sub>t</sub>", "o<sub>t</sub>", "h<sub>t</sub>"],
                             rows)
    if lt.cell != "gru":
        return _generic_forward(lt, ti, units)
    head = (f"<p>n<sub>{t}</sub> = tanh(x W<sub>x</sub><sup>n</sup> + b<sub>x</sub><sup>n</sup>"
            f" + r<sub>{t}</sub> ⊙ hn<sub>{t}</sub>), &nbsp; h<sub>{t}</sub> = "
            f"(1 − z<sub>{t}</sub>) ⊙ n<sub>{t}</sub> + z<sub>{t}</sub> ⊙ h<sub>{t - 1}</sub></p>")
    rows = [[str(j + 1), f"{v['r'][ti, j]:.3f}", fmt(p["hn"][ti, j]), fmt(v["n"][ti, j]),
             f"{v['z'][ti, j]:.3f}", fmt(lt.h_prev[ti, j]), f"<b>{fmt(v['h'][ti, j])}</b>"]
            for j in units]
    return head + _table([unit, "r<sub>t</sub>", "hn<sub>t</sub>", "n<sub>t</sub>",
                          "z<sub>t</sub>", "h<sub>t−1</sub>", "h<sub>t</sub>"], rows)


def _backward_cell(tr: ProbeTrace, lt, layer: int, ti: int, units: list[int]) -> str:
    t = ti + 1
    T = tr.T
    top = layer == len(tr.layers) - 1
    unit = _unit_header()
    src = (translate("UnrolledView", "the output at this step (δa<sup>y</sup> "
                                     "W<sub>hy</sub><sup>⊤</sup>)") if top
           else translate("UnrolledView", "the layer above"))
    n_above = np.linalg.norm(lt.d_above[ti])
    n_next = np.linalg.norm(lt.dh_next[ti])
    n_tot = np.linalg.norm(lt.dh[ti])
    cut = t in tr.cuts
    s = "<p>" + (
        translate("UnrolledView", "δh<sub>{0}</sub> = (from {1}) + (from step {2})").format(
            t, src, t + 1) if t < T else
        translate("UnrolledView", "δh<sub>{0}</sub> = (from {1}); nothing comes back from "
                                  "after T").format(t, src))
    s += translate("UnrolledView", ". Norms: {0} from above, {1} from step {2}, total "
                                   "‖δh<sub>{3}</sub>‖ = <b>{4}</b>.").format(
        fmt_norm(n_above), fmt_norm(n_next), t + 1, t, fmt_norm(n_tot))
    if cut:
        s += translate("UnrolledView", " <b>Cut:</b> truncated BPTT stops the gradient at the "
                                       "edge of its {0}-step window, so nothing arrives from "
                                       "step {1}.").format(tr.truncate, t + 1)
    if t < T:
        later = np.linalg.norm(lt.dh[ti + 1])
        if later > 0 and math.isfinite(later):
            s += translate("UnrolledView", " Compared with step {0}: × {1}.").format(
                t + 1, f"{n_tot / later:.3g}")
    s += "</p>"
    if lt.cell == "elman":
        act = lt.activation or "tanh"
        deriv = {"tanh": "1 − h<sub>t</sub>²", "sigmoid": "h<sub>t</sub>(1 − h<sub>t</sub>)",
                 "relu": "[h<sub>t</sub> &gt; 0]"}.get(act, "φ′")
        s += "<p>" + translate(
            "UnrolledView",
            "δa<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ φ′(a<sub>{0}</sub>) with φ′ = {1}; it passes "
            "δa<sub>{0}</sub> W<sub>hh</sub><sup>⊤</sup> back to step {2} and adds "
            "x<sub>{0}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>xh</sub>, "
            "h<sub>{2}</sub><sup>⊤</sup> δa<sub>{0}</sub> to ∂L/∂W<sub>hh</sub>.").format(
            t, deriv, t - 1) + "</p>"
        rows = [[str(j + 1), fmt(lt.d_above[ti, j]), fmt(lt.dh_next[ti, j]),
                 f"<b>{fmt(lt.dh[ti, j])}</b>", f"{lt.da['phi'][ti, j]:.3f}",
                 f"<b>{fmt(lt.da['a'][ti, j])}</b>"] for j in units]
        return s + _table([unit, translate("UnrolledView", "from above"),
                           translate("UnrolledView", "from t+1"), "δh<sub>t</sub>",
                           "φ′(a<sub>t</sub>)", "δa<sub>t</sub>"], rows)
    if lt.cell in ("lstm", "peephole"):
        v = lt.values
        peep = " + δa<sup>o</sup> ⊙ p<sub>o</sub>" if lt.cell == "peephole" else ""
        s += "<p>" + translate(
            "UnrolledView",
            "δc<sub>{0}</sub> = δh<sub>{0}</sub> ⊙ o<sub>{0}</sub> ⊙ (1 − tanh² c<sub>{0}</sub>)"
            "{1} + (from step {2} along the highway); ‖δc<sub>{0}</sub>‖ = <b>{3}</b>. The "
            "highway passes δc<sub>{0}</sub> ⊙ f<sub>{0}</sub> back to step {4}: only the "
            "forget gate scales it.").format(
            t, peep, t + 1, fmt_norm(np.linalg.norm(lt.dc[ti])), t - 1) + "</p>"
        rows = [[str(j + 1), fmt(lt.dh[ti, j]), fmt(lt.dc_next[ti, j]),
                 f"<b>{fmt(lt.dc[ti, j])}</b>", f"{v['f'][ti, j]:.3f}",
                 fmt(lt.dc[ti, j] * v["f"][ti, j]), fmt(lt.da["i"][ti, j]),
                 fmt(lt.da["f"][ti, j]), fmt(lt.da["g"][ti, j]), fmt(lt.da["o"][ti, j])]
                for j in units]
        return s + _table([unit, "δh<sub>t</sub>", translate("UnrolledView", "δc from t+1"),
                           "δc<sub>t</sub>", "f<sub>t</sub>", "δc⊙f → t−1", "δa<sup>i</sup>",
                           "δa<sup>f</sup>", "δa<sup>g</sup>", "δa<sup>o</sup>"], rows)
    if lt.cell != "gru":
        return s + _generic_backward(lt, ti, units)
    v = lt.values
    s += "<p>" + translate(
        "UnrolledView",
        "Back to step {0} directly through the update gate: δh<sub>{1}</sub> ⊙ "
        "z<sub>{1}</sub>, plus through the gates' weights.").format(t - 1, t) + "</p>"
    rows = [[str(j + 1), fmt(lt.dh[ti, j]), f"{v['z'][ti, j]:.3f}",
             fmt(lt.dh[ti, j] * v["z"][ti, j]), fmt(lt.da["n"][ti, j]), fmt(lt.da["z"][ti, j]),
             fmt(lt.da["r"][ti, j])] for j in units]
    return s + _table([unit, "δh<sub>t</sub>", "z<sub>t</sub>", "δh⊙z → t−1",
                       "δa<sup>n</sup>", "δa<sup>z</sup>", "δa<sup>r</sup>"], rows)


def _generic_forward(lt, ti: int, units: list[int]) -> str:
    """Any registered cell: its step equations (descriptor) and every gate and state."""
    info = registry.info(lt.cell)
    t, v = ti + 1, lt.values
    eq = info.step_html[0]
    head = f"<p>{eq.format(t=t, s=t - 1)}</p>" if eq else ""
    names = [g for g in info.gate_names if g in v] + [s for s in info.state_names if s in v]
    rows = [[str(j + 1), fmt(lt.h_prev[ti, j])]
            + [f"<b>{fmt(v[q][ti, j])}</b>" if q in info.state_names else
               f"{v[q][ti, j]:.3f}" for q in names] for j in units]
    return head + _table([_unit_header(), "h<sub>t−1</sub>"]
                         + [f"{q}<sub>t</sub>" for q in names], rows)


def _generic_backward(lt, ti: int, units: list[int]) -> str:
    """Any registered cell: its backward equations and each gate's δa (reference engine)."""
    info = registry.info(lt.cell)
    t = ti + 1
    eq = info.step_html[1]
    head = f"<p>{eq.format(t=t, s=t - 1)}</p>" if eq else ""
    gates = [g for g in info.gate_names if g in lt.da]
    rows = [[str(j + 1), fmt(lt.d_above[ti, j]), fmt(lt.dh_next[ti, j]),
             f"<b>{fmt(lt.dh[ti, j])}</b>"] + [fmt(lt.da[g][ti, j]) for g in gates]
            for j in units]
    return head + _table([_unit_header(), translate("UnrolledView", "from above"),
                          translate("UnrolledView", "from t+1"), "δh<sub>t</sub>"]
                         + [f"δa<sup>{g}</sup>" for g in gates], rows)
