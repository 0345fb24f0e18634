"""Settings are declared once; bad values are refused with the field and what it allows."""

import json
import math

import pytest

from rnnstudio.engine.config import Config, ConfigError, atomic_write_text, specs


def test_defaults_are_valid_and_every_field_is_declared():
    c = Config()
    for name, s in specs().items():
        assert s.label and s.help, name
        assert s.group in ("model", "task", "training"), name
        assert hasattr(c, name)


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("cell", "transformer", "elman, lstm, peephole, gru"),
        ("task", "chess", "addition"),
        ("hidden", 0, "from 1 to 1024"),
        ("hidden", -3, "from 1 to 1024"),
        ("lr", 0.0, "from 1e-06 to 10"),
        ("lr", math.nan, "finite"),
        ("bits", 1, "from 2 to 32"),
        ("bits", 33, "from 2 to 32"),
        ("word", "Hello!", "lower-case"),
        ("word", [], "lower-case"),  # what argparse makes of "--word=--"
        ("cell", ["lstm"], "elman, lstm"),
        ("layers", 5, "from 1 to 4"),
    ],
)
def test_bad_values_name_the_field_and_what_is_allowed(field, value, allowed):
    with pytest.raises(ConfigError) as err:
        Config(**{field: value})
    assert err.value.field == field
    assert str(err.value).startswith(f"{field}: ")
    assert allowed in str(err.value)


def test_replace_validates():
    with pytest.raises(ConfigError, match="hidden"):
        Config().replace(hidden=0)


def test_json_round_trip_and_version(tmp_path):
    c = Config(cell="lstm", hidden=32, until_metric=0.9, word="abc", lr=0.003)
    p = tmp_path / "config.json"
    c.save(p)
    data = json.loads(p.read_text())
    assert data["version"] == 1
    assert Config.load(p) == c


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("{not json", "config"),
        ("[1, 2]", "config"),
        ('{"hidden": "many"}', "hidden"),
        ('{"hidden": 2.5}', "hidden"),
        ('{"colour": "red"}', "colour"),
        ('{"version": 99}', "version"),
        ('{"cell": 7}', "cell"),
    ],
)
def test_unreadable_configs_are_refused_clearly(text, field):
    with pytest.raises(ConfigError) as err:
        Config.from_json(text)
    assert err.value.field == field


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    p = tmp_path / "config.json"
    Config(hidden=8).save(p)
    before = p.read_text()

    import os

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        atomic_write_text(p, "garbage")
    assert p.read_text() == before
    assert [f.name for f in tmp_path.iterdir()] == ["config.json"]  # no temp file left
