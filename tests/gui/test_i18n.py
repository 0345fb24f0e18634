"""Translations: every string the interface asks to translate has a finished Simplified
Chinese translation, the compiled .qm matches, and switching language shows Chinese."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "rnnstudio_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "packaging" / "update_translations.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ut = _tool()


def code_strings() -> set[tuple[str, str]]:
    """(context, source) of every translatable string in the code now: a fresh lupdate
    run when the tool is installed, else a scan of the source files."""
    if shutil.which("pyside6-lupdate"):
        return ut.extract()
    found = {("settings", s) for s in ut.spec_strings()}
    found |= {("engine", s) for s in ut.engine_strings()}
    for path in ut.sources():
        found |= ut.ast_strings(path)
    return found


@pytest.fixture(scope="module")
def committed() -> dict[tuple[str, str], str | None]:
    return ut.read_ts(TS)


def test_every_string_has_a_chinese_translation(committed) -> None:
    missing = sorted(k for k in code_strings() if not committed.get(k))
    assert not missing, (f"{len(missing)} strings lack a zh_CN translation (add them to "
                         f"packaging/translations/zh_CN.py and run packaging/"
                         f"update_translations.py): {missing[:15]}")


def test_translations_keep_placeholders_and_are_chinese(committed) -> None:
    for (ctx, src), tr in committed.items():
        assert tr, (ctx, src)
        fields = re.compile(r"\{[^{}]*\}")
        assert sorted(fields.findall(src)) == sorted(fields.findall(tr)), src
        if re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", src):  # a sentence, not a symbol
            assert re.search(r"[\u4e00-\u9fff]", tr), (src, tr)


def test_compiled_qm_matches_the_ts(qapp, committed) -> None:
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(QM))
    wrong = [(c, s) for (c, s), t in committed.items() if tr.translate(c, s) != t]
    assert not wrong, f"the .qm is stale (run packaging/update_translations.py): {wrong[:5]}"


def test_language_switch_translates_and_goes_back(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from rnnstudio.gui import i18n

    try:
        assert i18n.install("zh_CN")
        assert i18n.current() == "zh_CN"
        assert QCoreApplication.translate("settings", "Learning rate") == "学习率"
        assert i18n.setting_text("Hidden units") == "隐藏单元"
    finally:
        assert i18n.install("en")
    assert QCoreApplication.translate("settings", "Learning rate") == "Learning rate"


def test_language_preference_is_remembered(qapp) -> None:
    from rnnstudio.gui import i18n

    i18n.save_language("zh_CN")
    assert i18n.saved_language() == "zh_CN"
    i18n.save_language("en")
    assert i18n.saved_language() == "en"


# Calls that put text on screen; a bare English literal in one of them is a string that
# never reaches the translators.
SHOWS_TEXT = {
    "setText", "setToolTip", "setStatusTip", "showMessage", "setWindowTitle",
    "setPlaceholderText", "addItem", "insertItem", "addTab", "setTabText", "setTitle",
    "setHtml", "setMarkdown", "setSuffix", "setPrefix", "setSpecialValueText",
    "setHorizontalHeaderLabels", "setHeaderLabels", "QLabel", "QPushButton", "QToolButton",
    "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "TextItem", "show_message",
    "set_title", "set_axis_label", "style_plot", "getSaveFileName", "getOpenFileName",
}
NOT_WORDS = re.compile(r"<[^>]+>|&\w+;|\{[^}]*\}|[\w-]+\.(json|rnnstudio|csv|png|svg|npz)\b")
# Arguments that are codes, not text: banner levels, axis sides.
CODES = {"info", "warning", "error", "success", "left", "bottom", "right", "top"}


def test_no_bare_english_text_in_the_interface_code() -> None:
    """Every literal the GUI shows goes through tr()/translate() (names excepted)."""
    import ast

    keep = {"RNN Studio"} | CODES  # the app's name is the same in every language
    bare = []
    for path in ut.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            if (f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")) not in \
                    SHOWS_TEXT:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    text = arg.value
                elif isinstance(arg, ast.JoinedStr):
                    text = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                else:
                    continue
                text = NOT_WORDS.sub("", text).replace("RNN Studio", "")
                if text not in keep and re.search(r"[A-Za-z]{4,}", text):
                    bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:60]!r}")
    assert not bare, bare


def test_a_refresh_keeps_a_translators_finished_work(tmp_path) -> None:
    """What a translator finished in Qt Linguist survives a refresh; unfinished entries
    are filled from the seed files; --from-seeds lets the seeds win."""
    ts = tmp_path / "rnnstudio_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="xx">'
        "<context><name>MainWindow</name>"
        "<message><source>Train</source><translation>Linguist's word</translation></message>"
        '<message><source>Step</source><translation type="unfinished"></translation></message>'
        '<message><source>Stop</source><translation type="unfinished"></translation></message>'
        "</context></TS>\n", encoding="utf-8")
    seed = {"Train": "seed word", "MainWindow|Step": "seed step"}
    missing = ut.fill(ts, seed)
    done = ut.read_ts(ts)
    assert done[("MainWindow", "Train")] == "Linguist's word"  # kept
    assert done[("MainWindow", "Step")] == "seed step"  # filled
    assert done[("MainWindow", "Stop")] is None and missing == [("MainWindow", "Stop")]
    ut.fill(ts, seed, overwrite=True)
    assert ut.read_ts(ts)[("MainWindow", "Train")] == "seed word"


def test_the_languages_are_the_ts_files() -> None:
    assert "zh_CN" in ut.languages()
    assert all((ut.TS_DIR / f"rnnstudio_{lang}.ts").exists() for lang in ut.languages())


def test_the_system_locale_picks_the_closest_language() -> None:
    from rnnstudio.gui import i18n

    assert i18n.system_language("zh_CN") == "zh_CN"
    assert i18n.system_language("zh_TW") == "zh_CN"  # Chinese, if not the same script
    assert i18n.system_language("en_GB") == "en"
    assert i18n.system_language("de_DE") == "en"  # no German yet
