"""End to end: the real bot process in webhook mode, fed by the fake Telegram's webhook deliveries."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from aiohttp import ClientSession

from tests.tg.conftest import copy_kb, free_port, start_bot
from tests.tg.fake_server import SECRET_HEADER, FakeBotApi
from tests.tg.telegram_fake import TOKEN, FakeTelegram

pytestmark = pytest.mark.asyncio

SECRET = "webhook-Secret_for-tests-0123456789"
READER = FakeTelegram.user(401, "Reader", "ru")


async def test_webhook_mode_checks_the_secret_answers_and_reports_health(api: FakeBotApi, tmp_path: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        "WEBHOOK_URL": f"{base}/hook",
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "WEBHOOK_PATH": "/hook",
    }
    bot = await start_bot(tmp_path / "run", api.url, copy_kb(tmp_path / "kb"), "--webhook", env=env)
    tg = api.tg
    try:
        await api.wait_for(lambda: tg.webhook, 20, "setWebhook", bot.alive)
        assert tg.webhook == {
            "url": f"{base}/hook",
            "secret_token": SECRET,
            "allowed_updates": ["message", "callback_query", "inline_query"],
        }
        async with ClientSession() as http:
            async with http.get(f"{base}/healthz") as response:
                assert response.status == 200
                health = await response.json()
            assert health["status"] == "ok"
            assert health["facts"] == 6
            assert health["sources"] == 2
            assert len(health["hash"]) == 12

            chat = tg.private(READER)
            update = tg.text(chat, READER, "Кто подписал соглашение?")  # the fake delivers it with the secret
            [answer] = await api.wait_for(lambda: tg.sent_to(chat["id"]), 10, "the answer", bot.alive)
            assert answer.text.startswith("Подписали министр обороны России")
            assert (update["update_id"], 200) in api.deliveries

            forged = {**update, "update_id": update["update_id"] + 1000}
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET[:-1]}):
                async with http.post(f"{base}/hook", data=json.dumps(forged), headers=headers) as response:
                    assert response.status == 403
            async with http.post(f"{base}/hook", data="not json", headers={SECRET_HEADER: SECRET}) as response:
                assert response.status == 400
            async with http.get(f"{base}/hook") as response:
                assert response.status == 405
            await asyncio.sleep(0.2)
            assert len(tg.sent_to(chat["id"])) == 1  # the forged updates were not answered
        assert "getUpdates" not in tg.methods()
        code, seconds = await bot.stop()
        assert code == 0
        assert seconds < 5
        assert "deleteWebhook" not in tg.methods()  # other replicas may still be serving the same URL
    finally:
        if bot.proc.returncode is None:
            await bot.stop()
    output = bot.output()
    assert TOKEN not in output
    assert SECRET not in output
    assert "webhook request without the right secret token" in output
