"""Refresh the interface translations: .ts sources and compiled .qm files.

    python packaging/update_translations.py            # update .ts, compile .qm
    python packaging/update_translations.py --check    # list strings without a translation
    python packaging/update_translations.py --add de   # start a new language (Qt Linguist)
    python packaging/update_translations.py --from-seeds   # seed files replace finished ones

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` /
   ``QT_TRANSLATE_NOOP()`` string of ``rnnstudio/gui/**/*.py``, plus every setting's
   label, help text and choice name from the engine's specs, and the cells' descriptors
   (registry.py: titles, explanations, gate descriptions) (the engine is Qt-free, so
   they are written to a temporary file as ``QT_TRANSLATE_NOOP("settings", ...)``),
   and every message template the engine passes to ``msg()`` (context "engine"),
   and merges them into ``resources/translations/rnnstudio_<lang>.ts`` (existing
   translations are kept; strings no longer in the code are dropped).
2. Unfinished entries are filled from ``packaging/translations/<lang>.py`` and
   ``packaging/translations/<lang>/*.py`` (one file per area; each a mapping
   ``TRANSLATIONS = {source: translation}``, keys ``"context|source"`` for a
   context-specific one), where the developers write new translations. A translation
   finished in the .ts (a translator's work in Qt Linguist) is never overwritten, unless
   ``--from-seeds`` says the seed files win.
3. ``pyside6-lrelease`` compiles the .ts into the .qm the app loads.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "rnnstudio" / "gui"
TS_DIR = ROOT / "resources" / "translations"
SEED_DIR = Path(__file__).resolve().parent / "translations"
LANG_PREFIX = "rnnstudio_"


def languages() -> list[str]:
    """Every language with a .ts file in resources/translations (``--add`` starts one)."""
    return sorted(p.stem.removeprefix(LANG_PREFIX) for p in TS_DIR.glob(f"{LANG_PREFIX}*.ts"))
SETTINGS_CONTEXT = "settings"
ENGINE = ROOT / "rnnstudio" / "engine"
ENGINE_CONTEXT = "engine"  # rnnstudio.engine.text.CONTEXT


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def spec_strings() -> list[str]:
    """Labels, help texts and choice display names of every setting."""
    sys.path.insert(0, str(ROOT))
    try:
        from rnnstudio.engine.config import specs
        from rnnstudio.engine.tasks import TASK_TITLES
    finally:
        sys.path.pop(0)
    out: list[str] = []
    for spec in specs().values():
        out += [spec.label, spec.help]
    out += list(TASK_TITLES.values())
    out += metric_labels()
    out += cell_strings()
    try:  # the settings panels' names for choices ("Global norm" for clip_mode "norm")
        sys.path.insert(0, str(ROOT))
        from rnnstudio.gui.panels.fields import CHOICE_LABELS
    except ImportError:
        CHOICE_LABELS = {}
    finally:
        sys.path.pop(0)
    for labels in CHOICE_LABELS.values():
        out += list(labels.values())
    seen: set[str] = set()
    return [s for s in out if s and not (s in seen or seen.add(s))]


def cell_strings() -> list[str]:
    """Every cell's and task's descriptor texts (rnnstudio/engine/cells/registry.py,
    tasks/registry.py): titles, explanations, descriptions of states, gates and inputs."""
    sys.path.insert(0, str(ROOT))
    try:
        from rnnstudio.engine.cells import registry
        from rnnstudio.engine.tasks import registry as tasks
    finally:
        sys.path.pop(0)
    return [text for item in (*registry.cells(), *tasks.tasks()) for text in item.strings()]


def metric_labels() -> list[str]:
    """Every task's metric labels ("whole-sum accuracy", ...), shown in plots and tables."""
    sys.path.insert(0, str(ROOT))
    try:
        from rnnstudio.engine.config import TASKS, Config
        from rnnstudio.engine.tasks import make_task
    finally:
        sys.path.pop(0)
    out: list[str] = []
    for task in TASKS:
        labels = getattr(make_task(Config(task=task)), "metric_labels", {}) or {}
        out += list(labels.values())
    return out


def engine_strings() -> list[str]:
    """Every literal template the engine passes to ``msg()`` (errors and run messages the
    GUI shows; see rnnstudio/engine/text.py)."""
    out: list[str] = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                out.append(node.args[0].value)
    seen: set[str] = set()
    return [s for s in out if not (s in seen or seen.add(s))]


def _specs_file(folder: Path) -> Path:
    path = folder / "config_specs.py"
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP\n"]
    for s in spec_strings():
        lines.append(f"QT_TRANSLATE_NOOP({SETTINGS_CONTEXT!r}, {s!r})\n")
    for s in engine_strings():
        lines.append(f"QT_TRANSLATE_NOOP({ENGINE_CONTEXT!r}, {s!r})\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def tool(name: str) -> str | None:
    return shutil.which(f"pyside6-{name}")


def run_lupdate(ts: Path) -> None:
    """Merge the current strings into `ts` (created if missing)."""
    exe = tool("lupdate")
    if exe is None:
        raise SystemExit("pyside6-lupdate not found (pip install PySide6-Essentials)")
    with tempfile.TemporaryDirectory() as tmp:
        files = [str(p) for p in sources()] + [str(_specs_file(Path(tmp)))]
        lst = Path(tmp) / "files.lst"
        lst.write_text("\n".join(files) + "\n", encoding="utf-8")
        subprocess.run([exe, "-locations", "none", "-no-obsolete", f"@{lst}", "-ts", str(ts)],
                       check=True, capture_output=True, text=True)


def extract() -> set[tuple[str, str]]:
    """(context, source) of every string the code asks to translate, via a fresh lupdate."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "fresh.ts"
        run_lupdate(ts)
        return set(read_ts(ts))


def read_ts(ts: Path) -> dict[tuple[str, str], str | None]:
    """{(context, source): translation, or None if unfinished or empty}."""
    out: dict[tuple[str, str], str | None] = {}
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and (tr.text or "")
            out[(name, src)] = tr.text if done else None
    return out


def seed_files(lang: str) -> list[Path]:
    """``translations/<lang>.py`` and every ``translations/<lang>/*.py`` (one per area)."""
    main = SEED_DIR / f"{lang}.py"
    return ([main] if main.exists() else []) + sorted((SEED_DIR / lang).glob("*.py"))


def load_seed(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in seed_files(lang):
        spec = importlib.util.spec_from_file_location(f"seed_{lang}_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        out.update(mod.TRANSLATIONS)
    return out


def fill(ts: Path, seed: dict[str, str], overwrite: bool = False) -> list[tuple[str, str]]:
    """Write seed translations into unfinished entries (with `overwrite`, into finished
    ones too: the seed files win); returns what is still missing. A translation finished
    in the .ts (e.g. in Qt Linguist) is otherwise never touched."""
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            want = seed.get(f"{name}|{src}", seed.get(src))
            finished = bool(tr.text) and tr.get("type") != "unfinished"
            if finished and not overwrite:
                continue
            if want:
                if tr.text != want or tr.get("type"):
                    tr.text = want
                    tr.attrib.pop("type", None)
            elif not tr.text or tr.get("type") == "unfinished":
                tr.set("type", "unfinished")
                missing.append((name, src))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def run_lrelease(ts: Path) -> Path:
    exe = tool("lrelease")
    if exe is None:
        raise SystemExit("pyside6-lrelease not found (pip install PySide6-Essentials)")
    qm = ts.with_suffix(".qm")
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def ast_strings(path: Path) -> set[tuple[str, str]]:
    """(context, source) of literal tr()/translate()/QT_TRANSLATE_NOOP() calls in one
    file, found without lupdate (the tests' fallback)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()

    def lit(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
            else None

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            f = node.func
            fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if fname == "tr" and node.args and lit(node.args[0]) is not None:
                found.add((cls, lit(node.args[0])))
            elif fname in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                ctx, src = lit(node.args[0]), lit(node.args[1])
                if ctx is not None and src is not None:
                    found.add((ctx, src))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, "")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="only report strings without a translation (exit 1 if any)")
    ap.add_argument("--from-seeds", action="store_true",
                    help="let packaging/translations/<lang>*.py replace finished "
                         "translations too (by default only unfinished ones are filled)")
    ap.add_argument("--add", metavar="LANG",
                    help="start a new language, e.g. de or pt_BR: its .ts file, every "
                         "string unfinished, for Qt Linguist")
    args = ap.parse_args(argv)
    status = 0
    langs = languages()
    if args.add:
        if not args.add.replace("_", "").isalpha():
            ap.error(f"--add: {args.add!r} is not a language code such as de or pt_BR")
        langs = sorted({*langs, args.add})
    for lang in langs:
        ts = TS_DIR / f"{LANG_PREFIX}{lang}.ts"
        if args.check:
            have = read_ts(ts) if ts.exists() else {}
            missing = sorted(k for k in extract() if not have.get(k))
        else:
            TS_DIR.mkdir(parents=True, exist_ok=True)
            run_lupdate(ts)
            missing = fill(ts, load_seed(lang), overwrite=args.from_seeds)
            run_lrelease(ts)
        for ctx, src in missing:
            print(f"{lang}: untranslated [{ctx}] {src!r}")
        total = len(read_ts(ts)) if ts.exists() else 0
        print(f"{lang}: {total} strings, {len(missing)} untranslated")
        status |= bool(missing)
    return 1 if status and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
