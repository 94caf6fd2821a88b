"""The error handler: logs where it happened, tells a private-chat user, never raises."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from telegram import Update
from telegram.error import BadRequest, Forbidden, TimedOut

from bot.tg.errors import on_error
from tests.tg.telegram_fake import FakeTelegram

pytestmark = pytest.mark.asyncio

ANN = FakeTelegram.user(701, "Ann", "uz")


def context(app, error: Exception) -> SimpleNamespace:
    return SimpleNamespace(error=error, bot=app.bot, user_data=None)


async def test_a_bug_is_logged_with_its_traceback_and_the_user_is_told(app, tg, caplog):
    chat = tg.private(ANN)
    update = Update.de_json(tg.text(chat, ANN, "salom"), app.bot)
    try:
        raise KeyError("oops")
    except KeyError as exc:
        error = exc
    with caplog.at_level(logging.ERROR, logger="bot.tg.errors"):
        await on_error(update, context(app, error))
    [record] = caplog.records
    assert record.exc_info is not None
    assert f"update {update.update_id} in a private chat" in record.getMessage()
    assert "salom" not in record.getMessage()
    [sent] = tg.sent_to(chat["id"])
    assert sent.text == "Kechirasiz, nimadir noto'g'ri ketdi. Qaytadan urinib ko'ring."


async def test_a_refused_message_is_an_error_not_a_network_blip(app, tg, caplog):
    group = tg.group(-100701)
    update = Update.de_json(tg.text(group, ANN, "@PactTestBot hi"), app.bot)
    with caplog.at_level(logging.WARNING, logger="bot.tg.errors"):
        await on_error(update, context(app, BadRequest("Can't parse entities")))
    assert [r.levelno for r in caplog.records] == [logging.ERROR]
    assert tg.sent == []  # in a group the bot does not apologise to everyone


@pytest.mark.parametrize(
    ("error", "level"), [(Forbidden("bot was blocked by the user"), logging.INFO), (TimedOut(), logging.WARNING)]
)
async def test_blocked_bots_and_network_problems_are_logged_quietly(app, tg, caplog, error, level):
    chat = tg.private(ANN)
    update = Update.de_json(tg.text(chat, ANN, "salom"), app.bot)
    with caplog.at_level(logging.INFO, logger="bot.tg.errors"):
        await on_error(update, context(app, error))
    assert [r.levelno for r in caplog.records] == [level]
    assert tg.sent == []


async def test_an_error_outside_any_update_is_logged(app, caplog):
    with caplog.at_level(logging.ERROR, logger="bot.tg.errors"):
        await on_error(None, context(app, RuntimeError("job failed")))
    assert "no update" in caplog.records[0].getMessage()
