"""End to end: conversations through the real ``python -m bot run`` and the fake Bot API on 127.0.0.1.

The bot serves the shipped fact base here (the follow-ups need its people and facts). Private chats
keep their own context; in a group, a reply to one of the bot's answers is read in that answer's
context, which the answer message itself carries in its buttons.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.knowledge import PROJECT_KNOWLEDGE
from tests.tg.conftest import BotProcess, assert_clean, serving, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import FakeTelegram

pytestmark = pytest.mark.asyncio(loop_scope="module")

ANN = FakeTelegram.user(301, "Ann", "en")
BEN = FakeTelegram.user(302, "Ben", "en")
IVAN = FakeTelegram.user(303, "Ivan", "ru")


class Live:
    def __init__(self, api: FakeBotApi, bot: BotProcess) -> None:
        self.api, self.bot, self.tg = api, bot, api.tg

    async def ask(self, chat: dict, user: dict, text: str, reply_to: dict | None = None) -> str:  # type: ignore[type-arg]
        before = len(self.tg.sent_to(chat["id"]))
        self.tg.text(chat, user, text, reply_to=reply_to)
        await self.api.wait_for(
            lambda: len(self.tg.sent_to(chat["id"])) > before, 10, f"a reply to {text!r}", self.bot.alive
        )
        self.last = self.tg.sent_to(chat["id"])[-1]
        return self.last.text


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def live(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Live]:
    root = tmp_path_factory.mktemp("e2e-conversations")
    api = FakeBotApi(FakeTelegram())
    await api.start()
    kb = root / "kb"
    shutil.copytree(PROJECT_KNOWLEDGE, kb)
    bot = await start_bot(root / "run", api.url, kb, env={"FLOOD_MAX_MESSAGES": "100", "UNANSWERED_LOG": "off"})
    async with serving(api, bot):
        yield Live(api, bot)
    assert_clean(api.tg)


async def test_two_private_chats_at_once_each_keep_their_own_he(live: Live):
    ann, ben = live.tg.private(ANN), live.tg.private(BEN)
    assert "Kholmukhamedov" in await live.ask(ann, ANN, "Who signed for the Uzbek side?")
    assert "Belousov" in await live.ask(ben, BEN, "Who headed the Russian delegation?")
    ann_says = await live.ask(ann, ANN, "What did he say?")
    ben_says = await live.ask(ben, BEN, "What did he say about Central Asia?")
    assert ann_says.startswith("At the bilateral meeting Shukhrat Kholmukhamedov")
    assert "Central Asian" in ben_says
    assert "Kholmukhamedov" not in ben_says.split("\n")[0]


async def test_a_russian_ellipsis_follow_up_is_answered(live: Live):
    chat = live.tg.private(IVAN)
    assert "Ташкент" in await live.ask(chat, IVAN, "Где подписали документы?")
    assert "22 января" in await live.ask(chat, IVAN, "А когда?")


async def test_a_complete_new_question_does_not_inherit_the_context(live: Live):
    cleo = FakeTelegram.user(304, "Cleo", "en")
    chat = live.tg.private(cleo)
    await live.ask(chat, cleo, "Who signed the documents on the Russian side?")
    assert "CSTO" in await live.ask(chat, cleo, "Is Uzbekistan a member of the CSTO?")


async def test_a_group_reply_to_an_answer_is_read_in_its_context_whoever_replies(live: Live):
    group = live.tg.group(-100301)
    first = await live.ask(group, ANN, "@PactTestBot who signed for the Uzbek side?")
    assert "Kholmukhamedov" in first
    answer_message = live.last.message
    follow_up = await live.ask(group, BEN, "what did he say?", reply_to=answer_message)
    assert follow_up.startswith("At the bilateral meeting Shukhrat Kholmukhamedov")
    fresh = await live.ask(group, BEN, "@PactTestBot what did he say?")
    assert not fresh.startswith("At the bilateral meeting Shukhrat Kholmukhamedov")  # a mention starts fresh
