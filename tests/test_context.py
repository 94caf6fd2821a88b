"""Conversation contexts: kept per chat for a while, bounded in number."""

from __future__ import annotations

import sys

from bot.context import Context, Conversations


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_context_expires_after_the_ttl():
    clock = Clock()
    chats = Conversations(ttl=900, clock=clock)
    chats.put("a", Context(("who-signed",), ("signed",)))
    clock.now = 899
    assert chats.get("a") is not None
    clock.now = 901
    assert chats.get("a") is None
    assert len(chats) == 0


def test_chats_are_separate_and_the_oldest_is_dropped_beyond_the_bound():
    chats = Conversations(max_chats=2)
    chats.put(1, Context(("a",), ()))
    chats.put(2, Context(("b",), ()))
    assert chats.get(1) is not None  # 1 is now the most recently used
    chats.put(3, Context(("c",), ()))
    assert chats.get(2) is None
    assert chats.get(1).fact_ids == ("a",)
    assert chats.get(3).fact_ids == ("c",)


def test_a_context_is_small():
    context = Context(("kholmukhamedov-appointment",), ("uzbek defence minister signed documents",), "kholmukhamedov")
    size = sys.getsizeof(context) + sum(sys.getsizeof(x) for x in (context.fact_ids, context.topics))
    assert size < 400


def test_forget():
    chats = Conversations()
    chats.put("x", Context(("a",), ()))
    chats.forget("x")
    chats.forget("never-there")
    assert chats.get("x") is None
