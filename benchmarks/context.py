"""Conversation contexts: what 100,000 of them cost in memory, and what reading in context costs.

Memory is measured with tracemalloc around filling a ``Conversations`` store with one realistic
context per chat (a fact id, two topics of question words, a person), so it counts exactly what the
store holds. Per-message latency is measured on follow-ups read with a context against the same
messages read alone.
"""

from __future__ import annotations

import time
import tracemalloc
from typing import Any

from benchmarks.common import Config, Section, Table
from bot.answering import Answerer
from bot.context import Conversations

FOLLOW_UPS = [
    ("Who signed for the Uzbek side?", "What did he say?"),
    ("When were the documents signed?", "and where?"),
    ("Где подписали документы?", "А когда?"),
    ("O'zbekiston tomonidan kim imzoladi?", "U qachon vazir etib tayinlangan?"),
    ("What's in the 2025 cooperation plan?", "and how much money is behind it?"),
    ("Who headed the Russian delegation?", "What did he say about Central Asia?"),
]
BAR_MB = 50.0


def memory(answerer: Answerer, chats: int) -> float:
    """MB held by ``chats`` contexts in one store."""
    samples = [answerer.answer(first).context for first, _ in FOLLOW_UPS]
    contexts = [c for c in samples if c is not None]
    store = Conversations(max_chats=chats)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for n in range(chats):
        base = contexts[n % len(contexts)]
        # distinct strings per chat for what users wrote, as real conversations would have; the fact's
        # own topic is one string per fact, as the answerer hands it out
        shared = answerer.fact_topic(base.fact_ids[0])
        topics = tuple(t if t == shared else f"{t} {n}" for t in base.topics)
        store.put(n, type(base)(base.fact_ids, topics, base.person))
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    return used / 1e6


def latency(answerer: Answerer, repeats: int) -> dict[str, float]:
    contexts = [answerer.answer(first).context for first, _ in FOLLOW_UPS]
    alone, within = [], []
    for _ in range(repeats):
        for (_, second), context in zip(FOLLOW_UPS, contexts, strict=True):
            started = time.perf_counter()
            answerer.answer(second)
            alone.append(time.perf_counter() - started)
            started = time.perf_counter()
            answerer.answer(second, context=context)
            within.append(time.perf_counter() - started)

    def p99(values: list[float]) -> float:
        ordered = sorted(values)
        return 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]

    return {"alone_p99_ms": p99(alone), "context_p99_ms": p99(within)}


def run(cfg: Config, answerer: Answerer) -> Section:
    chats = 10_000 if cfg.quick else 100_000
    mb = memory(answerer, chats)
    per_100k = mb * 100_000 / chats
    times = latency(answerer, 20 if cfg.quick else 200)
    data: dict[str, Any] = {"chats": chats, "mb": mb, "mb_per_100k": per_100k, **times}
    table = Table(
        "Conversation contexts",
        ["measure", "value"],
        [
            [f"memory of {chats:,} contexts (MB)".replace(",", " "), mb],
            ["memory per 100 000 contexts (MB)", per_100k],
            ["follow-up read alone, p99 (ms)", times["alone_p99_ms"]],
            ["follow-up read with its context, p99 (ms)", times["context_p99_ms"]],
        ],
    )
    verdict = "meets" if per_100k <= BAR_MB else "MISSES"
    return Section(
        "Conversation contexts",
        __doc__.split("\n\n", 1)[1],
        [table],
        data,
        [f"100 000 conversations' contexts take {per_100k:.1f} MB (bar ≤ {BAR_MB:g} MB): {verdict} the bar."],
    )
