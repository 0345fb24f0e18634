"""The lessons in Simplified Chinese: every lesson has a complete translation that keeps
the English lesson's numbers, and the settings stay in the English files only."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from rnnstudio.engine.lessons import (
    WORDS,
    LessonError,
    lessons_dir,
    load_lessons,
    settings_line,
    words,
)

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
