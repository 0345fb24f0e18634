"""Write resources/examples/sequences.tsv, the bundled data of the classification task.

Each row is ``label<TAB>sequence``: a short sentence of filler words in which two or
three colour words (red, green, blue) appear, each once, in a random order. The label is
the colour mentioned FIRST. The last colour read says nothing about the class, so a
network that only looks at the end of the sequence scores about a third; it has to
remember what it read near the start. Seeded: running the script again gives the same
file.

    python packaging/make_sequences.py            # writes the file
    python packaging/make_sequences.py --check    # fails if the file is out of date
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

COLOURS = ("red", "green", "blue")
FILLER = ("the", "a", "cat", "dog", "saw", "ran", "big", "old", "on", "hill")
ROWS = 360
SEED = 16
OUT = Path(__file__).resolve().parent.parent / "resources" / "examples" / "sequences.tsv"


def rows(n: int = ROWS, seed: int = SEED) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        first = COLOURS[k % len(COLOURS)]  # balanced classes
        others = [c for c in COLOURS if c != first]
        rng.shuffle(others)
        colours = [first, *others[:rng.randint(1, 2)]]
        words = [rng.choice(FILLER) for _ in range(rng.randint(2, 9))]
        slots = sorted(rng.sample(range(len(words) + len(colours)), len(colours)))
        for slot, colour in zip(slots, colours, strict=True):
            words.insert(slot, colour)
        out.append((first, " ".join(words)))
    rng.shuffle(out)
    return out


def text() -> str:
    head = "# label\tsequence (the label is the colour named first; see README.md)\n"
    return head + "".join(f"{label}\t{seq}\n" for label, seq in rows())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check the file is current")
    args = ap.parse_args(argv)
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text()
        print("up to date" if ok else f"{OUT} is out of date; run {Path(__file__).name}")
        return 0 if ok else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text(), encoding="utf-8")
    print(f"wrote {OUT} ({ROWS} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
