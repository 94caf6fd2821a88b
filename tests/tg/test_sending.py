"""The sending policy's pieces, in process: splitting long texts."""

from __future__ import annotations

from bot.tg.sending import split_text, utf16_len


def test_a_too_long_text_is_split_at_line_ends_within_the_limit():
    text = "\n".join(f"line {n} " + "ж" * 50 for n in range(400))
    parts = list(split_text(text, 4000))
    assert len(parts) > 1
    assert all(utf16_len(part) <= 4000 for part in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    emoji = "😀" * 5000  # two UTF-16 code units each, no spaces at all
    parts = list(split_text(emoji, 4000))
    assert all(utf16_len(part) <= 4000 for part in parts)
    assert "".join(parts) == emoji
