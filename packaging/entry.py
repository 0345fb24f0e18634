"""PyInstaller's entry script: the bundled `rnnstudio` executable runs the same
dispatch as the installed console script (`rnnstudio`, `rnnstudio train ...`,
`rnnstudio --self-test ...`, `rnnstudio --version`)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The app trains in a spawned process: in a frozen bundle that process is this same
    # executable, which must run the training loop instead of opening another window.
    multiprocessing.freeze_support()
    from rnnstudio.__main__ import main

    sys.exit(main())
