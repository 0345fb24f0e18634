"""Engine messages a person can see (refused settings, refused files and lessons, how a
run ended, race lane labels) are translatable templates: every ConfigError /
ExperimentError / LessonError the engine raises is given a ``msg(...)``, each template
has a Chinese translation with the same fields, the command line still prints the same
English, and the messages stay translatable after the trips they make (nesting in other
errors, pickling, copying)."""

from __future__ import annotations

import ast
import copy
import importlib.util
import io
import json
import pickle
import re
import zipfile
from pathlib import Path

import pytest

from rnnstudio.cli import main
from rnnstudio.engine import experiment as ex
from rnnstudio.engine.config import CELLS, Config, ConfigError, describe_allowed
from rnnstudio.engine.text import Msg, render
from rnnstudio.engine.trainer import Trainer

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "rnnstudio" / "engine"
# Helpers that hand on a message made by msg() elsewhere (an exception's own Msg).
FORWARDERS = {"_why", "problem_list"}
# Functions whose ValueErrors reach the user (wrapped in an ExperimentError).
FILE_CHECKS = {"interop.py": {"read_meta", "_check_meta", "load_state_dict", "_check_header",
                              "load_npz"},
               "trainer.py": {"restore", "number", "_check_optimizer_state"},
               "experiment.py": {"from_csv"}}
FIELDS = re.compile(r"\{[^{}]*\}")


# Where the engine's templates are translated: most in engine.py; race mode's and the
# lessons' in race_lessons.py.
ZH_FILES = ("engine.py", "race_lessons.py", "hardening.py", "challenges.py", "graduate.py",
            "presets.py", "race_lanes.py", "series.py", "predict.py", "classify.py")


def _zh() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ZH_FILES:
        path = ROOT / "packaging" / "translations" / "zh_CN" / name
        spec = importlib.util.spec_from_file_location(f"zh_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        out.update({k.split("|", 1)[1]: v for k, v in mod.TRANSLATIONS.items()
                    if k.startswith("engine|")})
    return out


ZH = _zh()


def zh(template: str) -> str:
    return ZH.get(template, template)


def _files() -> list[Path]:
    return sorted(ENGINE.rglob("*.py"))


def _is_msg(node: ast.AST | None) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ({"msg"} | FORWARDERS))


def _message_arg(call: ast.Call) -> ast.AST | None:
    """The argument of an error that carries its text."""
    name = call.func.id if isinstance(call.func, ast.Name) else ""
    index = 1 if name == "ConfigError" else 0
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg in ("message", "msg")), None)


def _raises(tree: ast.AST, classes: set[str]) -> list[ast.Call]:
    return [node.exc for node in ast.walk(tree)
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
            and isinstance(node.exc.func, ast.Name) and node.exc.func.id in classes]


def _templates() -> list[str]:
    out = []
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                out.append(node.args[0].value)
    return out


# ------------------------------------------------------------------ the source
def test_every_config_experiment_and_lesson_error_is_given_a_msg() -> None:
    bare, count, seen = [], 0, set()
    for path in _files():
        for call in _raises(ast.parse(path.read_text(encoding="utf-8")),
                            {"ConfigError", "ExperimentError", "LessonError"}):
            count += 1
            seen.add(path.name)
            if not _is_msg(_message_arg(call)):
                bare.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert count > 90  # the walk really sees the engine's errors...
    assert {"lessons.py", "race.py", "config.py", "experiment.py"} <= seen  # ...in every file
    assert not bare, f"errors raised with a plain (untranslatable) text: {bare}"


def test_file_checks_that_reach_the_user_raise_msgs() -> None:
    bare = []
    for name, functions in FILE_CHECKS.items():
        tree = ast.parse((ENGINE / name).read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef) and fn.name in functions:
                for call in _raises(fn, {"ValueError"}):
                    arg = _message_arg(call)
                    internal = isinstance(arg, ast.JoinedStr) and "npy version" in ast.unparse(arg)
                    if not internal and not _is_msg(arg):
                        bare.append(f"{name}:{call.lineno}")
    assert not bare, bare


def test_every_template_has_a_chinese_translation_with_the_same_fields() -> None:
    templates = _templates()
    assert len(templates) > 100
    missing = sorted({t for t in templates if t not in ZH})
    assert not missing, missing
    for t in templates:
        assert sorted(FIELDS.findall(t)) == sorted(FIELDS.findall(ZH[t])), t
        words = re.sub(r"\w+\.(json|csv|md|npz)", "", FIELDS.sub("", t))
        if re.search(r"[a-z]{2,}", words):  # words, not just "config.json: {reason}"
            assert re.search(r"[\u4e00-\u9fff]", ZH[t]), t


# ------------------------------------------------------------ English unchanged
@pytest.mark.parametrize("args, line", [
    (["--bits", "99"], "argument --bits: 99 is out of range; expected an integer from 2 to "
                       "32"),
    (["--cell", "rnn"], "argument --cell: 'rnn' is not allowed; expected one of "
                        + ", ".join(CELLS)),
    (["--lr", "fast"], "argument --lr: 'fast' is not valid; expected a number from 1e-06 to "
                       "10"),
    (["--task", "detection", "--word", "Hi"], "argument --word: 'Hi' is not allowed; expected "
                                              "1 to 20 lower-case letters a-z"),
    (["--task", "detection", "--word", "udacity", "--seq-len", "5"],
     "seq_len: 5 is too short for the word 'udacity': use at least 8 steps"),
])
def test_cli_errors_read_as_before(capsys, args, line) -> None:
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code != 0
    assert capsys.readouterr().err == f"rnnstudio train: error: {line}\n"


def test_cli_refuses_a_bad_corpus_in_plain_english(capsys, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--task", "charlm", "--corpus", str(empty)])
    assert capsys.readouterr().err == (f"rnnstudio train: error: corpus: {empty} is empty; "
                                       f"choose a file with some text in it\n")


def test_run_endings_read_as_before() -> None:
    cfg = Config(task="addition", bits=4, hidden=4, batch=4, steps=3, eval_every=1, seed=1)
    last = list(Trainer(cfg).run())[-1]
    assert last.status == "done" and last.message == "finished 3 updates"
    goal = list(Trainer(cfg.replace(until_metric=-1.0, steps=50)).run())[-1]
    assert goal.status == "goal"
    assert re.fullmatch(r"\w+ reached -?[\d.e+-]+ at step 1", goal.message), goal.message


# ------------------------------------------------------------ translated trips
def _diverged():
    cfg = Config(task="addition", optimizer="sgd", lr=10.0, clip_mode="none",
                 activation="relu", init="uniform", recurrent_scale=20.0, hidden=64, bits=32,
                 steps=200, seed=0)
    return list(Trainer(cfg).run())[-1]


def test_divergence_message_keeps_its_english_and_translates_after_a_thread_hop() -> None:
    snap = _diverged()
    assert snap.status == "diverged"
    assert snap.message.startswith(f"diverged at step {snap.step + 1}: the loss or gradients "
                                   f"became NaN/Inf.")
    # The worker hands the Snapshot itself to the GUI thread; copies must keep the Msg too.
    for message in (snap.message, copy.deepcopy(snap.message),
                    pickle.loads(pickle.dumps(snap.message))):
        assert isinstance(message, Msg)
        text = render(message, zh)
        assert f"在第 {snap.step + 1} 步发散" in text and "学习率" in text, text


def test_a_refused_setting_renders_in_chinese_with_nested_allowed_values() -> None:
    with pytest.raises(ConfigError) as err:
        Config(bits=99)
    assert str(err.value) == "bits: 99 is out of range; expected an integer from 2 to 32"
    assert render(err.value.reason, zh) == "99 超出范围；应为 2 到 32 之间的整数"
    assert render(describe_allowed("cell"), zh) == ", ".join(CELLS) + " 之一"


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.fixture(scope="module")
def good() -> bytes:
    tr = Trainer(Config(task="addition", bits=4, hidden=4, batch=4, steps=2, seed=3))
    list(tr.run())
    return ex.to_bytes(ex.Experiment(ex.capture(tr)))


def test_refused_files_keep_english_text_and_translate_every_part(good, tmp_path) -> None:
    state = json.loads(_members(good)["state.json"])
    cases = {
        "truncated": (good[:len(good) // 2], "the file is damaged or incomplete",
                      "文件已损坏或不完整"),
        "newer": (_zip({**_members(good),
                        "state.json": json.dumps({**state, "version": 99}).encode()}),
                  "it was saved by a newer RNN Studio", "更新版本的 RNN Studio"),
        "bad setting": (_zip({**_members(good), "config.json": b'{"hidden": -1}'}),
                        "config.json: hidden: -1 is out of range", "超出范围"),
        "hostile": (_zip({**_members(good), "../evil": b"x"}),
                    "refused: member '../evil' has a path that leaves its folder",
                    "跳出所在文件夹的路径"),
    }
    for name, (data, english, chinese) in cases.items():
        path = tmp_path / f"{name}.rnnstudio"
        path.write_bytes(data)
        with pytest.raises(ex.ExperimentError) as err:
            ex.load(path)
        assert str(err.value).startswith(f"Cannot open {path.name}: {english}"), name
        text = render(err.value, zh)
        assert text.startswith(f"无法打开 {path.name}：") and chinese in text, (name, text)
        assert not re.search(r"\b(the|is|has|refused|expected)\b", text), (name, text)


def test_weights_that_do_not_fit_are_refused_in_chinese(good) -> None:
    members = _members(good)
    bigger = Trainer(Config(task="addition", bits=4, hidden=5, batch=4, seed=3))
    members["weights.npz"] = ex._npz_bytes(ex.capture(bigger).weights)
    with pytest.raises(ex.ExperimentError) as err:
        ex.from_bytes(_zip(members))
    assert str(err.value).startswith("weights.npz does not fit this experiment's settings: "
                                     "weights: saved for hidden = 5")
    assert render(err.value, zh).startswith("weights.npz 与这个实验的设置不符：权重：保存时 "
                                            "hidden = 5")
