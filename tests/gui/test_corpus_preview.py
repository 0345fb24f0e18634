"""The character model's text previewed under the Corpus field: its size, how many
distinct characters the network reads and predicts, the most frequent, the opening;
a file the reader refuses shows why (a non-UTF-8 byte by its offset)."""

from __future__ import annotations

from rnnstudio.engine.tasks import charlm
from rnnstudio.gui.panels.corpus_preview import CorpusPreview


def test_the_bundled_text_is_previewed_when_the_char_model_is_chosen(window):
    preview = window.task_panel.editor("corpus").preview
    assert not preview.isVisible()  # the adder reads no text
    window.apply_field("task", "charlm")
    assert preview.isVisible()
    _, vocab, ids = charlm.load("")
    text = preview.summary.text()
    assert f"shakespeare.txt: {len(ids):,} characters, {len(vocab)} distinct" in text
    assert "␣" in preview.vocab.text()  # the space, the commonest character, by name
    assert "THE TRAGEDY OF HAMLET" in preview.opening.text()
    window.apply_field("task", "addition")
    assert not preview.isVisible()


def test_own_text_with_too_many_characters_says_which_are_merged(qtbot, window, tmp_path):
    text = "".join(chr(0x4E00 + i) for i in range(150)) * 20  # 150 distinct characters
    own = tmp_path / "hanzi.txt"
    own.write_text(text, encoding="utf-8")
    preview = CorpusPreview()
    qtbot.addWidget(preview)
    preview.show_config(window.config.replace(task="charlm", corpus=str(own)))
    summary = preview.summary.text()
    assert f"{len(text):,} characters, {charlm.MAX_VOCAB} distinct" in summary
    assert f"past {charlm.MAX_VOCAB} distinct characters the rarest are read as one" in summary
    assert "and 84 more" in preview.vocab.text()  # 96 symbols, 12 listed


def test_a_file_that_is_not_utf8_shows_the_byte_and_its_offset(qtbot, window, tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\u00e9 au lait, ".encode("latin-1") * 30)
    preview = CorpusPreview()
    qtbot.addWidget(preview)
    preview.show_config(window.config.replace(task="charlm", corpus=str(bad)))
    assert "byte 0xe9 at offset 3" in preview.summary.text()
    assert preview.vocab.isHidden() and preview.opening.isHidden()
