"""Buttons: callback data within Telegram's 64 bytes, decoded strictly, labels in the reply's language."""

from __future__ import annotations

from pathlib import Path

from bot.answering import Answerer
from bot.tg.keyboards import (
    CALLBACK_DATA_LIMIT,
    Press,
    answer_keyboard,
    callback_data,
    parse_callback,
    question_buttons,
)


def test_callback_data_round_trips():
    data = callback_data("f", "signatories", "uz")
    assert data == "f:signatories:uz"
    assert parse_callback(data) == Press("f", "signatories", "uz")
    assert parse_callback("e:csto:ru") == Press("e", "csto", "ru")


def test_callback_data_over_64_bytes_is_refused():
    longest = "x" * (CALLBACK_DATA_LIMIT - len("f::en"))
    assert callback_data("f", longest, "en") is not None
    assert callback_data("f", longest + "x", "en") is None
    assert parse_callback("f:" + "x" * 70 + ":en") is None


def test_foreign_or_malformed_data_is_not_a_press():
    for data in (None, "", "x:date:en", "f:date", "f:date:de", "f:Date:en", "f:date:en:extra", "f::en"):
        assert parse_callback(data) is None


def test_every_button_of_every_answer_fits(fixture_answerer: Answerer):
    for fact in fixture_answerer.kb.facts:
        for lang in ("en", "ru", "uz"):
            markup = answer_keyboard(fixture_answerer, fixture_answerer.answer_fact(fact.id, lang))
            assert markup is not None
            for row in markup.inline_keyboard:
                for button in row:
                    assert len(button.callback_data.encode()) <= CALLBACK_DATA_LIMIT
                    assert button.text.strip()
            assert len(markup.inline_keyboard) <= 4  # three related questions and Evidence


def test_a_fact_whose_id_is_too_long_for_a_button_is_left_out(kb_dir: Path):
    long_id = "a-fact-id-that-is-far-too-long-to-fit-in-telegrams-callback-data"
    more = kb_dir / "facts" / "more.yaml"
    more.write_text(
        more.read_text()
        .replace("- id: activities", f"- id: {long_id}")
        .replace("activities, signatories", f"{long_id}, signatories")
    )
    answerer = Answerer.load(kb_dir)
    markup = answer_keyboard(answerer, answerer.answer_fact("documents", "en"))
    assert markup is not None
    assert [b.callback_data for row in markup.inline_keyboard for b in row] == ["f:signatories:en", "e:documents:en"]
    assert answer_keyboard(answerer, answerer.answer_fact(long_id, "en")) is not None  # related still offered
    assert question_buttons(answerer, [long_id], "en") == []


def test_labels_are_shortened(fixture_answerer: Answerer):
    [[button]] = question_buttons(fixture_answerer, ["activities"], "en")
    assert button.text == "How many joint military activities are planned for 2025?"
    assert len(button.text) <= 60
