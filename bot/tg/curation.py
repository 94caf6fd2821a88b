"""What curators and operators see: the log of declined questions, /unanswered and /stats.

Every question the bot declines in a chat is appended to the UnansweredLog (``bot.unanswered``) with
its language, the closest fact and that fact's score, and a salted hash of the asker's id (never the
id). The append runs in a worker thread, so a slow disk never stalls the chats; a failure to write
is logged (once at WARNING, then at DEBUG) and counted, and never stops an answer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from bot.answering import Answerer
from bot.models import Lang
from bot.replies import Reply, esc, shorten
from bot.texts import ui
from bot.unanswered import Frequent, UnansweredLog

log = logging.getLogger(__name__)

SUMMARY_LIMIT = 20
"""Questions /unanswered lists at most (the most frequent first)."""
SUMMARY_DAYS = 30
QUESTION_LIMIT = 200
"""Characters of one question shown by /unanswered; the log itself keeps up to 500."""


@dataclass
class Stats:
    """Counters since start, for /stats. Updated on the event loop only."""

    started: float = field(default_factory=time.monotonic)
    started_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    answered: int = 0
    declined: int = 0
    buttons: int = 0
    inline: int = 0
    recorded: int = 0
    record_failures: int = 0

    def count(self, reply: Reply) -> None:
        if reply.answered:
            self.answered += 1
        else:
            self.declined += 1

    def uptime(self) -> float:
        return time.monotonic() - self.started


class Curation:
    """The unanswered log (None: turned off) and the counters."""

    def __init__(self, unanswered: UnansweredLog | None, stats: Stats | None = None) -> None:
        self.unanswered = unanswered
        self.stats = Stats() if stats is None else stats

    async def record_decline(
        self, answerer: Answerer, question: str, reply: Reply, fallback: Lang, user_id: int | None
    ) -> None:
        """Appends a declined question to the log. The Reply does not name the closest fact, so the
        question is matched once more (a fraction of a millisecond) against the same base."""
        if self.unanswered is None or reply.answered:
            return
        found, _ = answerer.match(question, fallback)
        try:
            await asyncio.to_thread(
                self.unanswered.record,
                question,
                reply.language,
                found.best_fact_id,
                found.best_fact_score,
                user_id,
            )
        except (OSError, ValueError) as exc:
            self.stats.record_failures += 1
            level = logging.WARNING if self.stats.record_failures == 1 else logging.DEBUG
            log.log(level, "could not record a declined question in %s: %s", self.unanswered.path, exc)
            return
        self.stats.recorded += 1

    async def frequent(self, limit: int = SUMMARY_LIMIT, days: int = SUMMARY_DAYS) -> list[Frequent]:
        """The most frequent recent declined questions (the log is read in a worker thread)."""
        if self.unanswered is None:
            return []
        return await asyncio.to_thread(self.unanswered.summary, limit, days)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def format_uptime(seconds: float) -> str:
    """``3 d 04:05:06`` or ``04:05:06``: the same in every language."""
    whole = int(seconds)
    days, rest = divmod(whole, 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02}:{minutes:02}:{secs:02}"
    return f"{days} d {clock}" if days else clock


def unanswered_items(rows: list[Frequent], lang: Lang) -> list[str]:
    """One HTML line per question: the count, the question (escaped: it is a user's text), its
    language and the closest fact with its score."""
    items = []
    for row in rows:
        question = esc(shorten(" ".join(row.question.split()), QUESTION_LIMIT))
        near = f"; {esc(ui('closest', lang))}: {esc(row.best_fact)} ({row.best_score:.2f})" if row.best_fact else ""
        items.append(f"• <b>{row.count}×</b> {question} <i>({esc(row.language)}{near})</i>")
    return items


def stats_lines(curation: Curation, answerer: Answerer, reloads: tuple[int, int], flood: int, lang: Lang) -> list[str]:
    """/stats as HTML lines. Every value here is the bot's own (numbers, a hash, a path the operator
    set), and escaped all the same."""
    stats = curation.stats
    kb = answerer.kb
    log_path = str(curation.unanswered.path) if curation.unanswered is not None else "off"
    lines = [
        f"<b>{esc(ui('stats_title', lang))}</b>",
        ui("stats_uptime", lang).format(uptime=format_uptime(stats.uptime()), since=_utc(stats.started_at)),
        ui("stats_questions", lang).format(answered=stats.answered, declined=stats.declined),
        ui("stats_other", lang).format(buttons=stats.buttons, inline=stats.inline, flood=flood),
        ui("stats_base", lang).format(
            facts=len(kb.facts), sources=len(kb.sources), hash=kb.content_hash, loaded=_utc(kb.loaded_at)
        ),
        ui("stats_reloads", lang).format(ok=reloads[0], failed=reloads[1]),
        ui("stats_log", lang).format(path=log_path, recorded=stats.recorded, failed=stats.record_failures),
    ]
    return [lines[0], *(esc(line) for line in lines[1:])]
