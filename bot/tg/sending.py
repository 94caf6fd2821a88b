"""Sending that does not give up on the first error: a transport wrapped around python-telegram-bot's.

Every Bot API call the bot makes goes through ``ResilientRequest.do_request`` (it wraps the HTTPX
transport, or a test's fake), so the policy lives in one place instead of in every handler:

- **Transient failures** — a 5xx from Telegram, a connection error, a timeout — are retried with
  exponential backoff (``backoff``, doubled each time, at most ``backoff_max``), ``retries`` times.
- **429 Too Many Requests** waits ``retry_after`` and retries, pausing only the chat it was about:
  other chats' messages keep flowing (python-telegram-bot's rate limiter would pause every chat).
  A ``retry_after`` longer than ``max_retry_after`` is not waited for: the send fails.
- **"can't parse entities"**: the message is sent again as plain text (tags dropped, links written
  out), so a formatting bug costs the formatting, not the answer.
- **"message is too long"**: the text is sent as plain text in several messages of at most
  ``SPLIT_LIMIT`` characters, the buttons under the last one.
- **"query is too old"** on ``answerCallbackQuery``: treated as answered, so that the handler goes
  on and still posts the answer the button asked for (only the spinner could not be stopped).
- **403** (blocked, kicked) is not retried: the error handler logs it at INFO and moves on.

Duplicates. A request can succeed at Telegram while its response is lost (a reset or a read
timeout after the request was written); retrying it then sends the message twice. We retry anyway:
a lost answer is silent and final, a duplicate is visible and harmless, and it needs a rare fault
*after* Telegram acted. So sends are at-least-once. The exposure is bounded: retries are few, and
failures known to happen before anything was sent (connect errors, pool timeouts, a 5xx or 429,
which Telegram returns without acting) are the common case. Telegram offers no idempotency key for
sendMessage that would make exactly-once possible.

``getUpdates`` is not retried here (the updater has its own retry loop), but its answer is
screened for poison updates by ``bot.tg.poison``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from telegram.error import NetworkError, TelegramError
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bot.replies import to_plain
from bot.tg.drain import Tracker
from bot.tg.poison import PoisonFilter

log = logging.getLogger(__name__)

SPLIT_LIMIT = 4000
"""Characters (UTF-16 code units) per part when a too-long message is split; under Telegram's 4096."""
TEXT_METHODS = frozenset({"sendMessage", "editMessageText"})
MAX_PAUSED_CHATS = 10_000


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 4
    backoff: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int) -> float:
        """Seconds before retry ``attempt`` (1-based): exponential, capped, with a little jitter so
        that many failed sends do not all come back in the same instant."""
        base = min(self.backoff * 2 ** (attempt - 1), self.backoff_max)
        return base * random.uniform(0.8, 1.0)


def _description(payload: bytes) -> str:
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        return ""
    return str(data.get("description", "")) if isinstance(data, dict) else ""


def _is_json(payload: bytes) -> bool:
    try:
        json.loads(payload)
    except (ValueError, RecursionError):
        return False
    return True


def _retry_after(payload: bytes) -> float | None:
    try:
        data = json.loads(payload)
        value = data["parameters"]["retry_after"]
        return float(value)
    except (ValueError, TypeError, KeyError, RecursionError):
        return None


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split_text(text: str, limit: int = SPLIT_LIMIT) -> Iterator[str]:
    """``text`` in parts of at most ``limit`` UTF-16 code units, cut at line ends where possible,
    else at spaces, else anywhere."""
    while utf16_len(text) > limit:
        cut = limit
        while utf16_len(text[:cut]) > limit:
            cut -= max(1, (utf16_len(text[:cut]) - limit) // 2)
        head = text[:cut]
        at = max(head.rfind("\n"), head.rfind(" "))
        if at > cut // 2:
            cut = at
        part, text = text[:cut].strip(), text[cut:].lstrip()
        if part:
            yield part
    if text.strip():
        yield text


def _data(params: dict[str, Any]) -> RequestData:
    return RequestData([RequestParameter.from_input(key, value) for key, value in params.items()])


@dataclass
class ApiState:
    """Shared by the two transports (updates and everything else)."""

    verified: bool = False
    """Set by the first successful call: from then on a 401 or 404 is a fault, not a bad token."""
    on_fatal: Callable[[str], None] | None = None
    """Called when a 401/404 persists mid-run: the token was revoked or the API moved, and the
    process should exit so that its supervisor restarts it (or a person looks)."""


class ResilientRequest(BaseRequest):
    """Wraps a BaseRequest (HTTPXRequest in production) with the policy above."""

    def __init__(self, inner: BaseRequest, policy: RetryPolicy | None = None) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self.poison = PoisonFilter()
        self._paused: dict[object, float] = {}
        self.api = ApiState()
        self.tracker: Tracker | None = None
        """Set by build_application: getUpdates reports fetched updates to it and waits for room."""
        self.retried = 0
        """Sends retried since start (for tests and /stats)."""

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """As python-telegram-bot's, except that an invalid response is logged by its size only:
        the library logs the whole payload at ERROR, and a response carries users' messages."""
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except (ValueError, RecursionError) as exc:
            log.warning("invalid JSON from the Bot API (%d bytes): not used", len(payload))
            raise TelegramError("Invalid server response") from exc
        if not isinstance(data, dict):
            log.warning("a Bot API response that is not a JSON object: not used")
            raise TelegramError("Invalid server response")
        return data

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rpartition("/")[2]
        timeouts = {
            "read_timeout": read_timeout,
            "write_timeout": write_timeout,
            "connect_timeout": connect_timeout,
            "pool_timeout": pool_timeout,
        }
        if api_method == "getUpdates":
            tracker = self.tracker
            if tracker is not None and not tracker.stopping:
                await tracker.wait_for_room()  # backpressure: no more fetched than can be drained
            if request_data is not None:
                request_data = self.poison.adjust_offset(
                    request_data,
                    tracker.confirm_offset() if tracker else None,
                    tracker.room if tracker and not tracker.stopping else None,
                )
            status, payload = await self._call(url, method, api_method, request_data, timeouts, transient=False)
            if status == 200:
                payload, ids = self.poison.screen(payload)
                if tracker is not None and not tracker.stopping:
                    tracker.accept_all(ids)
            return status, payload
        status, payload = await self._call(url, method, api_method, request_data, timeouts)
        if status == 400 and request_data is not None:
            return await self._fall_back(url, method, api_method, request_data, timeouts, status, payload)
        return status, payload

    async def _call(
        self,
        url: str,
        method: str,
        api_method: str,
        request_data: RequestData | None,
        timeouts: dict[str, Any],
        transient: bool = True,
    ) -> tuple[int, bytes]:
        """One call with retries of transient failures and 429s (``transient=False``: only of
        401/404, for getUpdates, whose other failures the updater's own loop retries)."""
        policy = self.policy
        chat = request_data.parameters.get("chat_id") if request_data is not None else None
        attempt = 0
        while True:
            await self._wait_for_chat(chat)
            try:
                status, payload = await self.inner.do_request(url, method, request_data, **timeouts)
            except NetworkError as exc:  # TimedOut is one too
                if attempt >= policy.retries or not transient:
                    raise
                attempt += 1
                delay = policy.delay(attempt)
                log.warning(
                    "%s: %s; retry %d of %d in %.1f s", api_method, type(exc).__name__, attempt, policy.retries, delay
                )
                self.retried += 1
                await asyncio.sleep(delay)
                continue
            if status == 200:
                self.api.verified = True
            if status in (401, 404) and self.api.verified:
                if attempt < policy.retries:
                    attempt += 1
                    delay = policy.delay(attempt)
                    log.warning(
                        "%s: HTTP %d mid-run; retry %d of %d in %.1f s",
                        api_method,
                        status,
                        attempt,
                        policy.retries,
                        delay,
                    )
                    await asyncio.sleep(delay)
                    continue
                log.error(
                    "%s: HTTP %d after %d retries: the token was revoked or the API moved", api_method, status, attempt
                )
                if self.api.on_fatal is not None:
                    self.api.on_fatal(f"{api_method}: HTTP {status}")
                return status, payload
            if not transient:
                return status, payload
            if status == 429:
                wait = _retry_after(payload)
                if wait is None or wait > policy.max_retry_after or attempt >= policy.retries:
                    log.warning("%s: flood control (retry after %s s): giving up on this one", api_method, wait)
                    # Without retry_after, python-telegram-bot raises a plain NetworkError rather
                    # than RetryAfter, so its rate limiter does not pause every chat for it.
                    return status, json.dumps(
                        {"ok": False, "error_code": 429, "description": "Too Many Requests"}
                    ).encode()
                attempt += 1
                log.info("%s: flood control, waiting %.0f s for this chat only", api_method, wait)
                self.retried += 1
                if chat is None:
                    await asyncio.sleep(wait)
                else:
                    self._pause(chat, wait)
                continue
            # A response that is not JSON (a proxy's error page) is as transient as a 5xx.
            broken = status >= 500 or (status == 200 and not _is_json(payload))
            if broken and attempt < policy.retries:
                attempt += 1
                delay = policy.delay(attempt)
                what = f"HTTP {status}" if status != 200 else "a response that is not JSON"
                log.warning("%s: %s; retry %d of %d in %.1f s", api_method, what, attempt, policy.retries, delay)
                self.retried += 1
                await asyncio.sleep(delay)
                continue
            return status, payload

    async def _fall_back(
        self,
        url: str,
        method: str,
        api_method: str,
        request_data: RequestData,
        timeouts: dict[str, Any],
        status: int,
        payload: bytes,
    ) -> tuple[int, bytes]:
        """A 400 that another form of the same request can get past."""
        description = _description(payload).lower()
        if api_method == "answerCallbackQuery" and (
            "query is too old" in description or "query id is invalid" in description
        ):
            log.info("answerCallbackQuery: the query expired; going on without it")
            return 200, b'{"ok": true, "result": true}'
        if api_method not in TEXT_METHODS:
            return status, payload
        params = dict(request_data.parameters)
        text = params.get("text")
        if not isinstance(text, str):
            return status, payload
        if "can't parse entities" in description or "message is too long" in description:
            if params.get("parse_mode"):
                text = to_plain(text)
            params.pop("parse_mode", None)
            params.pop("entities", None)
        else:
            return status, payload
        parts = list(split_text(text))
        if not parts:
            return status, payload
        log.warning("%s: %s; sending it as plain text in %d part(s)", api_method, description.split(":")[0], len(parts))
        if api_method == "editMessageText":
            params["text"] = parts[0]
            return await self._call(url, method, api_method, _data(params), timeouts)
        markup = params.pop("reply_markup", None)
        for part in parts[:-1]:
            status, payload = await self._call(url, method, api_method, _data({**params, "text": part}), timeouts)
            if status != 200:
                return status, payload
        last = {**params, "text": parts[-1]}
        if markup is not None:
            last["reply_markup"] = markup
        return await self._call(url, method, api_method, _data(last), timeouts)

    def _pause(self, chat: object, seconds: float) -> None:
        now = time.monotonic()
        if len(self._paused) >= MAX_PAUSED_CHATS:
            self._paused = {key: until for key, until in self._paused.items() if until > now}
        self._paused[chat] = max(self._paused.get(chat, 0.0), now + seconds)

    async def _wait_for_chat(self, chat: object) -> None:
        """Waits while a 429 for this chat is in force (other chats are not held up)."""
        if chat is None:
            return
        while True:
            remaining = self._paused.get(chat, 0.0) - time.monotonic()
            if remaining <= 0:
                return
            await asyncio.sleep(remaining)
