"""Render the equations panel's SVGs from sources.py (a developer tool, not used at run time).

    pip install matplotlib
    python resources/equations/render.py

Writes ``<cell>_<part>.svg`` for every cell and part, plus ``manifest.json`` holding a
hash of the sources; a test compares that hash with sources.py, so editing an equation
without re-rendering is caught. Glyphs are stored as paths (no font needed to display)
and the output is deterministic (fixed hash salt, no date).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sources  # noqa: E402

EQ_PT = 15  # equations
NOTE_PT = 11  # notes and legend text
HEAD_PT = 12
GAP = 14  # points between columns
ROW_GAP = 9
CONT_INDENT = 18  # a continued right-hand side starts this far past the "="
PAD = 10
INK = "#111111"
NOTE_INK = "#555555"
HEAD_INK = "#0072B2"

plt.rcParams.update({
    "mathtext.fontset": "cm",
    "font.family": "DejaVu Sans",
    "svg.fonttype": "path",
    "svg.hashsalt": "rnnstudio-equations",
})


def sources_hash() -> str:
    """What the manifest records; the test recomputes it without matplotlib."""
    blob = json.dumps({"cells": sources.CELLS, "parts": sources.PARTS,
                       "equations": sources.EQUATIONS}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode("ascii")).hexdigest()


class Measure:
    """Extents (width, ascent, descent) in points of a text at a size."""

    def __init__(self) -> None:
        self.fig = plt.figure(dpi=72)
        self.renderer = self.fig.canvas.get_renderer()

    def __call__(self, text: str, size: float, weight: str = "normal"
                 ) -> tuple[float, float, float]:
        if not text:
            return 0.0, 0.0, 0.0
        t = self.fig.text(0, 0, text, fontsize=size, va="baseline", ha="left", weight=weight)
        bb = t.get_window_extent(self.renderer)
        t.remove()
        return bb.width, bb.y1, -bb.y0


def equals(rhs: str) -> str:
    """'$rhs$' -> '$= rhs$' (one math run, so spacing is mathtext's)."""
    return r"$=\ " + rhs[1:]


def layout(lines: list[tuple], legend: bool) -> tuple[float, float, list[tuple]]:
    """Place every piece: returns figure width, height (points) and
    (x, baseline_y_from_top, text, size, colour, ha, weight) items."""
    m = Measure()
    rows = []
    lhs_w = rhs_w = 0.0
    for line in lines:
        if line[0] in ("head", "note"):
            bold = line[0] == "head"
            w, a, d = m(line[1], HEAD_PT if bold else NOTE_PT, "bold" if bold else "normal")
            rows.append((line[0], line[1], w, a, d))
            continue
        if legend:
            sym, text = line
            ws, a1, d1 = m(sym, EQ_PT)
            wt, a2, d2 = m(text, NOTE_PT)
            lhs_w = max(lhs_w, ws)
            rhs_w = max(rhs_w, wt)
            rows.append(("legend", sym, text, max(a1, a2), max(d1, d2)))
            continue
        lhs, rhs, note = line
        wl, a1, d1 = m(lhs, EQ_PT)
        wr, a2, d2 = m(equals(rhs) if lhs else rhs, EQ_PT)
        if not lhs:
            wr += CONT_INDENT - 2
        wn, a3, d3 = m(note, NOTE_PT)
        lhs_w, rhs_w = max(lhs_w, wl), max(rhs_w, wr)
        rows.append(("eq", lhs, rhs, note, max(a1, a2, a3), max(d1, d2, d3), wn))
    plt.close(m.fig)
    x_eq = PAD + lhs_w + 4
    x_note = x_eq + rhs_w + GAP if not legend else x_eq + GAP
    items, y, width = [], PAD, x_eq
    for i, row in enumerate(rows):
        if row[0] in ("head", "note"):
            kind, text, w, a, d = row
            y += a + (6 if i else 0)
            if kind == "head":
                items.append((PAD, y, text, HEAD_PT, HEAD_INK, "left", "bold"))
            else:
                items.append((PAD, y, text, NOTE_PT, NOTE_INK, "left", "normal"))
            width = max(width, PAD + w)
            y += d + ROW_GAP
        elif row[0] == "legend":
            _, sym, text, a, d = row
            y += a
            items.append((x_eq - 4, y, sym, EQ_PT, INK, "right", "normal"))
            items.append((x_eq + GAP, y, text, NOTE_PT, NOTE_INK, "left", "normal"))
            width = max(width, x_eq + GAP + rhs_w)
            y += d + ROW_GAP
        else:
            _, lhs, rhs, note, a, d, wn = row
            y += a
            if lhs:
                items.append((x_eq, y, lhs, EQ_PT, INK, "right", "normal"))
                items.append((x_eq + 2, y, equals(rhs), EQ_PT, INK, "left", "normal"))
            else:
                items.append((x_eq + CONT_INDENT, y, rhs, EQ_PT, INK, "left", "normal"))
            if note:
                items.append((x_note, y, note, NOTE_PT, NOTE_INK, "left", "normal"))
                width = max(width, x_note + wn)
            width = max(width, x_eq + rhs_w)
            y += d + ROW_GAP
    return width + PAD, y - ROW_GAP + PAD, items


def render(lines: list[tuple], path: Path, legend: bool = False) -> None:
    w, h, items = layout(lines, legend)
    fig = plt.figure(figsize=(w / 72, h / 72), dpi=72, facecolor="white")
    for x, y, text, size, colour, ha, weight in items:
        fig.text(x / w, 1 - y / h, text, fontsize=size, color=colour, ha=ha, va="baseline",
                 weight=weight)
    buf = io.StringIO()
    fig.savefig(buf, format="svg", facecolor="white", metadata={"Date": None})
    plt.close(fig)
    path.write_text(qt_friendly(buf.getvalue()), encoding="utf-8")


def qt_friendly(svg: str) -> str:
    """Qt's SVG renderer rejects a <path> without data (matplotlib writes one for the
    space glyph) and then every <use> of it: give such paths an empty move-to. The
    metadata block is dropped (not needed, and it names the tool's version)."""
    svg = re.sub(r'<path id="([^"]+)" transform=', r'<path id="\1" d="M 0 0" transform=', svg)
    return re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)


def main() -> None:
    files = []
    for cell in sources.CELLS:
        eq = sources.EQUATIONS[cell]
        for part in sources.PARTS:
            name = f"{cell}_{part}.svg"
            render(eq[part], HERE / name, legend=part == "legend")
            files.append(name)
            print("wrote", name)
    manifest = {"sources_sha256": sources_hash(), "files": files}
    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
