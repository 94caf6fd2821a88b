"""The timeline: dated events oldest first, one line each with a source link, in one message, ending
with how far the sources reach; reached by the CLI and by questions such as "хронология"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.answering import Answerer
from bot.cli import main
from bot.models import LANGS
from bot.replies import TELEGRAM_LIMIT, esc, format_date, to_plain
from bot.timeline import TIMELINE_FACT, entries, latest_line, timeline_text
from tests.telegram_html import html_errors


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_is_one_valid_message_in_each_language(answerer: Answerer, lang):
    text = timeline_text(answerer.kb, lang)
    assert len(text) <= TELEGRAM_LIMIT
    assert html_errors(text) == []
    events = entries(answerer.kb)
    assert len(events) >= 12
    lines = [line for line in text.splitlines() if line.startswith("• ")]
    assert len(lines) == len(events)  # nothing dropped: the whole timeline fits
    assert all('<a href="' in line for line in lines)
    for entry in events:
        assert esc(entry.event.label.get(lang)) in text
    assert text.endswith(esc(latest_line(answerer.kb, lang)))


def test_events_run_from_2016_to_the_latest_report_in_order(answerer: Answerer):
    dates = [e.event.date for e in entries(answerer.kb)]
    assert dates == sorted(dates)
    assert dates[0] == dt.date(2016, 11, 29)
    assert dt.date(2025, 1, 22) in dates
    assert dt.date(2025, 5, 10) in dates
    assert dt.date(2025, 7, 15) in dates
    assert dates[-1] <= answerer.kb.latest_report
    assert answerer.kb.latest_report == dt.date(2026, 3, 4)


def test_english_lines_carry_formatted_dates_and_the_reach_of_the_sources(answerer: Answerer):
    plain = to_plain(timeline_text(answerer.kb, "en"))
    assert "• 22 January 2025 — Tashkent" in plain
    assert "reported 20 October 2025" in plain  # the report's date, not the event's
    assert plain.splitlines()[-1] == (
        "The latest report I have is dated 4 March 2026; I have no reports of Russia–Uzbekistan defence events after it."
    )
    assert "(https://tass.com/politics/1955727)" in plain


def test_a_tight_limit_drops_the_oldest_lines_first(answerer: Answerer):
    full = timeline_text(answerer.kb, "en")
    short = timeline_text(answerer.kb, "en", limit=len(full) // 2)
    assert len(short) <= len(full) // 2
    assert html_errors(short) == []
    assert "• …" in short
    assert "2016" not in short
    assert format_date(answerer.kb.latest_report, "en") in short  # the reach is always said
    assert esc(entries(answerer.kb)[-1].event.label.get("en")) in short


@pytest.mark.parametrize(
    ("question", "lang"),
    [("timeline", "en"), ("chronology of events", "en"), ("хронология", "ru"), ("xronologiya", "uz")],
)
def test_questions_asking_for_the_timeline_get_it(answerer: Answerer, question, lang):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.fact_id == TIMELINE_FACT
    assert reply.language == lang
    assert reply.text == timeline_text(answerer.kb, lang)


def test_cli_prints_the_timeline_as_plain_text(capsys):
    assert main(["timeline", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert not re.search(r"</?[a-z]+[ >]", out)
    assert "22 января 2025" in out
    assert "Самое позднее сообщение в моих источниках датировано 4 марта 2026" in out


@pytest.mark.parametrize("lang", LANGS)
def test_the_timeline_after_a_day_lists_only_what_followed_it(answerer: Answerer, lang):
    day = dt.date(2025, 7, 15)
    text = timeline_text(answerer.kb, lang, after=day)
    assert html_errors(text) == []
    assert format_date(day, lang) in text
    later = [e for e in entries(answerer.kb) if e.event.date > day]
    earlier = [e for e in entries(answerer.kb) if e.event.date <= day]
    assert later
    assert earlier
    assert all(esc(e.event.label.get(lang)) in text for e in later)
    assert not any(esc(e.event.label.get(lang)) in text for e in earlier)
    # nothing after the newest report: said so, not an empty list
    assert "•" not in timeline_text(answerer.kb, lang, after=answerer.kb.latest_report)


@pytest.mark.parametrize(
    ("question", "after"),
    [
        ("What happened after May 2025?", "31 May 2025"),
        ("What happened after the Hamkorlik exercise?", "15 July 2025"),
        ("Что было после июля 2025?", "31 июля 2025"),
        ("Hamkorlik-2025 mashg'ulotidan keyin nima bo'ldi?", "2025-yil 15-iyul"),
        ("Any follow-up after the ministers' meeting in Moscow in May 2025?", "31 May 2025"),
        ("What came after the May 2025 Moscow meeting?", "31 May 2025"),
    ],
)
def test_what_happened_after_a_day_or_an_event_is_the_timeline_from_it(answerer: Answerer, question: str, after: str):
    reply = answerer.answer(question)
    assert reply.answered
    assert reply.fact_id == TIMELINE_FACT
    assert after in reply.text
    assert "Birlik-2025" in reply.text or "Бирлик-2025" in reply.text


@pytest.mark.parametrize(
    "question",
    ["What happened after the signing?", "what happened after the January 2025 signing?", "Что было после подписания?"],
)
def test_what_happened_after_the_signing_is_still_what_followed(answerer: Answerer, question: str):
    assert answerer.answer(question).fact_id == "what-followed"


def test_the_chronology_of_one_visit_asked_by_its_dates_is_no_request_for_the_timeline(answerer: Answerer):
    reply = answerer.answer(
        "Хотелось бы восстановить хронологию визита: когда Белоусов прибыл в Узбекистан "
        "и в какой день недели были подписаны документы?"
    )
    assert reply.fact_id != "timeline"
    assert "21 января" in reply.text
    assert answerer.answer("хронология событий после подписания").fact_id == "timeline"
