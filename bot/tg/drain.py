"""Nothing acknowledged is lost: updates are tracked from fetch to answer, and a stop drains them.

``Tracker`` knows every update the bot has taken — fetched by getUpdates (and so, by the next
getUpdates, confirmed to Telegram) or accepted by the webhook with a 200 — until its handler has
finished. That gives:

- **Backpressure.** No more than ``max_pending`` updates are held at once: polling waits before
  fetching more, the webhook answers 503 (Telegram delivers again later). What is held is what a
  stop must answer, so ``max_pending`` is sized with the drain timeout and Telegram's rate limit.
- **Drain.** On SIGTERM/SIGINT the bot stops taking updates, then waits up to the drain timeout
  for every held update to be answered. With polling, the last getUpdates confirms only up to the
  first update not yet answered, so whatever could not be answered in time is delivered again to
  the next process (at-least-once: an update answered while an earlier one was not is answered
  again by the next process; that is the price of losing nothing).
- **Health.** Held updates with no progress for a while mean the bot is stuck (``stalled``).
- **Interactive first.** ``TrackingProcessor`` runs button presses and inline queries in their own
  pool instead of behind a backlog of messages: Telegram expires them within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, SimpleUpdateProcessor

log = logging.getLogger(__name__)

INTERACTIVE_CONCURRENCY = 32


class Tracker:
    def __init__(self, max_pending: int = 1000) -> None:
        self.max_pending = max_pending
        self.pending: dict[int, float] = {}
        """update_id -> when it was taken (monotonic)."""
        self.max_accepted = 0
        self.finished = 0
        self.last_progress = time.monotonic()
        self.stopping = False
        self._changed: asyncio.Event | None = None

    def _event(self) -> asyncio.Event:
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.max_pending

    @property
    def room(self) -> int:
        return max(0, self.max_pending - len(self.pending))

    def accept(self, update_id: int) -> None:
        if not self.pending:
            self.last_progress = time.monotonic()  # an idle bot was not stuck
        self.pending.setdefault(update_id, time.monotonic())
        self.max_accepted = max(self.max_accepted, update_id)

    def accept_all(self, ids: list[int]) -> None:
        for update_id in ids:
            self.accept(update_id)

    def finish(self, update_id: int) -> None:
        self.pending.pop(update_id, None)
        self.finished += 1
        self.last_progress = time.monotonic()
        self._notify()

    def confirm_offset(self) -> int | None:
        """While stopping: the getUpdates offset that confirms only answered updates (None: no
        limit, everything taken has been answered)."""
        if not self.stopping or not self.pending:
            return None
        return min(self.pending)

    def stalled(self, seconds: float) -> bool:
        return bool(self.pending) and time.monotonic() - self.last_progress > seconds

    async def wait_for_room(self) -> None:
        while self.full and not self.stopping:
            await self._event().wait()

    async def drained(self, within: float) -> bool:
        """Waits until nothing is held (True) or ``within`` seconds have passed (False)."""
        deadline = time.monotonic() + within
        while self.pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event().wait(), remaining)
        return True


def is_interactive(update: object) -> bool:
    return isinstance(update, Update) and (update.callback_query is not None or update.inline_query is not None)


class TrackingProcessor(SimpleUpdateProcessor):
    """python-telegram-bot's concurrent processor, telling the tracker when an update is done,
    with button presses and inline queries in a pool of their own."""

    def __init__(self, max_concurrent_updates: int, tracker: Tracker) -> None:
        super().__init__(max_concurrent_updates)
        self.tracker = tracker
        self._interactive = asyncio.BoundedSemaphore(INTERACTIVE_CONCURRENCY)

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        if is_interactive(update):
            async with self._interactive:
                await self.do_process_update(update, coroutine)
            return
        await super().process_update(update, coroutine)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
        finally:
            if isinstance(update, Update):
                self.tracker.finish(update.update_id)


async def drain(
    application: Application,  # type: ignore[type-arg]
    tracker: Tracker,
    within: float,
    confirm_from: int | None,
) -> None:
    """Stops taking updates, answers what is held within ``within`` seconds, and (polling) confirms to
    Telegram exactly what was answered. ``confirm_from``: the offset that confirms everything
    fetched (None in webhook mode)."""
    tracker.stopping = True
    held = len(tracker.pending)
    begin = time.monotonic()
    if application.updater is not None and application.updater.running:
        await application.updater.stop()  # its last getUpdates is capped at the first unanswered update
    if held:
        log.info("draining: answering %d update(s) already taken (up to %.0f s)", held, within)
    stopper = asyncio.ensure_future(application.stop()) if application.running else None
    done = await tracker.drained(within)
    if stopper is not None:
        try:
            await asyncio.wait_for(asyncio.shield(stopper), 1.0 if done else 0.1)
        except TimeoutError:
            stopper.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await stopper
    left = len(tracker.pending)
    if left:
        log.warning(
            "drain timeout: %d update(s) not answered in %.0f s%s",
            left,
            within,
            "; they are left for Telegram to deliver again" if confirm_from is not None else "",
        )
    else:
        log.info("drained: %d update(s) answered in %.1f s", held, time.monotonic() - begin)
    if confirm_from is not None:
        await confirm(application, confirm_from)


async def confirm(application: Application, offset: int) -> None:  # type: ignore[type-arg]
    """The last getUpdates: confirms what was answered (the transport caps ``offset`` at the first
    update not answered)."""
    try:
        await application.bot.get_updates(offset=offset, limit=1, timeout=0)
    except TelegramError as exc:
        log.warning("could not confirm the answered updates to Telegram: %s", exc)
