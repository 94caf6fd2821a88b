"""The log of declined questions as the Telegram layer writes it, and what /unanswered and /stats show."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.tg.curation import Curation, Stats, format_uptime, stats_lines, unanswered_items
from bot.unanswered import Frequent, UnansweredLog
from tests.telegram_html import html_errors

HOSTILE = "<b>Who</b> & %s %(name)s {0} {bot} signed with Belarus?"


async def test_a_declined_question_is_recorded_with_the_closest_fact_and_a_hashed_user(
    tmp_path: Path, fixture_answerer: Answerer
):
    path = tmp_path / "data" / "u.jsonl"
    curation = Curation(UnansweredLog(path, salt="a-salt-of-sixteen-chars"))
    question = "Who signed the treaty with Belarus last week?"
    reply = fixture_answerer.answer(question)
    assert not reply.answered
    await curation.record_decline(fixture_answerer, question, reply, "en", 987654321)
    [line] = path.read_text(encoding="utf-8").splitlines()
    entry = json.loads(line)
    assert entry["text"] == question
    assert entry["language"] == "en"
    found, _ = fixture_answerer.match(question)
    assert entry["best_fact"] == found.best_fact_id
    assert entry["best_score"] == round(found.best_fact_score, 4)
    assert entry["time"].endswith("+00:00")
    assert "987654321" not in line
    assert len(entry["user"]) == 16
    assert curation.stats.recorded == 1


async def test_answered_questions_are_not_recorded(tmp_path: Path, fixture_answerer: Answerer):
    path = tmp_path / "u.jsonl"
    curation = Curation(UnansweredLog(path))
    reply = fixture_answerer.answer("Who signed the agreement?")
    await curation.record_decline(fixture_answerer, "Who signed the agreement?", reply, "en", 1)
    assert not path.exists()


async def test_a_log_that_cannot_be_written_is_reported_once_and_never_stops_the_bot(
    tmp_path: Path, fixture_answerer: Answerer, caplog: pytest.LogCaptureFixture
):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    curation = Curation(UnansweredLog(blocker / "u.jsonl"))
    reply = fixture_answerer.answer("What is the weather?")
    with caplog.at_level(logging.DEBUG, logger="bot.tg.curation"):
        for _ in range(3):
            await curation.record_decline(fixture_answerer, "What is the weather?", reply, "en", 1)
    assert curation.stats.record_failures == 3
    assert curation.stats.recorded == 0
    levels = [r.levelno for r in caplog.records if "could not record" in r.getMessage()]
    assert levels == [logging.WARNING, logging.DEBUG, logging.DEBUG]


async def test_turned_off_records_nothing(fixture_answerer: Answerer):
    curation = Curation(None)
    reply = fixture_answerer.answer("What is the weather?")
    await curation.record_decline(fixture_answerer, "What is the weather?", reply, "en", 1)
    assert await curation.frequent() == []


async def test_user_text_is_escaped_in_the_unanswered_list():
    rows = [
        Frequent(HOSTILE, 3, "en", "2025-01-22T10:00:00+00:00", "signatories", 0.4123),
        Frequent("line\nbreak\tand  spaces", 1, "ru", "2025-01-22T10:00:00+00:00", None, 0.0),
    ]
    items = unanswered_items(rows, "en")
    assert items[0] == (
        "• <b>3×</b> &lt;b&gt;Who&lt;/b&gt; &amp; %s %(name)s {0} {bot} signed with Belarus? "
        "<i>(en; closest: signatories (0.41))</i>"
    )
    assert items[1] == "• <b>1×</b> line break and spaces <i>(ru)</i>"
    assert all(html_errors(item) == [] for item in items)
    long = unanswered_items([Frequent("x" * 500, 1, "en", "", None, 0.0)], "ru")[0]
    assert len(long) < 260


def test_stats_lines_in_every_language(fixture_answerer: Answerer, tmp_path: Path):
    stats = Stats(answered=12, declined=3, buttons=4, inline=5, recorded=3)
    curation = Curation(UnansweredLog(tmp_path / "u&v.jsonl"), stats)
    kb = fixture_answerer.kb
    for lang in ("en", "ru", "uz"):
        lines = stats_lines(curation, fixture_answerer, (2, 1), 7, lang)
        text = "\n".join(lines)
        assert html_errors(text) == []
        assert kb.content_hash in text
        assert kb.loaded_at.strftime("%Y-%m-%d %H:%M UTC") in text
        assert "12" in text
        assert "u&amp;v.jsonl" in text
    en = stats_lines(curation, fixture_answerer, (2, 1), 7, "en")
    assert en[0] == "<b>Statistics</b>"
    assert en[2] == "Questions since start: 12 answered, 3 declined"
    assert en[3] == "Buttons pressed: 4; inline queries: 5; flood notices: 7"
    assert en[4].startswith(f"Fact base: 6 facts, 2 sources, hash {kb.content_hash}, loaded ")
    assert en[5] == "Reloads since start: 2 succeeded, 1 failed"


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "00:00:00"), (59.9, "00:00:59"), (3_725, "01:02:05"), (2 * 86_400 + 3_600, "2 d 01:00:00")],
)
def test_uptime_format(seconds: float, shown: str):
    assert format_uptime(seconds) == shown
