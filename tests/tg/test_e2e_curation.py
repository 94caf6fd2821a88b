"""End to end: flood control, the log of unanswered questions, /unanswered and /stats on the real
``python -m bot run`` process, long polling the fake Bot API server on 127.0.0.1.

The bot here runs with a small flood limit and a short window (4 messages in 3 seconds) so that both
the silence and its end can be watched within the test.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.tg.conftest import ADMIN_ID, ROOT, SETTING_VARS, BotProcess, assert_clean, copy_kb, serving, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import TOKEN, FakeTelegram

pytestmark = pytest.mark.asyncio(loop_scope="module")

FLOOD = 4
WINDOW = 3.0
ADMIN = FakeTelegram.user(ADMIN_ID, "Admin", "en")
DECLINED = ("What did Belarus sign with Kazakhstan?", "What is the weather in Tashkent?")


class Live:
    def __init__(self, api: FakeBotApi, bot: BotProcess, workdir: Path) -> None:
        self.api, self.bot, self.workdir, self.tg = api, bot, workdir, api.tg

    async def until(self, predicate, what: str, within: float = 10.0):  # type: ignore[no-untyped-def]
        return await self.api.wait_for(predicate, within, what, self.bot.alive)

    async def ask(self, chat: dict, user: dict, text: str) -> str:  # type: ignore[type-arg]
        count = len(self.tg.sent_to(chat["id"]))
        self.tg.text(chat, user, text)
        sent = await self.until(lambda: self.tg.sent_to(chat["id"])[count:], repr(text))
        return sent[0].text

    @property
    def log_path(self) -> Path:
        return self.workdir / "data" / "unanswered.jsonl"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def live(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Live]:
    root = tmp_path_factory.mktemp("e2e-curation")
    api = FakeBotApi(FakeTelegram())
    await api.start()
    workdir = root / "run"
    env = {"FLOOD_MAX_MESSAGES": str(FLOOD), "FLOOD_WINDOW_SECONDS": str(WINDOW)}
    bot = await start_bot(workdir, api.url, copy_kb(root / "kb"), env=env)  # UNANSWERED_LOG: the default
    async with serving(api, bot):
        yield Live(api, bot, workdir)
    output = bot.output()
    assert TOKEN not in output
    assert "Traceback" not in output
    assert_clean(api.tg)


async def test_flood_one_notice_then_silence_until_the_window_has_passed(live: Live):
    tg = live.tg
    flooder, bystander = FakeTelegram.user(801, "Fast", "en"), FakeTelegram.user(802, "Calm", "ru")
    chat, calm = tg.private(flooder), tg.private(bystander)
    for _ in range(FLOOD + 4):
        tg.text(chat, flooder, "Who signed the agreement?")
    await live.until(lambda: len(tg.sent_to(chat["id"])) >= FLOOD + 1, "the answers and the notice")
    # Updates are fetched in order and ignoring one takes no waiting, so once a later message from
    # someone else is answered, the flooder's remaining messages have been dealt with.
    assert (await live.ask(calm, bystander, "Кто подписал соглашение?")).startswith("Подписали")
    await asyncio.sleep(0.3)
    texts = [s.text for s in tg.sent_to(chat["id"])]
    assert len(texts) == FLOOD + 1
    assert all(t.startswith("Russia's Defence Minister") for t in texts[:FLOOD])
    assert texts[FLOOD] == "You are sending messages too fast. Please wait 3 seconds, then ask again."
    await asyncio.sleep(WINDOW + 0.2)
    assert (await live.ask(chat, flooder, "When was the agreement signed?")).startswith("On 22 January 2025")
    assert "flood control: a sender went over 4 messages in 3 s in a private chat" in live.bot.output()


async def test_declined_questions_reach_the_log_without_raw_user_ids(live: Live):
    tg = live.tg
    askers = [FakeTelegram.user(810_000_001 + n, f"Asker{n}", "en", username=f"asker_{n}") for n in range(3)]
    for user in askers:
        assert (await live.ask(tg.private(user), user, DECLINED[0])).startswith("I can't answer that")
    group = tg.group(-100810)
    mention = tg.text(group, askers[0], f"@PactTestBot {DECLINED[1]}")
    [reply] = await live.until(lambda: tg.replies_to(mention), "the group decline")
    assert reply.text == "I don't know that from my sources."
    await live.until(lambda: live.log_path.exists() and len(live.log_path.read_text().splitlines()) >= 4, "the log")
    raw = live.log_path.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in raw.splitlines()]
    assert [e["text"] for e in entries[-4:]] == [DECLINED[0]] * 3 + [DECLINED[1]]  # the mention stripped
    assert {e["language"] for e in entries} == {"en"}
    assert len({e["user"] for e in entries[-4:]}) == 3  # told apart, not identified
    for user in askers:
        assert str(user["id"]) not in raw
        assert user["username"] not in raw
        assert user["first_name"] not in raw


async def test_unanswered_and_stats_for_an_admin_in_private(live: Live):
    tg = live.tg
    chat = tg.private(ADMIN)
    listing = await live.ask(chat, ADMIN, "/unanswered")
    lines = listing.splitlines()
    assert lines[0] == "Unanswered questions, last 30 days"
    assert lines[2].startswith(f"• 3× {DECLINED[0]} (en")
    assert lines[3].startswith(f"• 1× {DECLINED[1]} (en")
    stats = (await live.ask(chat, ADMIN, "/stats")).splitlines()
    assert stats[0] == "Statistics"
    assert stats[1].startswith("Up 00:00:")
    assert stats[2].startswith("Questions since start: ")
    assert "4 declined" in stats[2]
    assert stats[3].endswith("flood notices: 1")
    assert stats[4].startswith("Fact base: 6 facts, 2 sources, hash ")
    assert "UTC" in stats[4]
    assert stats[6].startswith("Unanswered log: data/unanswered.jsonl (4 recorded since start, 0 write failures)")


async def test_admin_commands_refused_for_others_and_in_groups(live: Live):
    tg = live.tg
    stranger = FakeTelegram.user(820, "Stranger", "uz")
    chat = tg.private(stranger)
    assert await live.ask(chat, stranger, "/unanswered") == "Kechirasiz, bu buyruq faqat bot administratorlari uchun."
    assert await live.ask(chat, stranger, "/stats") == "Kechirasiz, bu buyruq faqat bot administratorlari uchun."
    group = tg.group(-100820)
    for user, command in ((ADMIN, "/stats@PactTestBot"), (ADMIN, "/unanswered"), (stranger, "/stats")):
        update = tg.text(group, user, command)
        [reply] = await live.until(lambda update=update: tg.replies_to(update), command)
        assert reply.text in {
            "Admin commands work only in a private chat with me.",
            "Administrator buyruqlari faqat men bilan shaxsiy chatda ishlaydi.",
        }
        assert "Statistics" not in reply.text
    output = live.bot.output()
    assert "refused /unanswered from user 820: not in ADMIN_IDS" in output
    assert f"refused /stats in a supergroup chat from user {ADMIN_ID}" in output


async def test_the_console_lists_the_same_log(live: Live):
    environ = {k: v for k, v in os.environ.items() if k not in SETTING_VARS}
    environ["PYTHONPATH"] = str(ROOT)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "unanswered",
        cwd=live.workdir,  # the default path, data/unanswered.jsonl, as the bot wrote it
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    lines = out.decode().splitlines()
    assert lines[1].split()[0] == "3"
    assert lines[1].endswith(DECLINED[0])
    assert lines[2].endswith(DECLINED[1])


async def test_without_admin_ids_admin_commands_are_disabled_and_a_warning_logged(tmp_path: Path):
    api = FakeBotApi(FakeTelegram())
    await api.start()
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), env={"ADMIN_IDS": ""})
    try:
        await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 20, "the first getUpdates", bot.alive)
        assert "WARNING bot.tg.app: ADMIN_IDS is empty: the admin commands (/reload, /unanswered, /stats)" in (
            bot.output()
        )
        chat = api.tg.private(ADMIN)
        api.tg.text(chat, ADMIN, "/stats")
        [reply] = await api.wait_for(lambda: api.tg.sent_to(chat["id"]), 10, "the refusal", bot.alive)
        assert reply.text == "Sorry, this command is for the bot's administrators only."
    finally:
        await bot.stop()
        await api.stop()


ODD = [
    "",
    " ",
    "\x00\x01\x1b[31m control \x7f",
    "<b>bold</b> </i> &amp; & <script>alert(1)</script>",
    "%s %d %(levelname)s %n {0} {bot} {__class__}",
    "🙂🇺🇿" * 50,
    "\u200b\u200f\u202e zero-width and rtl \u2028 line separator",
    "x" * 4096,
    "Кто " * 1000,
    "@PactTestBot",
    "/",
    "/start@",
    "' OR 1=1; DROP TABLE facts; --",
    "\ud7ff\ue000\uffff",
]


async def test_odd_and_hostile_input_gets_one_valid_reply_each(live: Live):
    """Each from a different user, so flood control stays out of it. Telegram would have refused any
    invalid HTML (checked as the fake server receives it, and again at the end of the module)."""
    tg = live.tg
    updates = []
    for n, text in enumerate(ODD):
        user = FakeTelegram.user(830 + n, f"Odd{n}", ("en", "ru", "uz", None)[n % 4])
        updates.append((tg.private(user), tg.text(tg.private(user), user, text)))
    group = tg.group(-100830)
    mentions = [tg.text(group, FakeTelegram.user(860 + n, f"G{n}"), f"@PactTestBot {t}") for n, t in enumerate(ODD)]
    inline = [tg.inline(FakeTelegram.user(890 + n, f"I{n}"), text[:256]) for n, text in enumerate(ODD)]
    for chat, _ in updates:
        await live.until(lambda chat=chat: tg.sent_to(chat["id"]), "a reply to an odd message")
    for update in mentions:
        await live.until(lambda update=update: tg.replies_to(update), "a reply to an odd mention")
    await live.until(lambda: {a["inline_query_id"] for a in tg.inline_answers} >= set(inline), "the inline answers")
    await asyncio.sleep(0.3)
    for chat, _ in updates:
        assert len(tg.sent_to(chat["id"])) == 1
    for update in mentions:
        assert len(tg.replies_to(update)) == 1
    assert tg.violations == []
    output = live.bot.output()
    assert "Traceback" not in output
    # The bot's own lines (python-telegram-bot's DEBUG lines do echo messages: this bot runs at DEBUG).
    own = [line for line in output.splitlines() if line.split(" ")[3:4] and line.split(" ")[3].startswith("bot.")]
    assert any("question in private chat: declined" in line for line in own)
    for line in own:
        assert "alert(1)" not in line
        assert "{__class__}" not in line
