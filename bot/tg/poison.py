"""Poison updates are set aside, not retried forever; duplicates are answered once.

python-telegram-bot parses a whole getUpdates batch at once: one update it cannot parse (a date out
of range, an entity without an offset) fails the batch, the offset never advances, and the same
batch is fetched again and again — hundreds of times a second, and no later message is answered.
``PoisonFilter`` screens each batch before the library sees it: an update that does not parse is
dropped (logged once, by update_id, without its content) and the next getUpdates confirms it to
Telegram, so it is never delivered again. The webhook does the same per request.

``RecentIds`` remembers the last few thousand update_ids: Telegram redelivers an update whose
webhook request timed out, and the second delivery must not be answered again.
"""

from __future__ import annotations

import json
import logging
import re
from collections import deque
from typing import Any

from telegram import Update
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

log = logging.getLogger(__name__)

RECENT_IDS = 10_000
"""update_ids remembered for spotting redeliveries (Telegram redelivers within minutes)."""
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(data: Any) -> Any:
    """``data`` with lone UTF-16 surrogates (which JSON can carry, as "\\ud800", and which no
    encoder accepts) replaced by U+FFFD. One code unit for one, so entity offsets stay right."""
    if isinstance(data, str):
        return _SURROGATE.sub("\ufffd", data)
    if isinstance(data, list):
        return [clean_text(item) for item in data]
    if isinstance(data, dict):
        return {key: clean_text(value) for key, value in data.items()}
    return data


def may_hold_surrogates(payload: bytes) -> bool:
    return _ESCAPED_SURROGATE.search(payload) is not None


def parse_update(data: Any, bot: Any = None) -> Update | None:
    """The Update, or None when python-telegram-bot cannot make one of ``data`` (logged, without
    the content: it is a user's message)."""
    update_id = data.get("update_id") if isinstance(data, dict) else None
    try:
        if not isinstance(data, dict) or not isinstance(update_id, int):
            raise TypeError("not an update object with an update_id")
        return Update.de_json(data, bot)
    except Exception as exc:  # anything at all: one bad update must not stop the others
        log.warning("update %s cannot be parsed (%s): set aside", update_id, type(exc).__name__)
        return None


class PoisonFilter:
    def __init__(self) -> None:
        self.skip_to = 0
        """The next getUpdates asks for updates from this id at least (confirming poison ones)."""
        self.skipped = 0
        self.seen_max = 0

    def screen(self, payload: bytes) -> tuple[bytes, list[int]]:
        """A getUpdates response with the updates that do not parse taken out, and the ids of the
        updates left in it."""
        try:
            data = json.loads(payload)
        except (ValueError, RecursionError):
            return payload, []  # the library reports it (see sending.ResilientRequest.parse_json_payload)
        if not isinstance(data, dict) or not isinstance(data.get("result"), list):
            return payload, []
        cleaned = may_hold_surrogates(payload)
        if cleaned:
            data = clean_text(data)
        good = []
        for item in data["result"]:
            if parse_update(item) is not None:
                good.append(item)
                self.seen_max = max(self.seen_max, item["update_id"])
                continue
            self.skipped += 1
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if isinstance(update_id, int):
                self.skip_to = max(self.skip_to, update_id + 1)
        ids = [item["update_id"] for item in good]
        if len(good) == len(data["result"]) and not cleaned:
            return payload, ids
        return json.dumps({**data, "result": good}).encode(), ids

    def adjust_offset(self, request_data: RequestData, cap: int | None = None, room: int | None = None) -> RequestData:
        """Moves getUpdates' offset past the poison updates, which confirms them to Telegram (the
        good updates below that offset were all in an earlier batch, already handed over); then,
        when ``cap`` is given (stopping), no higher than ``cap``: the first update not yet
        answered, so that it is delivered again to the next process. ``room``: fetch at most that
        many (what the bot can still hold)."""
        params = request_data.parameters
        offset = params.get("offset")
        wanted = offset if isinstance(offset, int) else None
        if self.skip_to and (wanted is None or wanted < self.skip_to):
            wanted = max(self.skip_to, wanted or 0)
        if cap is not None and wanted is not None:
            wanted = min(wanted, cap)
        limit = params.get("limit")
        want_limit = limit
        if room is not None:
            want_limit = max(1, min(limit if isinstance(limit, int) else 100, room))
        if wanted == offset and want_limit == limit:
            return request_data
        params = {**params, "offset": wanted}
        if want_limit is not None:
            params["limit"] = want_limit
        return RequestData([RequestParameter.from_input(key, value) for key, value in params.items()])


class RecentIds:
    """A bounded window of recently seen update_ids."""

    def __init__(self, size: int = RECENT_IDS) -> None:
        self._order: deque[int] = deque()
        self._seen: set[int] = set()
        self.size = size

    def add(self, update_id: int) -> bool:
        """Records ``update_id``; False when it was already in the window (a duplicate)."""
        if update_id in self._seen:
            return False
        self._seen.add(update_id)
        self._order.append(update_id)
        while len(self._order) > self.size:
            self._seen.discard(self._order.popleft())
        return True

    def discard(self, update_id: int) -> None:
        """Forgets ``update_id`` (it was refused, so its redelivery must be taken)."""
        self._seen.discard(update_id)
