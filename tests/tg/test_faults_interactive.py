"""Fault suite: interactive updates are not queued behind messages (a press and an inline query are
answered within 5 s under a backlog of 2,000 questions), and odd Unicode costs no traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.tg.conftest import copy_kb, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import BOT_ID, BOT_USERNAME, FakeTelegram

pytestmark = pytest.mark.asyncio

QUESTION = "Who signed the agreement?"
BACKLOG = 2000


async def test_a_press_and_an_inline_query_are_answered_within_5_s_under_a_backlog(
    api: FakeBotApi, tmp_path: Path, figures
):
    tg = api.tg
    env = {"MAX_PENDING_UPDATES": "5000", "DRAIN_TIMEOUT_SECONDS": "1", "FLOOD_MAX_MESSAGES": "0"}
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), env=env)
    try:
        await api.wait_for(lambda: "getUpdates" in tg.methods(), 20, "polling", bot.alive)
        presser = FakeTelegram.user(61_000, "Presser")
        chat = tg.private(presser)
        tg.text(chat, presser, QUESTION)
        [answer] = await api.wait_for(lambda: tg.sent_to(chat["id"]), 10, "the answer", bot.alive)
        button = next(b for b in answer.buttons if "callback_data" in b)
        for n in range(BACKLOG):
            user = FakeTelegram.user(62_000 + n, "U")
            tg.text(tg.private(user), user, QUESTION)
        begin = time.monotonic()
        query_id = tg.press(presser, answer.message, button["callback_data"])
        inline_id = tg.inline(presser, "who signed")
        await api.wait_for(lambda: tg.callback_queries[query_id], 10, "the press answered", bot.alive)
        press_seconds = time.monotonic() - begin
        await api.wait_for(lambda: tg.inline_queries[inline_id], 10, "the inline query answered", bot.alive)
        inline_seconds = time.monotonic() - begin
        answered_meanwhile = len(tg.sent) - 1
        assert press_seconds < 5
        assert inline_seconds < 5
        figures(
            f"\nbacklog of {BACKLOG} questions: button press answered after {press_seconds:.2f} s, inline query "
            f"after {inline_seconds:.2f} s ({answered_meanwhile} questions answered meanwhile)"
        )
    finally:
        await bot.stop(within=20)


async def test_a_lone_surrogate_in_a_text_mention_costs_no_traceback(api: FakeBotApi, tmp_path: Path):
    tg = api.tg
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"))
    try:
        await api.wait_for(lambda: "getUpdates" in tg.methods(), 20, "polling", bot.alive)
        user = FakeTelegram.user(61_500, "U")
        group = tg.group(-100_500)
        text = "Pact bot, who signed the agreement? \ud800"
        mention = {
            "type": "text_mention",
            "offset": 0,
            "length": 8,
            "user": {"id": BOT_ID, "is_bot": True, "first_name": "Pact", "username": BOT_USERNAME},
        }
        update = tg.text(group, user, text, entities=[mention])
        [reply] = await api.wait_for(lambda: tg.replies_to(update), 10, "the reply", bot.alive)
        assert reply.text.startswith("Russia's Defence Minister")
        output = bot.output()
        assert "Traceback" not in output
        assert "UnicodeEncodeError" not in output
    finally:
        await bot.stop()
