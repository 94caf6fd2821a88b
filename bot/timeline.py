"""The timeline: every dated event the facts report, oldest first, one line each, in one message.

A fact may carry an ``event`` (date, label in the three languages, the source to link). The
timeline is composed from those alone, so adding a dated fact adds its line; it ends with how far
the sources reach (``KnowledgeBase.latest_report``). Output is Telegram HTML like ``bot.replies``
and fits one Telegram message: when it would not, the oldest lines give way first.

``timeline_text(kb, lang)`` is what the Telegram /timeline command and ``python -m bot timeline``
call; the fact ``timeline`` (questions such as "timeline", "хронология", "xronologiya") makes the
matcher route a question to it, and ``Answerer.answer_fact`` answers that fact with this text.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from bot.knowledge import KnowledgeBase
from bot.models import Event, Fact, Lang, Source
from bot.replies import TELEGRAM_LIMIT, esc, format_date
from bot.texts import ui

TIMELINE_FACT = "timeline"
FOLLOWED_FACT = "what-followed"
"""The account of what followed the signing: a question about news since the signing is its."""
"""The fact whose answer is the composed timeline."""


@dataclass(frozen=True)
class Entry:
    event: Event
    fact: Fact
    source: Source


def entries(kb: KnowledgeBase) -> list[Entry]:
    """The dated events of the base, oldest first (ties keep the base's order)."""
    out = []
    for fact in kb.facts:
        if fact.event is None:
            continue
        source_id = fact.event.source or fact.evidence[0].source
        out.append(Entry(fact.event, fact, kb.sources[source_id]))
    return sorted(out, key=lambda e: e.event.date)


def latest_line(kb: KnowledgeBase, lang: Lang) -> str:
    """How far the sources reach: "The latest report I have is dated …"."""
    if kb.latest_report is None:
        return ""
    return ui("timeline_latest", lang).format(date=format_date(kb.latest_report, lang))


def event_line(entry: Entry, lang: Lang) -> str:
    date = format_date(entry.event.date, lang)
    if entry.event.reported:
        date = ui("timeline_reported", lang).format(date=date)
    link = f'<a href="{html.escape(entry.source.url, quote=True)}">{esc(entry.source.outlet)}</a>'
    return f"• <b>{esc(date)}</b> — {esc(entry.event.label.get(lang))} — {link}"


def timeline_text(kb: KnowledgeBase, lang: Lang, limit: int = TELEGRAM_LIMIT, after: dt.date | None = None) -> str:
    """The whole timeline as one Telegram HTML message of at most ``limit`` characters; with ``after``,
    only what followed that day ("what happened after the May meeting?")."""
    head = f"<b>{esc(ui('timeline_title', lang))}</b>"
    tail = esc(latest_line(kb, lang))
    lines = [event_line(entry, lang) for entry in entries(kb) if after is None or entry.event.date > after]
    if after is not None:
        day = format_date(after, lang)
        head = f"<b>{esc(ui('timeline_after_title', lang).format(date=day))}</b>"
        if not lines:
            head = esc(ui("timeline_after_none", lang).format(date=day))

    def build(body: list[str]) -> str:
        return "\n\n".join(part for part in (head, "\n".join(body), tail) if part)

    text = build(lines)
    while len(text) > limit and lines:
        lines.pop(0)
        text = build(["• …", *lines])
    return text if len(text) <= limit else text[:limit]
