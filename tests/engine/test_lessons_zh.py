"""The lessons in Simplified Chinese: every lesson has a complete translation that keeps
the English lesson's numbers, and the settings stay in the English files only; a broken
lesson file is explained in Chinese and race lanes are named in Chinese."""

from __future__ import annotations

import json
import pickle
import re
import shutil
from pathlib import Path

import pytest

from rnnstudio.engine.config import Config, specs
from rnnstudio.engine.lessons import (
    WORDS,
    LessonError,
    lessons_dir,
    load_lesson,
    load_lessons,
    settings_line,
    words,
)
from rnnstudio.engine.race import SETTING_NAMES, lane_labels
from rnnstudio.engine.text import CONTEXT, render

EN = {ls.id: ls for ls in load_lessons()}
ZH = {ls.id: ls for ls in load_lessons(lang="zh_CN")}
HAN = re.compile(r"[\u4e00-\u9fff]")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
LATIN = re.compile(r"[A-Za-z]{4,}")
# names and symbols that stay as they are in a Chinese lesson
NAMES = {"elman", "lstm", "trask", "gers", "schmidhuber", "hochreiter", "greff",
         "bptt", "tanh", "sigmoid", "softmax", "diag", "glorot", "adam", "udacity"}


def test_every_lesson_has_a_complete_chinese_version_with_the_same_settings():
    folder = lessons_dir() / "zh_CN"
    assert set(ZH) == set(EN)
    assert [ls.id for ls in load_lessons(lang="zh_CN")] == [ls.id for ls in load_lessons()]
    for lid, en in EN.items():
        zh = ZH[lid]
        assert (folder / f"{lid}.json").exists() and (folder / f"{lid}.md").exists()
        assert zh.lang == "zh_CN" and en.lang == "en"
        assert len(zh.look_for) == len(en.look_for)
        assert len(zh.lanes) == len(en.lanes)
        assert zh.configs == en.configs  # one source of truth: the English file
        assert zh.claim.kind == en.claim.kind and dict(zh.claim.params) == dict(en.claim.params)
        assert zh.order == en.order and zh.is_race == en.is_race
        for text in (zh.title, zh.summary, zh.text, zh.claim.text, *zh.look_for):
            assert HAN.search(text), (lid, text)
        # the translation only holds texts: no config can sneak in and disagree
        data = json.loads((folder / f"{lid}.json").read_text(encoding="utf-8"))
        assert set(data) <= {"id", "title", "summary", "look_for", "lane_labels", "claim"}


def test_chinese_texts_keep_every_number_of_the_english_ones():
    for lid, en in EN.items():
        zh = ZH[lid]
        pairs = [(en.claim.text, zh.claim.text), (en.text, zh.text),
                 *zip(en.look_for, zh.look_for, strict=True)]
        for en_text, zh_text in pairs:
            missing = set(NUMBER.findall(en_text)) - set(NUMBER.findall(zh_text))
            assert not missing, (lid, missing, zh_text)


def test_a_chinese_lesson_reads_in_chinese_from_title_to_settings():
    for lid, zh in ZH.items():
        md = zh.markdown()
        assert md.startswith(f"# {zh.title}")
        assert "## 观察要点" in md and "## 应当看到的结果" in md and "## 设置" in md
        assert all(item in md for item in zh.look_for) and zh.claim.text in md
        assert "What to look for" not in md and "Settings" not in md
        assert ("竞赛模式" in md) == zh.is_race
        english = [w for w in LATIN.findall(md) if w.lower() not in NAMES]
        assert not english, (lid, english)
        for lane in zh.lanes:
            assert f"**{lane.label}**：{settings_line(lane.config, 'zh_CN')}" in md
    line = settings_line(ZH["exploding"].lanes[1].config, "zh_CN")
    assert line == ("Elman，32 个隐藏单元；tanh；Glorot 初始化；循环权重缩放 4；延迟回忆，"
                    "间隔 k = 10 步；SGD，学习率 0.3，批大小 32；按全局范数裁剪，阈值 1")
    # English stays as it was
    assert settings_line(EN["exploding"].lanes[1].config).startswith("Elman, 32 hidden; tanh")
    assert "## What to look for" in EN["vanishing"].markdown()


def test_the_chinese_words_cover_every_generated_word_with_the_same_fields():
    zh = json.loads((lessons_dir() / "zh_CN" / "_words.json").read_text(encoding="utf-8"))
    assert set(zh) == set(WORDS)
    fields = re.compile(r"\{[^{}]*\}")
    for key, text in WORDS.items():
        assert sorted(fields.findall(zh[key])) == sorted(fields.findall(text)), key
    assert words("zh_CN")["settings"] == "设置" and words("en") is WORDS
    assert words("fr")["settings"] == "Settings"  # no translation: English


def _copy(tmp_path: Path, lid: str) -> Path:
    (tmp_path / "zh_CN").mkdir()
    for ext in (".json", ".md"):
        shutil.copy(lessons_dir() / f"{lid}{ext}", tmp_path / f"{lid}{ext}")
        shutil.copy(lessons_dir() / "zh_CN" / f"{lid}{ext}", tmp_path / "zh_CN" / f"{lid}{ext}")
    return tmp_path / "zh_CN" / f"{lid}.json"


def test_a_broken_translation_is_explained_and_a_missing_one_falls_back_to_english(tmp_path):
    path = _copy(tmp_path, "vanishing")
    assert load_lessons(tmp_path, lang="zh_CN")[0].lang == "zh_CN"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["look_for"] = data["look_for"][:2]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LessonError, match=r"zh_CN/vanishing.json: 'look_for' must hold 4"):
        load_lessons(tmp_path, lang="zh_CN")
    data["look_for"] = ZH["vanishing"].look_for
    data["lane_labels"] = ["Elman", "LSTM"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LessonError, match="'lane_labels' must hold 3 names"):
        load_lessons(tmp_path, lang="zh_CN")
    path.write_text("{", encoding="utf-8")
    with pytest.raises(LessonError, match="not valid JSON"):
        load_lessons(tmp_path, lang="zh_CN")
    path.unlink()
    path.with_suffix(".md").unlink()
    lesson = load_lessons(tmp_path, lang="zh_CN")[0]
    assert lesson.lang == "en" and lesson.title == EN["vanishing"].title


# ------------------------------------------------ engine messages: errors and lane labels
def _seed_translations():
    """zh_CN exactly as packaging/update_translations.py fills the .ts: a "context|source"
    key first, then the bare source."""
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    seed = mod.load_seed("zh_CN")
    return lambda s: seed.get(f"{CONTEXT}|{s}", seed.get(s, s))


ZH_ENGINE = _seed_translations()
QUOTED = re.compile(r"'[^']*'|\S+\.(?:json|md)\b")  # keys, values and file names as written


def _english_words(text: str, keep: set[str]) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z_]{2,}", QUOTED.sub("", text))
            if w.lower() not in keep]


def _broken(tmp_path: Path, edit, md: str | None = None) -> LessonError:
    path = tmp_path / "vanishing.json"
    data = json.loads((lessons_dir() / "vanishing.json").read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    path.with_suffix(".md").write_text(
        md if md is not None else (lessons_dir() / "vanishing.md").read_text(encoding="utf-8"),
        encoding="utf-8")
    with pytest.raises(LessonError) as err:
        load_lesson(path)
    return err.value


def test_a_broken_lesson_file_is_explained_entirely_in_chinese(tmp_path):
    lanes = lambda d, n: d.update(lanes=d["lanes"] * n)  # noqa: E731
    cases = [  # (edit, .md text, English as before, Chinese)
        (lambda d: d.pop("look_for"), None,
         "vanishing.json: 'look_for' is missing", "vanishing.json：缺少 'look_for'"),
        (lambda d: d.update(title=3), None, "vanishing.json: 'title' must be str, not int",
         "vanishing.json：'title' 必须是字符串，而不是整数"),
        (lambda d: d["lanes"][1]["config"].update(hidden=0), None,
         "vanishing.json: lane 2: hidden: 0 is out of range; expected an integer from 1 to "
         "1024", "vanishing.json：第 2 条赛道：hidden：0 超出范围；应为 1 到 1024 之间的整数"),
        (lambda d: d["lanes"][1].pop("label"), None, "vanishing.json: lane 2: 'label' is missing",
         "vanishing.json：第 2 条赛道：缺少 'label'"),
        (lambda d: d["lanes"][2]["config"].update(delay=10), None,
         "vanishing.json: delay: lane 3 has 10 but lane 1 has", "参加竞赛的赛道必须使用相同的"),
        (lambda d: lanes(d, 2), None, "vanishing.json: 'lanes' must hold 1 to 3 lanes, not 6",
         "vanishing.json：'lanes' 必须包含 1 到 3 条赛道，而不是 6 条"),
        (lambda d: d["claim"].update(updates=0), None,
         "vanishing.json: claim 'updates' must be a positive integer",
         "vanishing.json：'claim' 中的 'updates' 必须是正整数"),
        (lambda d: d.update(id="other"), None,
         "vanishing.json: 'id' is 'other' but must match the file name",
         "vanishing.json：'id' 是 'other'，但它必须与文件名一致"),
        (lambda d: None, " \n", "vanishing.json: the explanation (.md) is empty",
         "vanishing.json：讲解文件（.md）是空的"),
    ]
    for edit, md, english, chinese in cases:
        exc = _broken(tmp_path, edit, md)
        assert str(exc).startswith(english)  # the English text is what it always was
        text = render(exc, ZH_ENGINE)
        assert chinese in text and HAN.search(text), text
        # only what the file itself says stays in English: its keys and setting names
        assert not _english_words(text, keep={"hidden", "delay"}), text


def test_a_broken_translation_is_explained_in_chinese(tmp_path):
    path = _copy(tmp_path, "vanishing")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["lane_labels"] = ["Elman"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(LessonError) as err:
        load_lessons(tmp_path, lang="zh_CN")
    assert str(err.value) == "zh_CN/vanishing.json: 'lane_labels' must hold 3 names, one per lane"
    assert render(err.value, ZH_ENGINE) == ("zh_CN/vanishing.json：'lane_labels' 必须包含 3 个"
                                            "名称，每条赛道一个")


def test_race_lane_labels_name_the_differing_settings_in_chinese():
    base = Config(task="recall", hidden=16)
    cases = [
        ([base.replace(clip_mode="none"), base.replace(clip=1.0), base.replace(cell="lstm")],
         ["Elman (no clipping)", "Elman (clip norm 1)", "LSTM"],
         ["Elman（不裁剪）", "Elman（按范数裁剪 1）", "LSTM"]),
        ([base.replace(cell="peephole"), base.replace(cell="peephole", hidden=8, lr=0.1)],
         ["Peephole LSTM (hidden 16, lr 0.01)", "Peephole LSTM (hidden 8, lr 0.1)"],
         ["窥孔 LSTM（隐藏单元数 16，学习率 0.01）", "窥孔 LSTM（隐藏单元数 8，学习率 0.1）"]),
        ([base, base.replace(clip_mode="value")],
         ["Elman (clip norm 5)", "Elman (clip value 5)"],
         ["Elman（按范数裁剪 5）", "Elman（按数值裁剪 5）"]),
        ([base.replace(cell="gru"), base.replace(cell="gru")], ["GRU #1", "GRU #2"],
         ["GRU #1", "GRU #2"]),
    ]
    for configs, english, chinese in cases:
        labels = lane_labels(configs)
        assert labels == english
        assert [render(label, ZH_ENGINE) for label in labels] == chinese
        # the labels travel to the GUI inside snapshots: copies stay translatable
        assert [render(pickle.loads(pickle.dumps(x)), ZH_ENGINE) for x in labels] == chinese


def test_every_setting_a_lane_label_can_name_is_named_in_chinese():
    base = Config(task="addition")
    fixed = {"cell", "steps", "until_metric", "eval_every", "temperature", "clip_mode", "clip"}
    for name in set(specs()) - fixed:
        assert name in SETTING_NAMES, name
        value = getattr(base, name)
        if isinstance(value, int) and not isinstance(value, bool):  # e.g. hidden 17
            label = lane_labels([base, base.replace(**{name: value + 1})])[1]
            assert label == f"Elman ({name} {value + 1})"
            text = render(label, ZH_ENGINE)
            assert HAN.search(text) and name not in text, text
        assert HAN.search(render(SETTING_NAMES[name], ZH_ENGINE)), name
