"""`rnnstudio` opens the desktop app; `rnnstudio train ...` trains headless;
`rnnstudio --self-test [PATH]` checks the installation (see gui/selftest.py);
`rnnstudio inspect|challenge|sweep|export-torch ...` are the other headless commands
(SUBCOMMANDS below); `rnnstudio --version` prints the version."""

from __future__ import annotations

import sys

# Headless subcommands besides `train`, each a module with main(argv) -> int.
SUBCOMMANDS = {
    "inspect": ".cli_inspect",
    "challenge": ".cli_challenge",
    "sweep": ".cli_sweep",
    "export-torch": ".cli_export",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .runtime import tune_allocator

    tune_allocator()
    if argv and argv[0] == "train":
        from .cli import main as cli_main

        return cli_main(argv[1:])
    if argv and argv[0] in SUBCOMMANDS:
        from importlib import import_module

        return import_module(SUBCOMMANDS[argv[0]], __package__).main(argv[1:])
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
