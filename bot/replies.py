"""Composing the message a user reads: the answer, what sources disagree on, and the sources.

Output is Telegram HTML (parse_mode=HTML): only <b>, <i>, <a href> and <blockquote> are used, every
piece of text is escaped, and the whole stays within Telegram's 4096-character limit, dropping the
quotes first and shortening the answer last so that a reply is never refused by Telegram.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field

from bot.models import Fact, Lang, Source
from bot.texts import MONTHS, ui

TELEGRAM_LIMIT = 4096
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>')
_TAG = re.compile(r"<[^>]+>")
QUOTE_LIMIT = 300


@dataclass(frozen=True)
class SourceRef:
    id: str
    outlet: str
    title: str
    url: str
    date: str | None

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        return cls(source.id, source.outlet, source.title, source.url, source.date.isoformat() if source.date else None)


@dataclass(frozen=True)
class Reply:
    answered: bool
    text: str
    language: Lang
    fact_id: str | None = None
    confidence: float = 0.0
    sources: tuple[SourceRef, ...] = ()
    suggestions: tuple[str, ...] = ()
    evidence: tuple[tuple[SourceRef, str], ...] = field(default=(), repr=False)

    def as_json(self) -> dict[str, object]:
        return {
            "answered": self.answered,
            "text": self.text,
            "language": self.language,
            "fact_id": self.fact_id,
            "confidence": round(min(max(self.confidence, 0.0), 1.0), 4),
            "sources": [s.__dict__ for s in self.sources],
            "suggestions": list(self.suggestions),
        }


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def format_date(date: dt.date | None, lang: Lang) -> str:
    if date is None:
        return ""
    month = MONTHS[lang][date.month - 1]
    if lang == "uz":
        return f"{date.year}-yil {date.day}-{month}"
    return f"{date.day} {month} {date.year}"


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def source_line(source: Source, lang: Lang) -> str:
    date = format_date(source.date, lang) or (source.date_note or "")
    link = f'<a href="{html.escape(source.url, quote=True)}">{esc(source.outlet)}</a>'
    return f"• {link}, {esc(date)}" if date else f"• {link}"


def compose_answer(fact: Fact, sources: dict[str, Source], lang: Lang, with_quotes: bool = True) -> str:
    order = list(dict.fromkeys(ev.source for ev in fact.evidence))
    note = fact.disagreement.note.get(lang) if fact.disagreement else None
    caveat = fact.caveat.get(lang) if fact.caveat else None

    def build(answer: str, quotes: bool) -> str:
        parts = [esc(answer)]
        if caveat:
            parts.append(f"<i>{esc(ui('caveat', lang))}:</i> {esc(caveat)}")
        if note:
            parts.append(f"<i>{esc(ui('note', lang))}:</i> {esc(note)}")
        lines = [f"<b>{esc(ui('sources', lang))}:</b>"]
        for sid in order:
            lines.append(source_line(sources[sid], lang))
            if quotes:
                for ev in fact.evidence:
                    if ev.source == sid:
                        lines.append(f"<i>«{esc(shorten(ev.quote, QUOTE_LIMIT))}»</i>")
        parts.append("\n".join(lines))
        return "\n\n".join(parts)

    text = build(fact.answer.get(lang), with_quotes)
    if len(text) > TELEGRAM_LIMIT:
        text = build(fact.answer.get(lang), False)
    if len(text) > TELEGRAM_LIMIT:
        overflow = len(text) - TELEGRAM_LIMIT
        text = build(shorten(fact.answer.get(lang), max(len(fact.answer.get(lang)) - overflow, 200)), False)
    return text[:TELEGRAM_LIMIT] if len(text) > TELEGRAM_LIMIT else text


def compose_evidence(fact: Fact, sources: dict[str, Source], lang: Lang) -> str:
    """The exact quotes behind an answer, each with its source: what a journalist checks before quoting."""
    blocks = [f"<b>{esc(ui('evidence', lang))}</b>"]
    for ev in fact.evidence:
        blocks.append(f"{source_line(sources[ev.source], lang)}\n<blockquote>{esc(ev.quote)}</blockquote>")
    text = "\n\n".join(blocks)
    while len(text) > TELEGRAM_LIMIT and len(blocks) > 2:
        blocks.pop()
        text = "\n\n".join(blocks)
    return text if len(text) <= TELEGRAM_LIMIT else esc(shorten(fact.answer.get(lang), TELEGRAM_LIMIT))


def compose_decline(lang: Lang, lead: str | None, suggestions: list[str], short: bool = False) -> str:
    head = lead or ui("decline_short" if short else "decline", lang)
    if short or not suggestions:
        return esc(head)
    lines = [esc(head), "", esc(ui("try", lang))]
    lines.extend(f"• {esc(q)}" for q in suggestions)
    return "\n".join(lines)


def to_plain(text: str) -> str:
    """The console's form of a reply: links as "outlet (url)", tags dropped, entities decoded."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({html.unescape(m.group(1))})", text)
    return html.unescape(_TAG.sub("", text))
