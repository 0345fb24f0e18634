"""`rnnstudio train` answers every bad input with exit status 2 and one line (at most 200
characters) naming the setting or the file: no traceback, no hang (issue #10). The last
two tests fuzz the command line and config.json with hypothesis."""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rnnstudio.cli import build_parser, main
from rnnstudio.engine.config import Config, specs

ROOT = Path(__file__).resolve().parents[2]
MAX_LINE = 200
FAST = ["--steps", "1", "--eval-every", "1", "--quiet"]


def run(argv: list[str]) -> tuple[int, str, str]:
    """main(argv) in this process: exit status, stdout, stderr (SystemExit included; any
    other exception fails the test with its traceback)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def assert_refused(argv: list[str], *names: str) -> str:
    code, _, err = run(argv)
    assert code == 2, err
    lines = err.splitlines()
    assert len(lines) == 1, err[:500]
    assert len(lines[0]) <= MAX_LINE, lines[0]
    assert any(n in lines[0] for n in names), lines[0]
    return lines[0]


# ============================================================ files and paths
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_devices_are_refused_as_corpus_and_config(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip("no such device")
    assert_refused(["--task", "charlm", "--corpus", device, *FAST], "corpus")
    assert_refused(["--config", device, *FAST], "config")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
@pytest.mark.parametrize("option", ["--corpus", "--config"])
def test_a_fifo_is_refused_without_hanging(tmp_path: Path, option: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    args = [sys.executable, "-m", "rnnstudio", "train", "--task", "charlm", option, str(pipe),
            *FAST]
    env = dict(os.environ, PYTHONPATH=str(ROOT), OPENBLAS_NUM_THREADS="1")
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "not a regular file" in proc.stderr


@pytest.mark.parametrize("name", ["n" * 300, "nul\x00in/name", "/" + "d/" * 3000 + "f"],
                         ids=["long", "nul", "deep"])
def test_bad_file_names(name: str) -> None:
    assert_refused(["--task", "charlm", "--corpus", name, *FAST], "corpus")
    assert_refused(["--config", name, *FAST], "config")


@pytest.mark.parametrize("text,names", [
    ("[" * 100_000 + "]" * 100_000, ("nested too deeply",)),
    ('{"hidden": 1' + "0" * 5000 + "}", ("c.json",)),
    ('{"' + "k" * 900_000 + '": 1}', ("unknown setting",)),
    ('{"cell": "' + "x" * 900_000 + '"}', ("cell",)),
    ('{"bogus\\nrnnstudio train: done": 1}', ("unknown setting",)),
    ('{"version": true}', ("version",)),
    ('{"version": -5}', ("version",)),
    ('{"version": "1"}', ("version",)),
], ids=["deep", "digits", "long-key", "long-value", "newline-key", "v-bool", "v-neg", "v-str"])
def test_hostile_config_files(tmp_path: Path, text: str, names: tuple[str, ...]) -> None:
    path = tmp_path / "c.json"
    path.write_text(text)
    line = assert_refused(["--config", str(path), *FAST], *names)
    assert "newer" not in line


def test_the_old_version_message_is_kept_for_newer_files(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"version": 7}')
    assert_refused(["--config", str(path), *FAST], "newer")


@pytest.mark.parametrize("out", ["n" * 300 + "/x", "bad\x00dir", "/dev/null/x"],
                         ids=["long", "nul", "not-a-folder"])
def test_bad_output_folders(out: str) -> None:
    assert_refused(["--out", out, *FAST], "out")


def test_running_out_of_memory_anyway_is_one_line(monkeypatch) -> None:
    from rnnstudio.engine.trainer import Trainer

    def no_memory(self, batch=None):
        raise MemoryError

    monkeypatch.setattr(Trainer, "update", no_memory)
    assert_refused(["--steps", "3", "--quiet"], "memory")


# ============================================================ negative numbers
@pytest.mark.parametrize("argv,name,value", [
    (["--forget-bias", "-1e-3"], "forget_bias", -1e-3),
    (["--until-metric", "-1e5"], "until_metric", -1e5),
    (["--until-metric", "-.5"], "until_metric", -0.5),
    (["--forget-bias", "-2"], "forget_bias", -2.0),
    (["--forget-bias=-1E-2"], "forget_bias", -1e-2),
])
def test_negative_numbers_with_exponents_are_values(argv, name, value) -> None:
    args = build_parser().parse_args(argv)
    assert getattr(args, name) == value


def test_an_option_after_an_option_is_still_an_option() -> None:
    code, _, err = run(["--forget-bias", "--json"])
    assert code == 2 and "expected one argument" in err
    code, _, err = run(["--forget-bias", "-inf"])
    assert code == 2 and "finite" in err


# ============================================================ memory and help
def test_a_config_that_cannot_fit_in_memory_is_refused() -> None:
    line = assert_refused(["--cell", "lstm", "--hidden", "1024", "--layers", "4", "--batch",
                           "4096", "--seq-len", "1000", "--task", "adding", *FAST], "batch")
    assert "GiB" in line and "hidden" in line


def test_help_describes_text_settings_in_words() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--help"])
    text = " ".join(out.getvalue().split())
    for option in ("--word", "--corpus"):
        part = text.split(option, 2)[2].split(" --", 1)[0]
        assert "a number" not in part, part
    assert "0.99" in text  # RMSprop's rho against PyTorch's default


def test_valid_output_is_unchanged(tmp_path: Path) -> None:
    code, out, err = run(["--task", "addition", "--steps", "3", "--quiet", "--out",
                          str(tmp_path / "o")])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "finished 3 updates"
    assert lines[1].startswith("addition / elman: 3 updates in ")
    assert lines[2].startswith("wrote ")
    rows = (tmp_path / "o" / "metrics.csv").read_text().splitlines()
    assert rows[0].startswith("step,loss,grad_norm,grad_norm_clipped,lr") and len(rows) == 4


# ============================================================ fuzzing
SMALL = {"hidden": 6, "batch": 3, "layers": 2, "seq_len": 12, "bits": 8, "delay": 6,
         "truncate": 8, "steps": 2, "eval_every": 2}


def _value_text(name: str) -> st.SearchStrategy[str]:
    s = specs()[name]
    words = st.sampled_from(["", " ", "-", "--", "nan", "-inf", "inf", "1e309", "-1e-3", "0",
                             "-0", "1" * 5000, "0x10", "1_0", "½", "\x00", "a\nb", "None",
                             "true", "'", '"'])
    junk = st.text(max_size=30)
    if s.choices:
        good = st.sampled_from(s.choices)
    elif name in SMALL:  # sizes: valid values stay small so that a run is quick
        good = st.integers(1, SMALL[name]).map(str)
    elif name == "word":
        good = st.sampled_from(["ab", "cat", "udacity"])
    elif name == "corpus":
        good = st.sampled_from(["", "/dev/zero", "/nonexistent/x.txt", "/", "~nobody/x",
                                "n" * 300])
    else:
        lo = s.minimum if s.minimum is not None else -1e9
        hi = s.maximum if s.maximum is not None else 1e9
        good = st.floats(lo, hi, allow_nan=False).map(repr)
    return st.one_of(good, good, words, junk)


OPTIONS = sorted(specs())


@st.composite
def argvs(draw) -> list[str]:
    argv: list[str] = []
    for name in draw(st.lists(st.sampled_from(OPTIONS), max_size=6)):
        flag = "--" + name.replace("_", "-")
        value = draw(_value_text(name))
        argv += draw(st.sampled_from([[flag, value], [f"{flag}={value}"], [flag]]))
    argv += draw(st.sampled_from([[], ["--json"], ["--bogus"], ["--out"]]))
    return argv


def _fast_tail(argv: list[str]) -> list[str]:
    """Keep a drawn run short: sizes the draw left out stay small, one or two updates."""
    tail = []
    for name, v in SMALL.items():
        flag = "--" + name.replace("_", "-")
        if not any(a == flag or a.startswith(flag + "=") for a in argv) or name == "steps":
            tail += [flag, str(v)]
    return ["--quiet", *argv, *tail]


def _check(code: int, err: str) -> None:
    assert code in (0, 1, 2), (code, err[-2000:])
    assert "Traceback" not in err, err[-2000:]
    if code == 2:
        lines = err.strip().splitlines()
        assert len(lines) == 1, err[:1000]
        assert len(lines[-1]) <= MAX_LINE, lines[-1]


FUZZ = settings(max_examples=500, deadline=None, derandomize=False, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(argvs())
def test_fuzzed_command_lines_never_crash(argv: list[str]) -> None:
    code, _, err = run(_fast_tail(argv))
    _check(code, err)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(-10**400, 10**400)
    | st.floats() | st.text(max_size=20) | st.sampled_from(["1", "1e3", "", "lstm", "tanh"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                               max_size=3),
    max_leaves=8)


@st.composite
def config_texts(draw) -> str:
    kind = draw(st.sampled_from(["object", "object", "object", "text", "nested"]))
    if kind == "text":
        return draw(st.text(max_size=200))
    if kind == "nested":
        depth = draw(st.integers(1, 200_000))
        return "[" * depth + "]" * depth
    keys = st.sampled_from(OPTIONS + ["version", "bogus", "a\nb", ""])
    data = draw(st.dictionaries(keys, JSON_VALUES, max_size=8))
    if draw(st.booleans()):  # mostly valid values for some settings
        for name in draw(st.lists(st.sampled_from(OPTIONS), max_size=4)):
            data[name] = getattr(Config(), name)
    try:
        return json.dumps(data, allow_nan=draw(st.booleans()))
    except ValueError:
        return json.dumps({k: v for k, v in data.items()
                           if not (isinstance(v, float) and not math.isfinite(v))})


@FUZZ
@given(config_texts())
def test_fuzzed_config_files_never_crash(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "config.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    code, _, err = run(_fast_tail(["--config", str(path)]))
    _check(code, err)
