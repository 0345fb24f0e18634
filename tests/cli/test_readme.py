"""The README's Quick start is what CI runs: two lines, no drift."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_start_has_exactly_two_command_lines_and_ci_runs_the_second():
    sys.path.insert(0, str(ROOT / ".ci"))
    try:
        from quickstart import quickstart_lines
    finally:
        sys.path.pop(0)
    lines = quickstart_lines(ROOT / "README.md")
    assert len(lines) == 2
    assert "rnnstudio" in lines[0] and "pip install" in lines[0]
    assert "pytest" in lines[1] and "[test]" in lines[1]
    printed = subprocess.run([sys.executable, str(ROOT / ".ci" / "quickstart.py"), "test"],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert printed == lines[1]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "quickstart.py test" in ci and 'bash -c "$cmd"' in ci
