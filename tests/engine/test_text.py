"""Engine messages stay plain English strings for the CLI and carry what the GUI needs to
show them translated."""

import copy
import pickle

from rnnstudio.engine.config import ConfigError
from rnnstudio.engine.text import msg, render

TABLE = {"{value!r} is out of range; expected {allowed}": "{value!r} 超出范围；应为{allowed}",
         "an integer from {lo} to {hi}": "{lo} 到 {hi} 的整数"}


def _zh(s: str) -> str:
    return TABLE.get(s, s)


def test_a_message_is_its_english_text_and_renders_translated_with_nested_parts() -> None:
    m = msg("{value!r} is out of range; expected {allowed}", value=12,
            allowed=msg("an integer from {lo} to {hi}", lo=1, hi=8))
    assert m == "12 is out of range; expected an integer from 1 to 8"
    assert m.render(_zh) == "12 超出范围；应为1 到 8 的整数"
    for twin in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert twin.render(_zh) == m.render(_zh)


def test_errors_render_with_their_field_and_plain_texts_pass_through() -> None:
    exc = ConfigError("bits", msg("{value!r} is out of range; expected {allowed}", value=0,
                                  allowed=msg("an integer from {lo} to {hi}", lo=1, hi=8)))
    assert str(exc) == "bits: 0 is out of range; expected an integer from 1 to 8"
    assert render(exc, _zh) == "bits: 0 超出范围；应为1 到 8 的整数"
    assert render(ValueError("plain"), _zh) == "plain"
    assert render("plain", _zh) == "plain"


def test_a_translation_that_breaks_the_fields_falls_back_to_english() -> None:
    m = msg("stopped at step {step}", step=3)
    assert m.render(lambda s: "停在第 {steps} 步") == "stopped at step 3"
