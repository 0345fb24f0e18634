"""The engine must run where Qt is absent: importing it must not load Qt."""

import subprocess
import sys


def test_importing_the_engine_loads_no_qt():
    code = (
        "import sys, rnnstudio.engine, rnnstudio.engine.trainer, rnnstudio.engine.tasks;"
        "import rnnstudio.cli;"
        "qt = ('PySide6', 'pyqtgraph', 'shiboken6');"
        "bad = [m for m in sys.modules if m.split('.')[0] in qt];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
