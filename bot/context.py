"""Conversation context: what the last answers of one conversation were about.

People ask "Who signed it?", then "and when?", "what did he say?". The core keeps, per conversation,
the facts it last answered, the words of the questions that led to them and the person they were
about, so that a follow-up that leaves its topic out can be read with it. A context is small and
immutable; ``Conversations`` keeps one per chat for ``ttl`` seconds and drops the least recently used
beyond ``max_chats``, so memory stays bounded however many chats there are.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.models import Lang

DEFAULT_TTL = 15 * 60.0
DEFAULT_MAX_CHATS = 100_000


@dataclass(frozen=True, slots=True)
class Context:
    fact_ids: tuple[str, ...]
    topics: tuple[str, ...]
    """Folded words of the questions last answered, newest first (at most two), and of the answered
    fact's own first question, question words removed: "and where?" is read as "where" plus these."""
    person: str | None = None
    """The person the last answer was about, as the lexicon's canonical word: "he" stands for them."""
    asked: str | None = None
    """The question word of the last question when it asked for a when, where, who or how many (interned:
    "qachon", "когда"): "imzolash marosimi-chi?" after "when did he arrive?" asks when again."""
    lang: Lang | None = None
    """The language of the last answer: a follow-up too short to tell its own ("2025 iyunda bo'lgan-a?")
    is in the conversation's."""


class Conversations:
    """Contexts by chat id, expiring after ``ttl`` seconds, at most ``max_chats`` kept."""

    def __init__(
        self,
        ttl: float = DEFAULT_TTL,
        max_chats: int = DEFAULT_MAX_CHATS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.max_chats = max_chats
        self.clock = clock
        self._items: OrderedDict[Hashable, tuple[float, Context]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, chat: Hashable) -> Context | None:
        item = self._items.get(chat)
        if item is None:
            return None
        stored_at, context = item
        if self.clock() - stored_at > self.ttl:
            del self._items[chat]
            return None
        self._items.move_to_end(chat)
        return context

    def put(self, chat: Hashable, context: Context) -> None:
        self._items[chat] = (self.clock(), context)
        self._items.move_to_end(chat)
        while len(self._items) > self.max_chats:
            self._items.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        self._items.pop(chat, None)
