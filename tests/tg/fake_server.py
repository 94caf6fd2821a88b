"""A fake Telegram Bot API server on 127.0.0.1 (aiohttp) for end-to-end tests of the real bot process.

It serves ``/bot<token>/<method>`` like api.telegram.org — form-encoded or JSON parameters, a 401 for
a wrong token, a Telegram-style 400 for unknown methods — with the semantics of ``FakeTelegram``:
getUpdates long-polls (``timeout``) and confirms by ``offset``, a second concurrent getUpdates gets
409 like Telegram's, and once setWebhook is called, updates are POSTed to the bot's webhook with the
secret token header instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from tests.tg.telegram_fake import ApiError, FakeTelegram

T = TypeVar("T")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass
class Fault:
    """One misbehaviour of the fake, used once on the next matching call (``chat``: only a call for
    that chat_id matches). ``kind``: ``status`` (answer ``status`` with ``description``, without
    acting), ``reset`` (drop the connection without answering, without acting), ``lost`` (act,
    then drop the connection: the response is lost), ``garbage`` (200 with a body that is not
    JSON, carrying ``description``), ``slow`` (wait ``delay`` seconds, then answer normally), ``hang``
    (wait ``delay`` seconds, then answer 504 without acting: the client times out first)."""

    kind: str
    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    chat: int | None = None
    delay: float = 0.0

    def matches(self, params: dict[str, Any]) -> bool:
        return self.chat is None or str(params.get("chat_id")) == str(self.chat)


class FakeBotApi:
    def __init__(self, telegram: FakeTelegram) -> None:
        self.tg = telegram
        self.url = ""
        self.deliveries: list[tuple[int, int]] = []
        self.faults: dict[str, list[Fault]] = {}
        """Method name -> faults to inject, in order (see ``Fault``)."""
        self.injected: list[tuple[str, str]] = []
        """(method, fault kind) of every fault injected."""
        """(update_id, HTTP status) of every webhook delivery attempt that got a response."""
        self._event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._poll: asyncio.Event | None = None  # set to end the current long poll with a 409
        self._delivering: set[int] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: ClientSession | None = None
        self._connections: asyncio.Semaphore | None = None
        telegram.listeners.append(self._changed)

    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._no_file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        self._session = ClientSession(timeout=ClientTimeout(total=5))
        return self.url

    async def stop(self) -> None:
        self._closing = True
        self._changed()
        for task in list(self._tasks):
            task.cancel()
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(
        self, predicate: Callable[[], T], within: float = 10.0, what: str = "", alive: Callable[[], None] | None = None
    ) -> T:
        """Waits until ``predicate()`` is truthy (re-checked on every change the bot makes).
        ``alive`` raises when the bot process has died, so a crash fails fast with its output."""
        deadline = time.monotonic() + within
        while True:
            event = self._event
            value = predicate()
            if value:
                return value
            if alive is not None:
                alive()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out after {within:.0f} s waiting for {what or predicate}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.25))

    def _changed(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()
        if self.tg.webhook is not None and not self._closing:
            for update in list(self.tg.updates):
                if update["update_id"] not in self._delivering:
                    self._delivering.add(update["update_id"])
                    task = asyncio.get_running_loop().create_task(self._deliver(update))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)

    async def _deliver(self, update: dict[str, Any]) -> None:
        """Telegram's side of a webhook: POST the update with the secret, retry until 2xx, at most
        ``max_connections`` at once (setWebhook's default, 40), waiting longer after each failure."""
        assert self._session is not None
        if self._connections is None:
            self._connections = asyncio.Semaphore(40)
        async with self._connections:
            await self._deliver_once(update)

    async def _deliver_once(self, update: dict[str, Any]) -> None:
        assert self._session is not None
        pause = 0.05
        for _ in range(50):
            webhook = self.tg.webhook
            if webhook is None or self._closing:
                break
            headers = {SECRET_HEADER: webhook["secret_token"]} if webhook.get("secret_token") else {}
            try:
                async with self._session.post(webhook["url"], json=update, headers=headers) as response:
                    self.deliveries.append((update["update_id"], response.status))
                    if response.status < 300:
                        self.tg.updates = [u for u in self.tg.updates if u is not update]
                        self._delivering.discard(update["update_id"])
                        self._changed()
                        return
            except (ClientError, OSError, TimeoutError):
                pass
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.5)
        self._delivering.discard(update["update_id"])

    async def _no_file(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.method == "POST":
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    params.update(body)
            else:
                form = await request.post()
                params.update({key: value for key, value in form.items() if isinstance(value, str)})
        return params

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.tg.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        try:
            params = await self._params(request)
        except ConnectionResetError:  # the bot went away mid-request (stopping): nothing to answer
            return web.Response(status=499)
        except (ValueError, json.JSONDecodeError):
            return web.json_response(ApiError(400, "Bad Request: can't parse request").payload(), status=400)
        fault = self._fault(method, params)
        if fault is not None:
            self.injected.append((method, fault.kind))
            if fault.kind == "slow":
                await asyncio.sleep(fault.delay)
            elif fault.kind == "hang":
                await asyncio.sleep(fault.delay)
                return web.json_response(ApiError(504, "Gateway Timeout").payload(), status=504)
            elif fault.kind == "status":
                error = ApiError(
                    fault.status, fault.description, {"retry_after": fault.retry_after} if fault.retry_after else None
                )
                return web.json_response(error.payload(), status=fault.status)
            elif fault.kind == "reset":
                assert request.transport is not None
                request.transport.abort()
                return web.Response(status=499)
            elif fault.kind == "garbage":
                return web.Response(status=200, text=f"<html>oops {fault.description}</html>")
        if method.lower() == "getupdates":
            status, body = await self._get_updates(params)
        else:
            status, body = self.tg.call(method, params)
        if fault is not None and fault.kind == "lost":
            assert request.transport is not None
            request.transport.abort()
            return web.Response(status=499)
        return web.json_response(body, status=status)

    def _fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        for key in (method, "*"):
            queue = self.faults.get(key) or []
            for index, fault in enumerate(queue):
                if fault.matches(params):
                    return queue.pop(index)
        return None

    async def _get_updates(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self._poll is not None:  # Telegram allows one getUpdates at a time per bot
            self._poll.set()
        terminated = asyncio.Event()
        self._poll = terminated
        try:
            status, body = self.tg.call("getUpdates", params)
            try:
                timeout = float(params.get("timeout") or 0)
            except ValueError:
                timeout = 0.0
            deadline = time.monotonic() + timeout
            while status == 200 and not body["result"] and not self._closing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                event = self._event
                changed = asyncio.ensure_future(event.wait())
                ended = asyncio.ensure_future(terminated.wait())
                await asyncio.wait({changed, ended}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
                changed.cancel()
                ended.cancel()
                if terminated.is_set():
                    error = ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                    )
                    return error.code, error.payload()
                try:
                    body = {"ok": True, "result": self.tg.take_updates(params)}
                except ApiError as exc:
                    return exc.code, exc.payload()
            return status, body
        finally:
            if self._poll is terminated:
                self._poll = None
