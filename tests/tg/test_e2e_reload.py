"""End to end: an admin's /reload on a running bot process, on a fact base copied to a temp folder."""

from __future__ import annotations

import signal

import pytest

from tests.tg.conftest import ADMIN_ID
from tests.tg.telegram_fake import FakeTelegram

pytestmark = pytest.mark.asyncio

ADMIN = FakeTelegram.user(ADMIN_ID, "Admin", "en")
READER = FakeTelegram.user(301, "Reader", "en")


async def test_admin_reload_takes_effect_a_broken_file_keeps_the_last_good_facts_and_sighup_reloads(polling_bot):
    api, bot, kb = polling_bot
    tg = api.tg

    async def ask(chat: dict, user: dict, text: str) -> str:
        count = len(tg.sent_to(chat["id"]))
        tg.text(chat, user, text)
        sent = await api.wait_for(lambda: tg.sent_to(chat["id"])[count:], 10, repr(text), bot.alive)
        return sent[0].text

    admin_chat, reader_chat = tg.private(ADMIN), tg.private(READER)
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On 22 January 2025, a Wednesday."
    )

    core = kb / "facts" / "core.yaml"
    core.write_text(
        core.read_text().replace("On 22 January 2025, a Wednesday.", "On Wednesday 22 January 2025 (reloaded).")
    )
    report = await ask(admin_chat, ADMIN, "/reload")
    assert report.startswith("Fact base reloaded: 6 facts, 2 sources, hash ")
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On Wednesday 22 January 2025 (reloaded)."
    )

    more = (kb / "facts" / "more.yaml").read_text()
    (kb / "facts" / "more.yaml").write_text("- id: documents\n  answer: {en: [broken\n")
    report = await ask(admin_chat, ADMIN, "/reload")
    assert report.startswith("Reload failed: 2 problem(s). Still serving the previous base: 6 facts")
    assert "facts/core.yaml: fact 'signatories' (entry 1): related: unknown fact 'documents'" in report
    assert "• kb/facts/more.yaml: line 3, column 1: invalid YAML" in report
    # The last good base is still served whole: the edited answer and the facts of the broken file.
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On Wednesday 22 January 2025 (reloaded)."
    )
    assert (await ask(reader_chat, READER, "How many joint military activities are planned for 2025?")).startswith(
        "50 joint"
    )
    assert "reload failed with 2 problem(s)" in bot.output()

    # Fixed again. In a group even an admin's /reload@ThisBot does nothing (admin commands work only
    # in a private chat) and /reload@OtherBot is not for this bot; in private it takes effect.
    (kb / "facts" / "more.yaml").write_text(more)
    core.write_text(core.read_text().replace("(reloaded).", "(fixed)."))
    group = tg.group(-100301)
    theirs = tg.text(group, ADMIN, "/reload@OtherBot")
    ours = tg.text(group, ADMIN, "/reload@PactTestBot")
    [refusal] = await api.wait_for(lambda: tg.replies_to(ours), 10, "the refusal", bot.alive)
    assert refusal.text == "Admin commands work only in a private chat with me."
    assert tg.replies_to(theirs) == []
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On Wednesday 22 January 2025 (reloaded)."
    )
    report = await ask(admin_chat, ADMIN, "/reload")
    assert report.startswith("Fact base reloaded: 6 facts")
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On Wednesday 22 January 2025 (fixed)."
    )

    # SIGHUP does what /reload does, for operators (one replica at a time, like /reload).
    core.write_text(core.read_text().replace("(fixed).", "(after SIGHUP)."))
    bot.proc.send_signal(signal.SIGHUP)
    await api.wait_for(lambda: "SIGHUP reload: ok" in bot.output(), 10, "the SIGHUP reload", bot.alive)
    assert (await ask(reader_chat, READER, "When was the agreement signed?")).startswith(
        "On Wednesday 22 January 2025 (after SIGHUP)."
    )
