"""End to end: the real ``python -m bot run`` process, long polling a fake Bot API server on 127.0.0.1.

One bot process serves every test in this module (starting one takes about a second); the tests
only read the fact base, except the refused /reload, which must leave it untouched.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.answering import Answerer
from tests.tg.conftest import ADMIN_ID, BotProcess, assert_clean, copy_kb, serving, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import BOT_USERNAME, TOKEN, FakeTelegram, parse_html

pytestmark = pytest.mark.asyncio(loop_scope="module")

ANN = FakeTelegram.user(201, "Ann", "en")
IVAN = FakeTelegram.user(202, "Ivan", "ru")
DILNOZA = FakeTelegram.user(203, "Dilnoza", "uz")


class Live:
    def __init__(self, api: FakeBotApi, bot: BotProcess, kb: Path) -> None:
        self.api, self.bot, self.kb, self.tg = api, bot, kb, api.tg

    async def until(self, predicate, what: str, within: float = 10.0):  # type: ignore[no-untyped-def]
        return await self.api.wait_for(predicate, within, what, self.bot.alive)

    async def reply_to(self, update: dict) -> list:  # type: ignore[type-arg]
        return await self.until(lambda: self.tg.replies_to(update), f"a reply to {update['update_id']}")

    async def silence_for(self, update: dict, chat: dict) -> None:  # type: ignore[type-arg]
        """Proves the bot ignored ``update``: a later addressed message in the same chat is answered
        (updates are handled in order, and ignoring one involves no waiting), and nothing else is."""
        before = len(self.tg.sent_to(chat["id"]))
        probe = self.tg.text(chat, ANN, f"@{BOT_USERNAME} when was the agreement signed?")
        await self.reply_to(probe)
        await asyncio.sleep(0.05)
        assert self.tg.replies_to(update) == []
        assert len(self.tg.sent_to(chat["id"])) == before + 1


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def live(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Live]:
    root = tmp_path_factory.mktemp("e2e-polling")
    api = FakeBotApi(FakeTelegram())
    await api.start()
    kb = copy_kb(root / "kb")
    # The same few people ask many questions here within seconds; flood control has its own tests
    # (test_e2e_curation), so here it only has to stay out of the way.
    bot = await start_bot(root / "run", api.url, kb, env={"FLOOD_MAX_MESSAGES": "100"})
    async with serving(api, bot, stop_within=5):
        yield Live(api, bot, kb)
    output = bot.output()
    assert TOKEN not in output
    assert TOKEN.split(":")[1] not in output
    assert_clean(api.tg)


async def test_startup_sets_menus_and_polls_only_what_it_answers(live: Live):
    methods = live.tg.methods()
    assert methods[0] == "getMe"
    assert {"default:", "default:en", "default:ru", "default:uz"} <= set(live.tg.commands)
    # The profile a person sees before the first message: default (English), Russian and Uzbek.
    assert {"", "ru", "uz"} <= set(live.tg.descriptions)
    assert {"", "ru", "uz"} <= set(live.tg.short_descriptions)
    assert "source of every claim" in live.tg.descriptions[""]
    assert live.tg.short_descriptions["ru"].endswith("с источниками.")
    assert methods.index("setMyDescription") < methods.index("getUpdates")
    assert "deleteWebhook" in methods
    assert live.tg.allowed_updates == {"message", "callback_query", "inline_query"}


async def test_private_questions_in_english_and_russian(live: Live):
    tg = live.tg
    chat_en, chat_ru = tg.private(ANN), tg.private(IVAN)
    tg.text(chat_en, ANN, "Who signed the agreement?")
    tg.text(chat_ru, IVAN, "Когда подписали соглашение?")
    [en] = await live.until(lambda: tg.sent_to(chat_en["id"]), "the English answer")
    [ru] = await live.until(lambda: tg.sent_to(chat_ru["id"]), "the Russian answer")
    assert en.text.startswith("Russia's Defence Minister Andrei Belousov")
    assert ru.text.startswith("22 января 2025 года")
    for sent in (en, ru):
        assert sent.params["parse_mode"] == "HTML"
        assert sent.message["link_preview_options"] == {"is_disabled": True}
        assert sent.message["entities"]


async def test_group_mentions_anywhere_in_any_case_are_answered_as_replies(live: Live):
    tg = live.tg
    group = tg.group(-100201)
    texts = [
        "@PactTestBot who signed the agreement?",
        "who signed the agreement @pacttestbot",
        "Tell me, @PACTTESTBOT, where was the agreement signed?",
    ]
    updates = [tg.text(group, ANN, text) for text in texts]
    for update in updates:
        [reply] = await live.reply_to(update)
        assert reply.message["reply_to_message"]["message_id"] == update["message"]["message_id"]
    assert tg.replies_to(updates[2])[0].text.startswith("In Tashkent")


async def test_group_reply_to_the_bot_is_answered(live: Live):
    tg = live.tg
    group = tg.group(-100202)
    first = tg.text(group, ANN, "@PactTestBot who signed it?")
    [bot_message] = await live.reply_to(first)
    follow_up = tg.text(group, DILNOZA, "Kelishuv qayerda imzolandi?", reply_to=bot_message.message)
    [answer] = await live.reply_to(follow_up)
    assert answer.text.startswith("Toshkentda")


async def test_group_silence_without_mention_and_for_replies_to_other_people(live: Live):
    tg = live.tg
    group = tg.group(-100203)
    plain = tg.text(group, ANN, "who signed the agreement?")
    await live.silence_for(plain, group)
    to_person = tg.text(group, IVAN, "кто подписал соглашение?", reply_to=plain["message"])
    await live.silence_for(to_person, group)
    other_bot = tg.text(group, IVAN, "@SomeOtherBot who signed the agreement?")
    await live.silence_for(other_bot, group)


async def test_group_commands_for_this_bot_versus_another_bot(live: Live):
    tg = live.tg
    group = tg.group(-100204)
    theirs = tg.text(group, ANN, "/help@OtherBot")
    ours = tg.text(group, ANN, "/help@PactTestBot")
    [reply] = await live.reply_to(ours)
    assert reply.text.startswith("I answer questions about")
    await asyncio.sleep(0.05)
    assert tg.replies_to(theirs) == []


async def test_non_admin_reload_is_refused_and_has_no_effect(live: Live):
    tg = live.tg
    core = live.kb / "facts" / "core.yaml"
    original = core.read_text()
    core.write_text(original.replace("On 22 January 2025, a Wednesday.", "CHANGED BY A STRANGER."))
    try:
        stranger = FakeTelegram.user(299, "Stranger", "ru")
        chat = tg.private(stranger)
        tg.text(chat, stranger, "/reload")
        [refusal] = await live.until(lambda: tg.sent_to(chat["id"]), "the refusal")
        assert refusal.text == "Извините, перезагружать базу фактов могут только администраторы бота."
        tg.text(chat, stranger, "When was the agreement signed?")
        await live.until(lambda: len(tg.sent_to(chat["id"])) == 2, "the answer")
        assert tg.sent_to(chat["id"])[1].text.startswith("On 22 January 2025, a Wednesday.")
    finally:
        core.write_text(original)
    assert "refused /reload from user 299" in live.bot.output()


async def test_inline_query_answers_with_the_source(live: Live):
    tg = live.tg
    query = tg.inline(ANN, "How many joint military activities are planned?")
    empty = tg.inline(IVAN, "")
    await live.until(lambda: len(tg.inline_answers) >= 2, "two inline answers")
    answers = {a["inline_query_id"]: a for a in tg.inline_answers}
    [result] = answers[query]["results"]
    assert result["input_message_content"]["message_text"].startswith("50 joint military activities")
    assert "caspiannews.com" in result["input_message_content"]["message_text"]
    assert answers[empty]["results"][0]["title"] == "Кто подписал соглашение?"


async def test_buttons_answer_related_questions_and_show_evidence(live: Live):
    tg = live.tg
    chat = tg.private(DILNOZA)
    tg.text(chat, DILNOZA, "Kelishuvni kim imzoladi?")
    [answer] = await live.until(lambda: tg.sent_to(chat["id"]), "the answer")
    data = [b.get("callback_data") for b in answer.buttons]
    assert data == ["f:date:uz", "f:place:uz", "f:documents:uz", "e:signatories:uz", None]
    assert answer.buttons[-1] == {"text": "Ulashish", "switch_inline_query": "Kelishuvni kim imzoladi?"}
    related = tg.press(DILNOZA, answer.message, "f:date:uz")
    evidence = tg.press(DILNOZA, answer.message, "e:signatories:uz")
    await live.until(lambda: len(tg.sent_to(chat["id"])) == 3, "two more messages")
    assert tg.callback_queries[related]
    assert tg.callback_queries[evidence]
    texts = sorted(s.text for s in tg.sent_to(chat["id"])[1:])
    assert texts[0].startswith("2025-yil 22-yanvar")
    assert texts[1].startswith("Dalillar")
    assert "formalized the pact" in texts[1]


async def test_a_deep_link_opens_the_answer_it_names_with_share_under_it(live: Live):
    tg = live.tg
    guest = FakeTelegram.user(205, "Guest", "en")
    chat = tg.private(guest)
    tg.text(chat, guest, "/start f_csto_ru")  # what Telegram sends for t.me/PactTestBot?start=f_csto_ru
    [answer] = await live.until(lambda: tg.sent_to(chat["id"]), "the linked answer")
    assert "ОДКБ" in answer.text
    assert answer.buttons[-1]["text"] == "Поделиться"
    assert answer.buttons[-1]["switch_inline_query"]


async def test_non_text_edits_and_channel_posts(live: Live):
    tg = live.tg
    bob = FakeTelegram.user(204, "Bob", "en")
    chat = tg.private(bob)
    tg.sticker(chat, bob)
    [sent] = await live.until(lambda: tg.sent_to(chat["id"]), "the text-only reply")
    assert sent.text == "I answer text questions only."
    group = tg.group(-100205)
    sticker = tg.sticker(group, ANN)
    await live.silence_for(sticker, group)
    # Edits are not even fetched (allowed_updates); whatever arrives, the bot must not answer them again.
    question = tg.text(chat, bob, "hello")
    await live.until(lambda: len(tg.sent_to(chat["id"])) == 2, "the greeting")
    tg.edit(question, "Who signed the agreement?")
    after = tg.text(chat, bob, "Where was the agreement signed?")
    await live.until(lambda: len(tg.sent_to(chat["id"])) == 3, "the next answer")
    assert tg.sent_to(chat["id"])[-1].text.startswith("In Tashkent")
    assert after


async def test_one_hundred_questions_from_25_users_at_once_are_all_answered(live: Live, fixture_answerer: Answerer):
    tg = live.tg
    questions = [
        "Who signed the agreement?",
        "Когда подписали соглашение?",
        "Kelishuv qayerda imzolandi?",
        "How many joint military activities are planned for 2025?",
    ]
    expected = Counter(parse_html(fixture_answerer.answer(q).text)[0] for q in questions)
    users = [FakeTelegram.user(30_000 + n, f"User {n}", ("en", "ru", "uz")[n % 3]) for n in range(25)]
    chats = [tg.private(user) for user in users]
    sent_before = len(tg.sent)
    began = time.monotonic()
    for user, chat in zip(users, chats, strict=True):
        for question in questions:
            tg.text(chat, user, question)
    await live.until(lambda: len(tg.sent) - sent_before >= 100, "100 answers", within=30)
    elapsed = time.monotonic() - began
    for chat in chats:
        assert Counter(s.text for s in tg.sent_to(chat["id"])) == expected
    stamps = sorted(s.at for s in tg.sent[sent_before:])
    busiest = max(sum(1 for t in stamps if start <= t < start + 1) for start in stamps)
    rate = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    print(
        f"\n100 questions from 25 users: all answered in {elapsed:.2f} s, {rate:.1f} messages/s, at most {busiest} in any second"
    )
    # AIORateLimiter spaces sends 1/30 s apart (Telegram's ~30 messages/s overall). Arrival times here
    # bunch up a little under load, so allow some slack; a bucket of 30 would show ~60 in a second.
    assert rate <= 31
    assert busiest <= 40
    assert elapsed < 20


async def test_admins_are_read_from_the_comma_separated_setting(live: Live):
    tg = live.tg
    admin = FakeTelegram.user(ADMIN_ID, "Admin")
    chat = tg.private(admin)
    tg.text(chat, admin, "/reload")  # the fixture base is unchanged: a reload succeeds with the same hash
    [report] = await live.until(lambda: tg.sent_to(chat["id"]), "the reload report")
    assert report.text.startswith("Fact base reloaded: 6 facts, 2 sources, hash ")
