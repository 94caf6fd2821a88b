"""Composing the message a user reads: the answer, what sources disagree on, and the sources.

Output is Telegram HTML (parse_mode=HTML): only <b>, <i>, <a href> and <blockquote> are used, every
piece of text is escaped, and the whole stays within Telegram's 4096-character limit, dropping the
quotes first and shortening the answer last so that a reply is never refused by Telegram.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.context import Context
from bot.models import Fact, Lang, Source
from bot.texts import MONTHS, ui

TELEGRAM_LIMIT = 4096
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>')
_TAG = re.compile(r"<[^>]+>")
QUOTE_LIMIT = 300
SHORT_QUOTE_LIMIT = 160


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
    fact_ids: tuple[str, ...] = ()
    """Every fact the reply answers, in order (a compound question answers up to three)."""
    clarify: bool = False
    """Not sure enough to answer: ``suggestions`` are the nearest questions, offered as "Did you mean…?"."""
    suggestion_ids: tuple[str, ...] = ()
    """The facts behind ``suggestions`` when they are the nearest ones (buttons that answer them)."""
    verdict: str | None = None
    """"yes" or "no" when the reply opens a yes/no answer."""
    context: Context | None = field(default=None, repr=False, compare=False)
    """The conversation's context after this reply (None: keep the one before)."""

    def as_json(self) -> dict[str, object]:
        return {
            "answered": self.answered,
            "text": self.text,
            "language": self.language,
            "fact_id": self.fact_id,
            "fact_ids": list(self.fact_ids),
            "clarify": self.clarify,
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


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")


def shorten_to(text: str, limit: int, focus: tuple[str, ...]) -> str:
    """The answer cut to ``limit``, keeping its first sentence and then those that speak of what was
    asked (``focus``: the question's words, folded): "what did they discuss on 11 November?" keeps the
    11 November call, not the calls before it."""
    if len(text) <= limit or not focus:
        return shorten(text, limit)
    sentences = [sentence + " " for sentence in _SENTENCE_END.split(text)]
    folded = [sentence.casefold() for sentence in sentences]
    ranked = sorted(range(1, len(sentences)), key=lambda i: -sum(1 for word in focus if word in folded[i]))
    keep, size = {0}, len(sentences[0]) if sentences else 0
    for i in ranked:
        if not any(word in folded[i] for word in focus) or size + len(sentences[i]) > limit - 2:
            continue
        keep.add(i)
        size += len(sentences[i])
    kept = " … ".join("".join(sentences[i] for i in run) for run in _runs(sorted(keep)))
    return shorten(kept.strip() + ("" if max(keep) == len(sentences) - 1 else " …"), limit)


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def source_line(source: Source, lang: Lang, convert: Callable[[str], str] | None = None) -> str:
    """``convert`` (to Uzbek Cyrillic) applies to the date alone: the outlet is a name, and a note on
    an unrecorded date is English data that would come out as Latin words in Cyrillic letters."""
    formatted = format_date(source.date, lang)
    if formatted and convert:
        formatted = convert(esc(formatted))
    date = formatted or esc(source.date_note or "")
    link = f'<a href="{html.escape(source.url, quote=True)}">{esc(source.outlet)}</a>'
    return f"• {link}, {date}" if date else f"• {link}"


@dataclass(frozen=True)
class Block:
    """One answered part of a message: the fact and, for a yes/no question, the word it starts with."""

    fact: Fact
    lead: str | None = None
    after: dt.date | None = None
    """For the timeline: only the events after this day ("what happened after the May meeting?")."""
    focus: tuple[str, ...] = ()
    """The question's own words, folded: what a shortened answer keeps."""


def compose_answer(fact: Fact, sources: dict[str, Source], lang: Lang, with_quotes: bool = True) -> str:
    return compose_answers([Block(fact)], sources, lang, with_quotes=with_quotes)[0]


def compose_answers(
    blocks: list[Block],
    sources: dict[str, Source],
    lang: Lang,
    unanswered: list[str] | tuple[str, ...] = (),
    with_quotes: bool = True,
    convert: Callable[[str], str] | None = None,
) -> tuple[str, bool]:
    """Every answered part in order, then the parts it could not answer, then one list of sources
    for them all: a source two answers share is listed once, with the quotes of both. Also says
    whether the answers had to be cut to the question's words (``Block.focus``): only a cut answer
    depends on how the question was worded, so only it may not be reused for another wording."""
    order = list(dict.fromkeys(ev.source for block in blocks for ev in block.fact.evidence))
    quotes = {
        sid: list(dict.fromkeys(ev.quote for b in blocks for ev in b.fact.evidence if ev.source == sid))
        for sid in order
    }
    conv = convert or (lambda text: text)

    def build(limit: int | None, with_q: bool, quote_limit: int = QUOTE_LIMIT, quoted: int | None = None) -> str:
        parts = []
        for block in blocks:
            answer = block.fact.answer.get(lang)
            if limit is not None:
                answer = shorten_to(answer, limit, block.focus)
            head = conv(esc(f"{block.lead} — ")) if block.lead else ""
            parts.append(head + conv(esc(answer)))
            if block.fact.caveat:
                caveat = block.fact.caveat.get(lang)
                parts.append(conv(f"<i>{esc(ui('caveat', lang))}:</i> {esc(caveat)}"))
            if block.fact.disagreement:
                note = block.fact.disagreement.note.get(lang)
                parts.append(conv(f"<i>{esc(ui('note', lang))}:</i> {esc(note)}"))
        for question in unanswered:
            parts.append(conv(esc(ui("part_unanswered", lang))) + f" «{esc(shorten(question, 120))}»")
        lines = [conv(f"<b>{esc(ui('sources', lang))}:</b>")]
        for n, sid in enumerate(order):
            lines.append(source_line(sources[sid], lang, convert))
            if with_q and (quoted is None or n < quoted):
                lines.extend(f"<i>«{esc(shorten(quote, quote_limit))}»</i>" for quote in quotes[sid])
        parts.append("\n".join(lines))
        return "\n\n".join(parts)

    text = build(None, with_quotes)
    if len(text) > TELEGRAM_LIMIT and with_quotes:
        # shorter quotes, then the quotes of the first sources only: a long answer keeps what it can of
        # the exact words a reader checks, rather than losing them all for the last source's sake
        text = build(None, True, SHORT_QUOTE_LIMIT)
        quoted = len(order) - 1
        while len(text) > TELEGRAM_LIMIT and quoted > 0:
            text = build(None, True, SHORT_QUOTE_LIMIT, quoted)
            quoted -= 1
    if len(text) > TELEGRAM_LIMIT:
        text = build(None, False)
    cut = len(text) > TELEGRAM_LIMIT
    limit = 1200
    while len(text) > TELEGRAM_LIMIT and limit >= 200:
        text = build(limit, False)
        limit -= 200
    return (text[:TELEGRAM_LIMIT] if len(text) > TELEGRAM_LIMIT else text), cut


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


def compose_decline(
    lang: Lang,
    lead: str | None,
    suggestions: list[str],
    short: bool = False,
    clarify: bool = False,
    convert: Callable[[str], str] | None = None,
) -> str:
    """The decline (or "Did you mean…?") and the questions to try; ``convert`` (Uzbek Cyrillic) is
    applied piece by piece, so that each piece is converted once and then reused."""
    conv = convert or (lambda text: text)
    head = lead or ui("clarify" if clarify else "decline_short" if short else "decline", lang)
    if (short and not clarify) or not suggestions:
        return conv(esc(head))
    lines = [conv(esc(head)), "", conv(esc(ui("did_you_mean" if clarify else "try", lang)))]
    lines.extend(f"• {conv(esc(q))}" for q in suggestions)
    return "\n".join(lines)


def to_plain(text: str) -> str:
    """The console's form of a reply: links as "outlet (url)", tags dropped, entities decoded."""
    text = _LINK.sub(lambda m: f"{m.group(2)} ({html.unescape(m.group(1))})", text)
    return html.unescape(_TAG.sub("", text))
