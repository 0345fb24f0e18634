"""Build the Python API page from the docstrings with pdoc (``pip install ".[docs]"``).

    python packaging/build_docs.py            # writes packaging/docs/api/*.html
    python packaging/build_docs.py --out DIR

Documents the facade (``rnnstudio``, ``rnnstudio.api``) and the engine modules a
script uses (config, trainer, experiment, interop, export_torch). Nothing is written
by hand: change the docstrings and run this again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["rnnstudio", "rnnstudio.api", "rnnstudio.engine.config", "rnnstudio.engine.trainer",
           "rnnstudio.engine.experiment", "rnnstudio.engine.interop",
           "rnnstudio.engine.export_torch"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", default=str(ROOT / "packaging" / "docs" / "api"),
                   help="folder for the HTML pages")
    args = p.parse_args(argv)
    try:
        import pdoc
    except ImportError:
        print("pdoc is not installed: pip install \".[docs]\"", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    out = Path(args.out)
    import pdoc.render

    pdoc.render.configure(search=False, show_source=False, docformat="restructuredtext")
    pdoc.pdoc(*MODULES, output_directory=out)
    print(f"wrote {out / 'rnnstudio.html'} and {len(list(out.rglob('*.html')))} pages in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
