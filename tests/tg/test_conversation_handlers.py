"""Conversations in process, on the shipped base: private chats keep context, buttons set it, a reply
in a group carries it, compound answers get one Evidence button per part, and "Did you mean…?"
offers the nearest questions as buttons."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from telegram.ext import Application

from bot.knowledge import PROJECT_KNOWLEDGE
from bot.settings import Settings
from bot.tg.app import build_application
from tests.tg.conftest import feed
from tests.tg.fakes import FakeRequest
from tests.tg.telegram_fake import TOKEN, FakeTelegram

pytestmark = pytest.mark.asyncio

ANN = FakeTelegram.user(111, "Ann", "en")
BEN = FakeTelegram.user(112, "Ben", "en")


@pytest_asyncio.fixture
async def shipped(tmp_path: Path, clean_env: Path, tg: FakeTelegram) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    kb = tmp_path / "knowledge"
    shutil.copytree(PROJECT_KNOWLEDGE, kb)
    settings = Settings(
        telegram_bot_token=TOKEN,  # type: ignore[arg-type]
        knowledge_dir=kb,
        telegram_api_url="http://127.0.0.1:9",
        unanswered_log="off",  # type: ignore[arg-type]
        _env_file=None,  # type: ignore[call-arg]
    )
    application = build_application(settings, request=FakeRequest(tg))
    await application.initialize()
    yield application
    await application.shutdown()


async def test_a_follow_up_in_a_private_chat_uses_the_chats_context(shipped, tg):
    chat = tg.private(ANN)
    await feed(shipped, tg.text(chat, ANN, "Who signed for the Uzbek side?"))
    await feed(shipped, tg.text(chat, ANN, "When was he appointed?"))
    assert "November 2024" in tg.sent_to(chat["id"])[-1].text


async def test_a_related_question_button_sets_the_context(shipped, tg):
    chat = tg.private(BEN)
    await feed(shipped, tg.text(chat, BEN, "Who is Shukhrat Kholmukhamedov?"))
    answer = tg.sent_to(chat["id"])[-1]
    tg.press(BEN, answer.message, "f:who-is-belousov:en")
    await feed(shipped, tg.updates[-1])
    await feed(shipped, tg.text(chat, BEN, "What did he say about Central Asia?"))
    assert "Central Asian" in tg.sent_to(chat["id"])[-1].text


async def test_compound_answer_has_evidence_for_each_part(shipped, tg):
    chat = tg.private(ANN)
    await feed(shipped, tg.text(chat, ANN, "Who signed it, and where?"))
    sent = tg.sent_to(chat["id"])[-1]
    evidence = [b["callback_data"] for b in sent.buttons if str(b.get("callback_data", "")).startswith("e:")]
    assert [d.split(":")[1] for d in evidence] == ["who-signed", "signing-place"]
    assert sent.text.count("Sources:") == 1


async def test_a_group_reply_carries_the_answers_person_in_its_button(shipped, tg):
    group = tg.group(-100111)
    await feed(shipped, tg.text(group, ANN, "@PactTestBot who signed for the Uzbek side?"))
    answer = tg.sent_to(group["id"])[-1]
    assert "e:who-signed:en:kholmukhamedov" in [b.get("callback_data") for b in answer.buttons]
    await feed(shipped, tg.text(group, BEN, "what did he say?", reply_to=answer.message))
    assert tg.sent_to(group["id"])[-1].text.startswith("At the bilateral meeting Shukhrat Kholmukhamedov")


async def test_did_you_mean_offers_the_nearest_questions_as_buttons(shipped, tg):
    chat = tg.private(ANN)
    await feed(shipped, tg.text(chat, ANN, "Сколько стоят контракты на поставку оружия по этому соглашению?"))
    sent = tg.sent_to(chat["id"])[-1]
    assert "Возможно, вы имели в виду" in sent.text
    data = [b.get("callback_data") for b in sent.buttons]
    assert data
    assert all(d.startswith("f:") and d.endswith(":ru") for d in data)


async def test_timeline_command_lists_the_dated_events_in_one_message(shipped, tg):
    chat = tg.private(ANN)
    await feed(shipped, tg.text(chat, ANN, "/timeline"))
    sent = tg.sent_to(chat["id"])[-1]
    assert "2016" in sent.text
    assert "10 May 2025" in sent.text
    assert "4 March 2026" in sent.text
    assert len(sent.text) <= 4096
    assert sent.html.count("<a href=") >= 10
