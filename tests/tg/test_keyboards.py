"""Buttons: callback data within Telegram's 64 bytes, decoded strictly, labels in the reply's language."""

from __future__ import annotations

from pathlib import Path

from bot.answering import Answerer
from bot.tg.keyboards import (
    CALLBACK_DATA_LIMIT,
    Press,
    answer_keyboard,
    callback_data,
    deep_link,
    language_keyboard,
    parse_callback,
    parse_language_choice,
    parse_start,
    question_buttons,
    start_payload,
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
                    assert button.callback_data is None or len(button.callback_data.encode()) <= CALLBACK_DATA_LIMIT
                    assert button.text.strip()
            assert len(markup.inline_keyboard) <= 4  # three related questions, then Evidence and Share
            [evidence, share] = markup.inline_keyboard[-1]
            assert evidence.callback_data == f"e:{fact.id}:{lang}"
            assert share.switch_inline_query == fact.questions.get(lang)[0]


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
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert data == ["f:signatories:en", "e:documents:en", None]  # None: the Share button
    assert answer_keyboard(answerer, answerer.answer_fact(long_id, "en")) is not None  # related still offered
    assert question_buttons(answerer, [long_id], "en") == []


def test_labels_are_shortened(fixture_answerer: Answerer):
    [[button]] = question_buttons(fixture_answerer, ["activities"], "en")
    assert button.text == "How many joint military activities are planned for 2025?"
    assert len(button.text) <= 60


def test_deep_link_payloads_round_trip_within_telegrams_limit():
    assert start_payload("signatories", "uz") == "f_signatories_uz"
    assert parse_start("f_signatories_uz") == ("signatories", "uz")
    assert parse_start("f_joint_plan-2025_ru") == ("joint_plan-2025", "ru")  # ids may hold _ and -
    assert deep_link("PactBot", "date", "en") == "https://t.me/PactBot?start=f_date_en"
    for payload in ("", "help", "f_date", "f_date_de", "f__en", "f_Date_en", "f_" + "x" * 60 + "_en"):
        assert parse_start(payload) is None, payload
    assert start_payload("x" * 60, "en") is None  # over 64 characters: no link rather than a broken one
    assert deep_link("PactBot", "x" * 60, "en") is None


def test_language_buttons_name_each_language_in_itself_and_mark_the_choice():
    markup = language_keyboard("ru", "en")
    rows = [[(b.text, b.callback_data) for b in row] for row in markup.inline_keyboard]
    assert rows == [
        [("English", "l:en")],
        [("✓ Русский", "l:ru")],
        [("O'zbekcha", "l:uz")],
        [("The question's language", "l:auto")],
    ]
    assert language_keyboard(None, "uz").inline_keyboard[-1][0].text == "✓ Savol tili"
    assert [parse_language_choice(d) for d in ("l:ru", "l:auto", "l:de", "f:date:en", None)] == [
        "ru",
        "auto",
        None,
        None,
        None,
    ]
