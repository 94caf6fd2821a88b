"""Fault suite: a flaky Bot API and a crowded webhook. Start-up calls that fail are retried; a 401
or 404 mid-run is retried, and if it persists the process exits non-zero (never alive without
polling); /healthz says 503 when updates are stuck and while stopping; 300 idle sockets do not stop
real updates or /healthz."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from pathlib import Path

import pytest
from aiohttp import ClientConnectionError, ClientSession

from tests.tg.conftest import copy_kb, start_bot
from tests.tg.fake_server import FakeBotApi, Fault
from tests.tg.telegram_fake import FakeTelegram
from tests.tg.test_faults_updates import start_webhook_bot

pytestmark = pytest.mark.asyncio

QUESTION = "Who signed the agreement?"
FAST = {"SEND_BACKOFF_SECONDS": "0.05", "FLOOD_MAX_MESSAGES": "0"}


async def ask(api: FakeBotApi, user_id: int, alive, within: float = 10.0) -> float:  # type: ignore[no-untyped-def]
    tg = api.tg
    user = FakeTelegram.user(user_id, "U")
    chat = tg.private(user)
    begin = time.monotonic()
    tg.text(chat, user, QUESTION)
    await api.wait_for(lambda: tg.sent_to(chat["id"]), within, "an answer", alive)
    return time.monotonic() - begin


async def test_failures_at_start_up_are_retried_and_the_bot_serves(api: FakeBotApi, tmp_path: Path, figures):
    # getMe fails more often than one call retries (so start-up itself retries), then the rest fail once.
    api.faults["getMe"] = [Fault("status", 502, "Bad Gateway") for _ in range(6)] + [Fault("reset")]
    api.faults["deleteWebhook"] = [Fault("status", 502, "Bad Gateway")]
    api.faults["setMyCommands"] = [Fault("status", 500)]
    begin = time.monotonic()
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), env=FAST)
    try:
        await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 30, "polling", bot.alive)
        await ask(api, 60_001, bot.alive)
        serving = time.monotonic() - begin
        assert serving < 30
        assert api.faults["getMe"] == []
        assert api.faults["deleteWebhook"] == []
        output = bot.output()
        assert "Traceback" not in output
        figures(
            f"\nstart-up: getMe failed 7 times, deleteWebhook and setMyCommands once: serving after {serving:.1f} s"
        )
    finally:
        await bot.stop()


async def test_a_401_once_mid_run_is_retried_and_polling_goes_on(api: FakeBotApi, tmp_path: Path, figures):
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), env=FAST)
    try:
        await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 20, "polling", bot.alive)
        await ask(api, 60_010, bot.alive)
        for status in (401, 404):
            api.faults["getUpdates"] = [Fault("status", status, "Unauthorized" if status == 401 else "Not Found")]
            await api.wait_for(lambda: not api.faults["getUpdates"], 15, f"the {status}", bot.alive)
            seconds = await ask(api, 60_011 + status, bot.alive)
            assert bot.proc.returncode is None
            figures(f"\ngetUpdates answered {status} once mid-run: the next question answered after {seconds:.2f} s")
    finally:
        await bot.stop()


@pytest.mark.parametrize("status", [401, 404])
async def test_a_401_or_404_that_persists_mid_run_exits_non_zero(api: FakeBotApi, tmp_path: Path, status: int, figures):
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), env=FAST)
    await api.wait_for(lambda: "getUpdates" in api.tg.methods(), 20, "polling", bot.alive)
    api.faults["getUpdates"] = [Fault("status", status, "Unauthorized") for _ in range(1000)]
    begin = time.monotonic()
    await ask(api, 60_050, bot.alive)  # ends the current long poll: the next getUpdates meets the fault
    try:
        code = await asyncio.wait_for(bot.proc.wait(), 30)
    finally:
        if bot.proc.returncode is None:
            bot.proc.kill()
            await bot.proc.wait()
    seconds = time.monotonic() - begin
    assert code == 1
    assert "exiting so that the bot is restarted" in bot.output()
    figures(f"\ngetUpdates answered {status} from now on: the process exited with {code} after {seconds:.1f} s")


async def test_healthz_says_503_while_updates_are_stuck_and_while_stopping(api: FakeBotApi, tmp_path: Path, figures):
    env = {**FAST, "HEALTH_STALL_SECONDS": "1", "DRAIN_TIMEOUT_SECONDS": "5"}
    bot, base = await start_webhook_bot(api, tmp_path, env)
    tg = api.tg
    try:
        async with ClientSession() as http:

            async def health() -> tuple[int, str]:
                async with http.get(f"{base}/healthz") as response:
                    return response.status, (await response.json())["status"]

            assert await health() == (200, "ok")
            user = FakeTelegram.user(60_100, "U")
            chat = tg.private(user)
            api.faults["sendMessage"] = [Fault("slow", delay=3.5, chat=chat["id"])]
            tg.text(chat, user, QUESTION)
            await asyncio.sleep(1.8)
            stuck = await health()
            await api.wait_for(lambda: tg.sent_to(chat["id"]), 10, "the slow answer", bot.alive)
            after = await health()
            # Stopping with an update in hand: /healthz keeps answering, 503, while it is drained.
            api.faults["sendMessage"] = [Fault("slow", delay=2.0, chat=chat["id"])]
            injected = len(api.injected)
            tg.text(chat, user, QUESTION)
            await api.wait_for(lambda: len(api.injected) > injected, 5, "the slow send", bot.alive)
            stopping = asyncio.ensure_future(bot.stop(within=15))
            await asyncio.sleep(0.5)
            while_stopping = await health()
            code, _ = await stopping
        assert stuck == (503, "stalled")
        assert after == (200, "ok")
        assert while_stopping == (503, "stopping")
        assert code == 0
        assert len(tg.sent_to(chat["id"])) == 2  # the update in hand was answered before the exit
        figures(f"\n/healthz: {stuck} while an update was stuck, {after} after, {while_stopping} while stopping")
    finally:
        if bot.proc.returncode is None:
            await bot.stop()


@pytest.mark.parametrize("max_connections", [500, 200], ids=["under-the-cap", "over-the-cap"])
async def test_300_idle_sockets_do_not_stop_updates_or_healthz(
    api: FakeBotApi, tmp_path: Path, max_connections: int, figures
):
    env = {**FAST, "WEBHOOK_MAX_CONNECTIONS": str(max_connections), "WEBHOOK_IDLE_SECONDS": "2"}
    bot, base = await start_webhook_bot(api, tmp_path, env)
    port = int(base.rsplit(":", 1)[1])
    sockets: list[socket.socket] = []
    try:
        for n in range(300):
            sock = socket.socket()
            sock.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                sock.connect(("127.0.0.1", port))
            if n % 2:  # half send an unfinished request and wait
                await asyncio.sleep(0)
                with contextlib.suppress(OSError):
                    sock.send(b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n")
            sockets.append(sock)
        await asyncio.sleep(0.2)
        begin = time.monotonic()
        # Under the cap (the default, 500) idle sockets cost nothing but a descriptor each. Over it,
        # the server closes new connections at once and drops idle ones after WEBHOOK_IDLE_SECONDS,
        # so Telegram's next delivery attempt and the balancer's next check get through.
        seconds = await ask(api, 60_200, bot.alive, within=15)
        health = None
        async with ClientSession() as http:
            for _ in range(50):
                try:
                    async with http.get(f"{base}/healthz") as response:
                        health = response.status
                        break
                # Over the cap the server may close a check's connection before it answers
                # (aiohttp's "Server disconnected", not an OSError): the next attempt gets through.
                except (OSError, ClientConnectionError):
                    await asyncio.sleep(0.2)
        health_seconds = time.monotonic() - begin
        assert health == 200
        assert seconds < 10
        assert "Traceback" not in bot.output()
        figures(
            f"\n300 idle sockets (half with unfinished requests), cap {max_connections}: an update answered after {seconds:.2f} s, "
            f"/healthz 200 after {health_seconds:.2f} s"
        )
    finally:
        for sock in sockets:
            sock.close()
        await bot.stop()
