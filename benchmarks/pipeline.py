"""The Telegram pipeline: updates in, replies out, through python-telegram-bot with no network.

The Application is the production one (``bot.tg.app.build_application``: handlers, error handler,
AIORateLimiter) with an in-process fake transport: a ``telegram.request.BaseRequest`` subclass that
answers every Bot API call with the JSON Telegram would send (``getMe``, a ``sendMessage`` result
echoing the message, ``true`` for the rest), after an optional simulated round-trip delay. Each
update is a private-chat text message from one of many users, with a question from the evaluation
sets, fed to ``Application.process_update``. Sequential: one update at a time. Concurrent: up to k
updates in flight (``asyncio`` tasks), as the Application's ``concurrent_updates`` allows in
production. Latency is from handing the update to ``process_update`` to its reply having been
sent; messages/s is updates over wall time.

With no network wait the work is CPU-bound on one event loop: more updates in flight cannot add
throughput, and the tail latency then shows updates waiting for the others' CPU time. With a
round trip to wait on, concurrency is what keeps the bot busy meanwhile.

The rate limiter caps sending at Telegram's own limit of 30 messages a second for the whole bot;
rows marked "throttle lifted" disable its overall limit (its code still runs) to show what the bot
itself could do; the last row keeps it, as production does.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import Config, Section, Table, all_questions, percentiles_ms
from bot.answering import Answerer

TOKEN = "123456789:" + "A" * 35
BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "pactbot", "username": "pactbot_bench_bot"}
LANG_CODES = ("en", "ru", "uz", "en-GB", None)


@dataclass
class FakeTransport:
    """State shared by the fake request objects: how long a call takes and what was sent."""

    delay_s: float = 0.0
    sent: int = 0
    calls: dict[str, int] = field(default_factory=dict)


def make_request(transport: FakeTransport) -> Any:
    from telegram.request import BaseRequest, RequestData

    class FakeRequest(BaseRequest):
        """Answers Bot API calls in process, as Telegram would (no network)."""

        def __init__(self) -> None:
            self.message_id = 10_000

        @property
        def read_timeout(self) -> float | None:
            return 5.0

        async def initialize(self) -> None:
            return None

        async def shutdown(self) -> None:
            return None

        async def do_request(
            self,
            url: str,
            method: str,
            request_data: RequestData | None = None,
            read_timeout: Any = None,
            write_timeout: Any = None,
            connect_timeout: Any = None,
            pool_timeout: Any = None,
        ) -> tuple[int, bytes]:
            endpoint = url.rsplit("/", 1)[-1]
            transport.calls[endpoint] = transport.calls.get(endpoint, 0) + 1
            params = request_data.parameters if request_data is not None else {}
            if transport.delay_s:
                await asyncio.sleep(transport.delay_s)
            if endpoint == "getMe":
                result: Any = {
                    **BOT_USER,
                    "can_join_groups": True,
                    "can_read_all_group_messages": False,
                    "supports_inline_queries": True,
                }
            elif endpoint in ("sendMessage", "editMessageText"):
                self.message_id += 1
                transport.sent += 1
                chat_id = int(params.get("chat_id", 0))
                result = {
                    "message_id": self.message_id,
                    "from": BOT_USER,
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup", "first_name": "User"},
                    "date": int(time.time()),
                    "text": params.get("text", ""),
                }
                if params.get("reply_markup"):
                    markup = params["reply_markup"]
                    result["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            else:
                result = True
            return 200, json.dumps({"ok": True, "result": result}).encode()

    return FakeRequest()


def build(answerer: Answerer, transport: FakeTransport, throttle: bool, log_dir: Path) -> tuple[Any, str]:
    """The production Application when the Telegram layer provides it; else a minimal one."""
    try:
        from bot.tg.app import build_application
        from bot.tg.settings import Settings
    except ImportError:
        return _minimal(answerer, transport), "a minimal Application (bot.tg.app.build_application not available)"
    fields = Settings.model_fields
    extra: dict[str, Any] = {}
    if "admin_ids" in fields:
        extra["admin_ids"] = "1"  # any admin: no start-up warning about admin commands being off
    if "unanswered_log" in fields:
        extra["unanswered_log"] = log_dir / "unanswered.jsonl"  # written as in production, but not in ./data
    settings = Settings(telegram_bot_token=TOKEN, _env_file=None, **extra)  # type: ignore[call-arg]
    app = build_application(settings, answerer=answerer, request=make_request(transport))
    limiter = getattr(app.bot, "rate_limiter", None)
    if not throttle and limiter is not None and hasattr(limiter, "_base_limiter"):
        limiter._base_limiter = None
    return app, "bot.tg.app.build_application (the production wiring)"


def _minimal(answerer: Answerer, transport: FakeTransport) -> Any:
    from telegram.constants import ParseMode
    from telegram.ext import Application, MessageHandler, filters

    async def on_text(update: Any, context: Any) -> None:
        reply = answerer.answer(update.message.text)
        await update.message.reply_text(reply.text, parse_mode=ParseMode.HTML)

    request = make_request(transport)
    app = Application.builder().token(TOKEN).request(request).get_updates_request(request).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    return app


def updates(questions: Sequence[str], count: int) -> list[dict[str, Any]]:
    out = []
    for n in range(count):
        user_id = 1_000_000 + n % 997
        lang = LANG_CODES[n % len(LANG_CODES)]
        user = {"id": user_id, "is_bot": False, "first_name": f"User{n % 997}"}
        if lang:
            user["language_code"] = lang
        out.append(
            {
                "update_id": 500_000 + n,
                "message": {
                    "message_id": 1 + n,
                    "date": 1_737_532_800 + n,
                    "chat": {"id": user_id, "type": "private", "first_name": user["first_name"]},
                    "from": user,
                    "text": questions[n % len(questions)],
                },
            }
        )
    return out


async def drive(app: Any, raw: list[dict[str, Any]], concurrency: int) -> tuple[np.ndarray, float]:
    from telegram import Update

    items = [Update.de_json(data, app.bot) for data in raw]
    latencies = np.zeros(len(items), dtype=np.int64)
    clock = time.perf_counter_ns

    async def one(n: int) -> None:
        start = clock()
        await app.process_update(items[n])
        latencies[n] = clock() - start

    started = time.perf_counter()
    if concurrency <= 1:
        for n in range(len(items)):
            await one(n)
    else:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for n in range(len(items)):
            queue.put_nowait(n)

        async def worker() -> None:
            while not queue.empty():
                await one(queue.get_nowait())

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - started


async def scenario(
    answerer: Answerer, raw: list[dict[str, Any]], concurrency: int, delay_ms: float, throttle: bool
) -> dict[str, Any]:
    transport = FakeTransport(delay_s=delay_ms / 1000)
    with tempfile.TemporaryDirectory(prefix="pactbot-pipeline-") as log_dir:
        app, wiring = build(answerer, transport, throttle, Path(log_dir))
        await app.initialize()
        try:
            await drive(app, raw[: min(20, len(raw))], concurrency)  # warm-up: imports, caches, limiter
            transport.sent = 0
            latencies, wall = await drive(app, raw, concurrency)
        finally:
            await app.shutdown()
    if transport.sent != len(raw):
        raise RuntimeError(f"{transport.sent} replies sent for {len(raw)} updates ({wiring})")
    return {"wiring": wiring, "wall_s": wall, "mps": len(raw) / wall, **percentiles_ms(latencies)}


def run(cfg: Config, answerer: Answerer | None = None) -> Section:
    answerer = answerer or Answerer.load(cfg.knowledge_dir)
    raw = updates(all_questions(cfg), cfg.pipeline_updates)
    plans = []
    for delay in cfg.pipeline_api_delays_ms:
        plans.append((1, delay, False))
        plans += [(k, delay, False) for k in cfg.pipeline_concurrency]
    top = max(cfg.pipeline_concurrency)
    throttled_n = min(len(raw), 60 if cfg.quick else 300)
    results, rows = [], []
    for concurrency, delay, throttle in [*plans, (top, max(cfg.pipeline_api_delays_ms), True)]:
        batch = raw if not throttle else raw[:throttled_n]
        r = asyncio.run(scenario(answerer, batch, concurrency, delay, throttle))
        r.update({"concurrency": concurrency, "delay_ms": delay, "throttle": throttle, "updates": len(batch)})
        results.append(r)
        mode = "sequential" if concurrency == 1 else f"concurrent, {concurrency} in flight"
        rows.append(
            [
                mode,
                f"{delay:g}",
                "30 msg/s (as in production)" if throttle else "throttle lifted",
                len(batch),
                r["mps"],
                r["p50"],
                r["p95"],
                r["p99"],
            ]
        )
    table = Table(
        "Telegram pipeline: Application.process_update with a fake transport",
        [
            "updates handled",
            "simulated API round trip ms",
            "rate limiter",
            "updates",
            "messages/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
        ],
        rows,
        f"Application: {results[0]['wiring']}.",
    )
    seq0 = next(r for r in results if r["concurrency"] == 1 and r["delay_ms"] == 0)
    best = max((r for r in results if not r["throttle"]), key=lambda r: r["mps"])
    findings = [
        f"Sequential, no network delay: {seq0['mps']:.0f} messages/s, p95 {seq0['p95']:.2f} ms per update.",
        f"Best: {best['mps']:.0f} messages/s with {best['concurrency']} in flight and {best['delay_ms']:g} ms simulated round trip.",
    ]
    return Section("Telegram pipeline", __doc__.split("\n\n", 1)[1].strip(), [table], {"results": results}, findings)
