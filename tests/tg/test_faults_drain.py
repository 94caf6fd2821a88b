"""Fault suite: a deploy in the middle of a burst. SIGTERM 0.5 s into 500 questions; the bot answers
what it took within its drain timeout, leaves the rest unconfirmed (polling) or refuses it with 503
(webhook), and the next process answers that. Not one acknowledged question is lost."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.tg.conftest import BotProcess, copy_kb, start_bot
from tests.tg.fake_server import FakeBotApi
from tests.tg.telegram_fake import FakeTelegram
from tests.tg.test_faults_updates import start_webhook_bot

pytestmark = pytest.mark.asyncio

BURST = 500
DRAIN = "4"
MAX_PENDING = "80"
"""What can be answered in the drain timeout at Telegram's 30 messages a second, with a margin."""
QUESTION = "Who signed the agreement?"


def burst(tg: FakeTelegram) -> list[dict[str, Any]]:
    updates = []
    for n in range(BURST):
        user = FakeTelegram.user(90_000 + n, "U")
        updates.append(tg.text(tg.private(user), user, QUESTION))
    return updates


def answered_counts(tg: FakeTelegram, updates: list[dict[str, Any]]) -> Counter[int]:
    by_chat = Counter(sent.chat_id for sent in tg.sent)
    return Counter({u["update_id"]: by_chat[u["message"]["chat"]["id"]] for u in updates})


async def answered_by(second: BotProcess, api: FakeBotApi, updates: list[dict[str, Any]]) -> int:
    """Lets the next process answer what the first left, stops it, and returns how many questions were
    answered twice; every question must have been answered."""
    try:
        await api.wait_for(
            lambda: all(answered_counts(api.tg, updates).values()), 60, "every question answered", second.alive
        )
    finally:
        await second.stop()
    counts = answered_counts(api.tg, updates)
    assert all(counts.values())
    return sum(c - 1 for c in counts.values() if c > 1)


@pytest.mark.parametrize(
    ("drain", "max_pending"), [(DRAIN, MAX_PENDING), ("60", "1500")], ids=["short-drain", "defaults"]
)
async def test_sigterm_during_a_burst_with_polling_loses_nothing_acknowledged(
    api: FakeBotApi, tmp_path: Path, drain: str, max_pending: str, figures
):
    tg = api.tg
    kb = copy_kb(tmp_path / "kb")
    env = {"DRAIN_TIMEOUT_SECONDS": drain, "MAX_PENDING_UPDATES": max_pending, "FLOOD_MAX_MESSAGES": "0"}
    first = await start_bot(tmp_path / "first", api.url, kb, env=env)
    await api.wait_for(lambda: "getUpdates" in tg.methods(), 20, "the first getUpdates", first.alive)
    updates = burst(tg)
    await asyncio.sleep(0.5)
    code, seconds = await first.stop(within=float(drain) + 10)
    assert code == 0
    counts = answered_counts(tg, updates)
    left = {u["update_id"] for u in tg.updates}
    acknowledged = [u["update_id"] for u in updates if u["update_id"] not in left]
    lost = [uid for uid in acknowledged if counts[uid] == 0]
    answered_first = sum(1 for c in counts.values() if c)
    assert lost == []
    assert "Traceback" not in first.output()

    second = await start_bot(tmp_path / "second", api.url, kb, env=env)
    duplicates = await answered_by(second, api, updates)
    figures(
        f"\npolling, SIGTERM 0.5 s into {BURST} questions (drain timeout {drain} s, at most {max_pending} held): "
        f"first process answered "
        f"{answered_first} and exited in {seconds:.1f} s, {len(acknowledged)} acknowledged, {len(left)} left "
        f"unconfirmed and answered by the next process; lost {len(lost)}, duplicates {duplicates}"
    )


async def test_sigterm_during_a_burst_with_the_webhook_loses_nothing_acknowledged(
    api: FakeBotApi, tmp_path: Path, figures
):
    tg = api.tg
    env = {"DRAIN_TIMEOUT_SECONDS": DRAIN, "MAX_PENDING_UPDATES": MAX_PENDING}
    first, _ = await start_webhook_bot(api, tmp_path / "first", env)
    updates = burst(tg)
    await asyncio.sleep(0.5)
    stopping = asyncio.ensure_future(first.stop(within=float(DRAIN) + 10))
    await asyncio.sleep(0.3)
    statuses_while_stopping = Counter(status for _, status in api.deliveries[-50:])
    code, seconds = await stopping
    assert code == 0
    counts = answered_counts(tg, updates)
    acknowledged = {uid for uid, status in api.deliveries if status == 200}
    lost = [uid for uid in acknowledged if counts[uid] == 0]
    answered_first = sum(1 for c in counts.values() if c)
    assert lost == []
    assert "Traceback" not in first.output()

    second, _ = await start_webhook_bot(api, tmp_path / "second", env)
    duplicates = await answered_by(second, api, updates)
    refused = sum(1 for _, status in api.deliveries if status == 503)
    figures(
        f"\nwebhook, SIGTERM 0.5 s into {BURST} questions (drain timeout {DRAIN} s): first process answered "
        f"{answered_first} and exited in {seconds:.1f} s, {len(acknowledged)} "
        f"acknowledged with 200, {refused} deliveries refused with 503 (statuses while stopping: "
        f"{dict(statuses_while_stopping)}), the rest answered by the next process; lost {len(lost)}, "
        f"duplicates {duplicates}"
    )
