"""PyInstaller's entry script: the bundled `rnnstudio` executable runs the same
dispatch as the installed console script (`rnnstudio`, `rnnstudio train ...`,
`rnnstudio --self-test ...`, `rnnstudio --version`)."""

import sys

from rnnstudio.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
