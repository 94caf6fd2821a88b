"""Reload under load: 1,000 questions from 50 users while an admin runs 20 reloads, half of them on a
fact base with a broken file.

Every good base differs from the others in a marker word at the end of every answer (``⟦ALFA⟧``,
``⟦BRAVO⟧``, ...), and every broken one carries a marker of its own (``⟦BROKENA⟧``...). So a reply
mixing two bases, or served from a broken one, would show it. The checks: each question gets exactly
one reply; an answer carries exactly one marker, of a good base; the whole reply (text and buttons)
is exactly what that base alone produces; that base was being served at some moment while the
question was handled; a failed reload keeps the previous base (the same object); and the declined
questions all reach the log of unanswered questions. Updates go through Application.process_update
concurrently (as the update fetcher delivers them, up to CONCURRENT_UPDATES at once), with the fake
transport and without Telegram's rate limiting, which would only add waiting.
"""

from __future__ import annotations

import asyncio
import random
import re
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from telegram import User
from telegram.ext import Application

from bot.answering import Answerer
from bot.settings import Settings
from bot.tg.app import build_application, handlers_of, state_of
from bot.tg.chat import user_language
from bot.tg.keyboards import answer_keyboard
from tests.tg.conftest import ADMIN_ID, FIXTURE_KB, feed
from tests.tg.fakes import FakeRequest
from tests.tg.telegram_fake import FakeTelegram

USERS = 50
PER_USER = 20
RELOADS = 20
GOOD_MARKERS = ("ALFA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA", "JULIETT", "KILO")
"""The starting base and one for each of the ten successful reloads."""
MARKER = re.compile(r"⟦([A-Z]+)⟧")
ANSWER_LINE = re.compile(r"^(    (?:en|ru|uz): )(?!\[)(.+)$", re.MULTILINE)
RELATED_LINE = re.compile(r"^(  related: \[)([^\]]+)\]$", re.MULTILINE)
QUESTIONS = (
    "Who signed the agreement?",
    "Когда подписали соглашение?",
    "Kelishuv qayerda imzolandi?",
    "What exactly was signed?",
    "Сколько совместных мероприятий запланировано?",
    "Узбекистан член ОДКБ?",
    "What did Belarus sign with Kazakhstan?",  # declined by every base
    "How many joint exercises are planned?",
    "Что подписала Беларусь с Казахстаном?",  # declined by every base
    "Qaysi vazirlar imzoladi?",
)


def marked_copy(target: Path, marker: str, reverse_related: bool = False) -> Path:
    """The fixture base with `` ⟦marker⟧`` at the end of every answer in every language; with
    ``reverse_related``, the related questions (the buttons under an answer) in reverse order."""
    shutil.copytree(FIXTURE_KB, target)
    for file in (target / "facts").glob("*.yaml"):
        text, count = ANSWER_LINE.subn(rf"\1\2 ⟦{marker}⟧", file.read_text(encoding="utf-8"))
        assert count
        if reverse_related:
            text = RELATED_LINE.sub(lambda m: m[1] + ", ".join(reversed(m[2].split(", "))) + "]", text)
        file.write_text(text, encoding="utf-8")
    return target


def break_base(directory: Path, kind: int) -> None:
    """Five kinds of broken file, each caught by the loader with the file and entry named."""
    core, more = directory / "facts" / "core.yaml", directory / "facts" / "more.yaml"
    if kind == 0:
        more.write_text("- id: documents\n  answer: {en: [unclosed\n", encoding="utf-8")
    elif kind == 1:
        core.write_text(core.read_text(encoding="utf-8").replace("source: caspian-news", "source: nowhere", 1))
    elif kind == 2:
        core.write_text(core.read_text(encoding="utf-8").replace("formalized the pact", "signed a treaty", 1))
    elif kind == 3:
        core.write_text(core.read_text(encoding="utf-8").replace("- id: date", "- id: signatories", 1))
    else:
        text = more.read_text(encoding="utf-8")
        more.write_text(text[: len(text) // 2], encoding="utf-8")


@pytest.mark.asyncio
async def test_one_thousand_questions_from_fifty_users_during_twenty_reloads(
    tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture[str]
):
    # Buttons differ between consecutive bases too, so a reply whose buttons came from another base
    # than its text would not match either base's own reply.
    good = [marked_copy(tmp_path / f"good-{m}", m, reverse_related=n % 2 == 1) for n, m in enumerate(GOOD_MARKERS)]
    broken = []
    for n in range(RELOADS // 2):
        directory = marked_copy(tmp_path / f"broken-{n}", f"BROKEN{chr(65 + n)}")
        break_base(directory, n % 5)
        broken.append(directory)
    bases = [Answerer.load(directory) for directory in good]
    assert len({b.kb.content_hash for b in bases}) == len(bases)
    assert list(bases[0].facts["signatories"].related) == list(reversed(bases[1].facts["signatories"].related))

    tg = FakeTelegram()
    settings = settings.model_copy(
        update={
            "knowledge_dir": good[0],
            "flood_max_messages": 10_000,  # fifty very fast readers: flood control is tested elsewhere
            "unanswered_log": tmp_path / "unanswered.jsonl",
        }
    )
    app: Application = build_application(settings, request=FakeRequest(tg), rate_limit=False)  # type: ignore[type-arg]
    state = state_of(app)
    await app.initialize()

    users = [FakeTelegram.user(60_000 + n, f"Reader {n}", ("en", "ru", "uz", None)[n % 4]) for n in range(USERS)]
    chats = [tg.private(user) for user in users]
    admin = FakeTelegram.user(ADMIN_ID, "Admin", "en")
    admin_chat = tg.private(admin)
    asked: list[tuple[int, int, str, float, float]] = []  # (user, k, question, start, end)
    rng = random.Random(5)
    plan = [True] * (RELOADS // 2) + [False] * (RELOADS // 2)
    rng.shuffle(plan)
    swaps: list[tuple[float, float]] = [(float("-inf"), float("-inf"))]  # version v: (requested, done)
    spans: list[tuple[float, float]] = []  # every reload: (requested, done)
    failed_kept_old = 0
    # Round k (each reader's k-th question) starts once reload k has been requested, so every reload
    # runs while questions are coming in however fast this machine answers or loads.
    round_open = [asyncio.Event() for _ in range(RELOADS)]

    async def reader(n: int) -> None:
        delays = random.Random(n)
        for k in range(PER_USER):
            if k < RELOADS:
                await round_open[k].wait()
            question = QUESTIONS[(n + k) % len(QUESTIONS)]
            update = tg.text(chats[n], users[n], question)
            start = time.monotonic()
            await feed(app, update)
            asked.append((n, k, question, start, time.monotonic()))
            await asyncio.sleep(delays.random() * 0.004)

    async def reloader() -> None:
        nonlocal failed_kept_old
        versions = iter(good[1:])
        failures = iter(broken)
        for index, succeeds in enumerate(plan):
            await asyncio.sleep(0.01)
            before = state.current
            state.directory = next(versions) if succeeds else next(failures)
            requested = time.monotonic()
            round_open[index].set()
            await feed(app, tg.text(admin_chat, admin, "/reload"))
            done = time.monotonic()
            spans.append((requested, done))
            report = tg.sent_to(admin_chat["id"])[-1].text
            if succeeds:
                assert report.startswith("Fact base reloaded"), report
                assert state.current is not before
                swaps.append((requested, done))
            else:
                assert report.startswith("Reload failed"), report
                assert f"Still serving the previous base: 6 facts, 2 sources, hash {before.kb.content_hash}" in report
                assert state.current is before
                failed_kept_old += 1

    began = time.monotonic()
    await asyncio.gather(reloader(), *(reader(n) for n in range(USERS)))
    elapsed = time.monotonic() - began
    await app.shutdown()
    swaps.append((float("inf"), float("inf")))

    # Every question answered exactly once, in order (each reader waits for a reply before asking again).
    assert len(asked) == USERS * PER_USER
    for chat in chats:
        assert len(tg.sent_to(chat["id"])) == PER_USER
    expected: dict[tuple[int, str, str], tuple[str, list[str]]] = {}
    seen_versions: set[int] = set()
    answered = declined = during_reload = 0
    for n, k, question, start, end in asked:
        sent = tg.sent_to(chats[n]["id"])[k]
        markers = MARKER.findall(sent.html)
        fallback = user_language(as_user(users[n]))
        if markers:
            assert len(markers) == 1, sent.html  # one whole base: never two markers in one reply
            assert markers[0] in GOOD_MARKERS, f"served from a broken base: {markers}"
            version = GOOD_MARKERS.index(markers[0])
            answered += 1
        else:
            version = 0  # a decline reads no fact: every base declines alike
            declined += 1
        seen_versions.add(version)
        key = (version, question, fallback)
        if key not in expected:
            reply = bases[version].answer(question, fallback=fallback)
            markup = answer_keyboard(bases[version], reply)
            data = [
                b.callback_data for row in (markup.inline_keyboard if markup else ()) for b in row if b.callback_data
            ]
            expected[key] = (reply.text, [str(d) for d in data])
        text, buttons = expected[key]
        assert sent.html == text  # exactly what that one base produces, buttons included
        assert [b["callback_data"] for b in sent.buttons if "callback_data" in b] == buttons
        if markers:
            # That base was being served at some moment while the question was handled.
            assert swaps[version][0] <= end, (version, start, end)
            assert start <= swaps[version + 1][1], (version, start, end)
        if any(requested <= end and start <= done for requested, done in spans):
            during_reload += 1
    assert answered + declined == USERS * PER_USER
    assert declined == sum(1 for _, _, q, _, _ in asked if "Беларусь" in q or "Belarus" in q)
    assert failed_kept_old == RELOADS // 2
    assert state.reloads_ok == RELOADS // 2
    assert state.reloads_failed == RELOADS // 2
    assert state.current.kb.content_hash == bases[-1].kb.content_hash
    assert len(seen_versions) >= 4  # the load really spanned several reloads
    overlapped = [sum(1 for *_, start, end in asked if requested <= end and start <= done) for requested, done in spans]
    assert all(overlapped), overlapped  # every reload ran while questions were being answered
    log = handlers_of(app).curation.unanswered
    assert log is not None
    assert len(log.entries()) == declined
    assert handlers_of(app).curation.stats.record_failures == 0
    assert tg.violations == []
    with capsys.disabled():
        print(
            f"\nreload under load: {len(asked)} questions from {USERS} users, all answered exactly once "
            f"({answered} answers, {declined} declines logged) in {elapsed:.1f} s; "
            f"{RELOADS} reloads survived, each while questions were being answered "
            f"({state.reloads_ok} swapped in, {failed_kept_old} broken ones kept the old base); "
            f"{len(seen_versions)} bases seen in replies, {during_reload} questions overlapped a reload; "
            f"replies mixing bases: 0; questions lost: 0"
        )


def as_user(user: dict[str, Any]) -> User:
    return User(id=user["id"], first_name=user["first_name"], is_bot=False, language_code=user.get("language_code"))
