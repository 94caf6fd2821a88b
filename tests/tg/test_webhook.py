"""The webhook server in process: secret checked in constant time, updates queued, health reported."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiohttp import ClientSession
from telegram.ext import Application

from bot.tg.app import state_of
from bot.tg.webhook import SECRET_HEADER, WebhookServer
from tests.tg.conftest import free_port
from tests.tg.telegram_fake import FakeTelegram

pytestmark = pytest.mark.asyncio

SECRET = "in-process-secret"


@pytest_asyncio.fixture
async def served(app: Application) -> AsyncIterator[str]:  # type: ignore[type-arg]
    port = free_port()
    server = WebhookServer(app, state_of(app), SECRET, "/telegram", "127.0.0.1", port)
    await app.start()
    server.start()
    yield f"http://127.0.0.1:{port}"
    await server.stop()
    if app.running:
        await app.stop()


async def test_updates_with_the_secret_are_answered(served: str, tg: FakeTelegram):
    user = FakeTelegram.user(601, "Ann")
    chat = tg.private(user)
    update = tg.text(chat, user, "Where was the agreement signed?")
    async with ClientSession() as http:
        async with http.post(f"{served}/telegram", json=update, headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 200
            assert await response.json() == {"ok": True}
        for _ in range(250):
            if tg.sent:
                break
            await asyncio.sleep(0.02)
    [sent] = tg.sent_to(chat["id"])
    assert sent.text.startswith("In Tashkent")


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({}, {"update_id": 1}, 403),
        ({SECRET_HEADER: "in-process-secreT"}, {"update_id": 1}, 403),
        ({SECRET_HEADER: SECRET + "x"}, {"update_id": 1}, 403),
        ({SECRET_HEADER: SECRET}, "not json", 400),
        ({SECRET_HEADER: SECRET}, ["a", "list"], 400),
    ],
)
async def test_requests_without_the_secret_or_an_update_are_refused(
    served: str, tg: FakeTelegram, headers, body, status
):
    async with ClientSession() as http:
        data = body if isinstance(body, str) else json.dumps(body)
        async with http.post(f"{served}/telegram", data=data, headers=headers) as response:
            assert response.status == status
            assert (await response.json())["ok"] is False
    assert tg.sent == []


async def test_health_reports_the_served_base(served: str, app: Application):  # type: ignore[type-arg]
    kb = state_of(app).current.kb
    async with ClientSession() as http:
        async with http.get(f"{served}/healthz") as response:
            assert response.status == 200
            health = await response.json()
        async with http.head(f"{served}/healthz") as response:
            assert response.status == 200
        async with http.get(f"{served}/elsewhere") as response:
            assert response.status == 404
        await app.stop()
        async with http.get(f"{served}/healthz") as response:
            assert response.status == 503  # stopping: the balancer should send traffic elsewhere
    assert health == {
        "status": "ok",
        "facts": 6,
        "sources": 2,
        "hash": kb.content_hash,
        "loaded_at": kb.loaded_at.isoformat(timespec="seconds"),
    }


async def test_the_secret_is_compared_in_constant_time(served: str, monkeypatch):
    """hmac.compare_digest on bytes: its time does not depend on how much of the secret matched."""
    from bot.tg import webhook

    compared: list[tuple[bytes, bytes]] = []
    real = webhook.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(webhook.hmac, "compare_digest", spy)
    async with ClientSession() as http:
        for given in ("wrong", SECRET):
            async with http.post(f"{served}/telegram", json={"update_id": 9}, headers={SECRET_HEADER: given}):
                pass
    assert compared == [(b"wrong", SECRET.encode()), (SECRET.encode(), SECRET.encode())]
