"""Print one of the two command lines of the README's Quick start (`app` or `test`)."""

import re
import sys
from pathlib import Path


def quickstart_lines(readme: Path) -> list[str]:
    text = readme.read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    if not section:
        raise SystemExit("README.md has no '## Quick start' section")
    block = re.search(r"```(?:\w+)?\n(.*?)```", section.group(1), re.S)
    if not block:
        raise SystemExit("README.md's Quick start has no code block")
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


if __name__ == "__main__":
    lines = quickstart_lines(Path(__file__).resolve().parent.parent / "README.md")
    if len(lines) != 2:
        raise SystemExit(f"Quick start must hold exactly two command lines, found {len(lines)}")
    print(lines[0] if sys.argv[1:] == ["app"] else lines[1])
