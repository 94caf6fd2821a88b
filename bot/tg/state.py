"""The fact base the bot is serving right now, and /reload.

``Answerer`` is immutable, so swapping bases is one assignment: a handler reads ``state.current``
once per update and keeps that reference, and a reload that lands meanwhile cannot change the base
under it. Every question is therefore answered from one whole base, old or new, never a mix.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

from bot.answering import Answerer
from bot.knowledge import KnowledgeError, Problem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadOutcome:
    """What /reload did. ``facts``, ``sources`` and ``content_hash`` describe the base served after
    it: the new one when ``ok``, else the one kept; ``problems`` say why a new base was refused."""

    ok: bool
    facts: int
    sources: int
    content_hash: str
    previous_hash: str
    problems: tuple[Problem, ...] = ()

    @classmethod
    def of(cls, ok: bool, answerer: Answerer, previous_hash: str, problems: tuple[Problem, ...] = ()) -> ReloadOutcome:
        kb = answerer.kb
        return cls(ok, len(kb.facts), len(kb.sources), kb.content_hash, previous_hash, problems)


class AnswererState:
    """Holds the current Answerer; the only place that replaces it."""

    def __init__(self, answerer: Answerer, directory: Path | None) -> None:
        self.current = answerer
        self.directory = directory
        self.reloads_ok = 0
        self.reloads_failed = 0
        self._lock = asyncio.Lock()

    def summary(self) -> str:
        return self.current.kb.summary()

    async def reload(self) -> ReloadOutcome:
        """Loads and checks the base in a worker thread (it takes long enough to stall every chat if
        run on the event loop), then swaps it in. On any problem the current base stays."""
        async with self._lock:  # two admins reloading at once: one after the other, not interleaved
            old = self.current
            try:
                fresh = await asyncio.to_thread(Answerer.load, self.directory)
            except KnowledgeError as exc:
                log.warning("reload failed with %d problem(s); still serving %s", len(exc.problems), old.kb.summary())
                for problem in exc.problems:
                    log.warning("  %s", problem)
                self.reloads_failed += 1
                return ReloadOutcome.of(False, old, old.kb.content_hash, tuple(exc.problems))
            except Exception as exc:  # a bug in loading must not take the bot down with it
                log.exception("reload failed unexpectedly; still serving %s", old.kb.summary())
                problem = Problem(str(self.directory or "knowledge"), "", f"unexpected error: {type(exc).__name__}")
                self.reloads_failed += 1
                return ReloadOutcome.of(False, old, old.kb.content_hash, (problem,))
            self.current = fresh
            self.reloads_ok += 1
            log.info("reloaded: %s (was hash %s)", fresh.kb.summary(), old.kb.content_hash)
            return ReloadOutcome.of(True, fresh, old.kb.content_hash)
