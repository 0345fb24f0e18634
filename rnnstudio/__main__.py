"""`rnnstudio` opens the desktop app; `rnnstudio train ...` trains headless;
`rnnstudio --self-test [PATH]` checks the installation (see gui/selftest.py);
`rnnstudio --version` prints the version."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .runtime import tune_allocator

    tune_allocator()
    if argv and argv[0] == "train":
        from .cli import main as cli_main

        return cli_main(argv[1:])
    if argv and argv[0] == "export-torch":
        from .cli_export import main as export_main

        return export_main(argv[1:])
    if argv and argv[0] == "--version":
        from . import __version__

        print(f"RNN Studio {__version__}")
        return 0
    if argv and argv[0] == "--self-test":
        from .gui.selftest import main as selftest_main

        return selftest_main(argv[1:])
    from .gui.app import main as gui_main

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
