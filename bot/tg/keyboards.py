"""Inline buttons under an answer, the data they carry, and deep links to an answer.

A button names what it asks for — ``f:<fact_id>:<lang>`` (answer that fact), ``e:<fact_id>:<lang>``
(show its evidence; the answer's first one adds ``:<person>``, who "he" is in a reply to the answer)
or ``l:<lang>`` (reply in that language, from /language) — rather than an opaque
key into server memory, so a press is served by any replica and survives restarts and reloads.
Telegram refuses callback_data over 64 bytes, so a button whose data would not fit is left out (and
logged) instead of failing the whole message.

Under an answer, *Share* opens inline mode in a chat the person picks with the fact's question
already typed, so what they send is the sourced answer itself. A deep link,
``https://t.me/<bot>?start=f_<fact_id>_<lang>``, opens the bot on that answer (Telegram allows a
start payload of up to 64 characters from A-Z a-z 0-9 _ -); inline answers carry one as a button.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Literal, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import InlineKeyboardButtonLimit, InlineQueryLimit

from bot.answering import Answerer
from bot.context import Context
from bot.models import LANGS, SLUG, Lang
from bot.replies import Reply, shorten
from bot.texts import ui

log = logging.getLogger(__name__)

CALLBACK_DATA_LIMIT = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
"""Telegram's limit for callback_data, in bytes."""
LABEL_LIMIT = 60
"""Longer button labels are cut off by Telegram clients anyway; shortening keeps the end visible."""
MAX_RELATED = 3
_LANG = "|".join(LANGS)
_FACT = SLUG.strip("^$")
_CALLBACK = re.compile(rf"^(?P<kind>[fe]):(?P<fact>{_FACT}):(?P<lang>{_LANG})(?::(?P<person>[a-z]{{1,20}}))?$")
AUTO = "auto"
"""The /language button that drops a choice: the question's language decides again."""
_LANGUAGE_CALLBACK = re.compile(rf"^l:(?P<lang>{_LANG}|{AUTO})$")
START_PAYLOAD_LIMIT = 64
"""Telegram's limit for a deep link's start parameter, in characters from A-Z a-z 0-9 _ -."""
_START = re.compile(rf"^f_(?P<fact>{_FACT})_(?P<lang>{_LANG})$")

Kind = Literal["f", "e"]


@dataclass(frozen=True)
class Press:
    """A decoded button press: ``kind`` "f" answers the fact, "e" shows its evidence."""

    kind: Kind
    fact_id: str
    lang: Lang
    person: str | None = None
    """Who the answer was about ("he" in a reply to it), when the answer's Evidence button says so."""


def callback_data(kind: Kind, fact_id: str, lang: Lang, person: str | None = None) -> str | None:
    """The button's data, or None when it would exceed Telegram's 64 bytes. ``person`` (the
    answer's "he") is added when it fits and dropped when it does not."""
    data = f"{kind}:{fact_id}:{lang}"
    if person and re.fullmatch(r"[a-z]{1,20}", person) and len(f"{data}:{person}".encode()) <= CALLBACK_DATA_LIMIT:
        data = f"{data}:{person}"
    if len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
        log.warning("fact id %r is too long for a button (callback_data over %d bytes)", fact_id, CALLBACK_DATA_LIMIT)
        return None
    return data


def parse_callback(data: str | None) -> Press | None:
    """Decodes a button press; None for anything this bot did not produce."""
    if not data or len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
        return None
    found = _CALLBACK.match(data)
    if found is None:
        return None
    if found["person"] and found["kind"] != "e":
        return None
    return Press(cast(Kind, found["kind"]), found["fact"], cast(Lang, found["lang"]), found["person"])


def start_payload(fact_id: str, lang: Lang) -> str | None:
    """The deep link's payload for an answer, or None when the fact id is too long for one."""
    payload = f"f_{fact_id}_{lang}"
    return payload if len(payload) <= START_PAYLOAD_LIMIT and re.fullmatch(r"[A-Za-z0-9_-]+", payload) else None


def parse_start(payload: str) -> tuple[str, Lang] | None:
    """``f_<fact_id>_<lang>`` -> (fact_id, lang); None for anything else (plain /start)."""
    found = _START.match(payload) if len(payload) <= START_PAYLOAD_LIMIT else None
    return (found["fact"], cast(Lang, found["lang"])) if found else None


def deep_link(username: str, fact_id: str, lang: Lang) -> str | None:
    """``https://t.me/<bot>?start=f_<fact_id>_<lang>``: opens the bot on that answer."""
    payload = start_payload(fact_id, lang)
    return f"https://t.me/{username}?start={payload}" if payload and username else None


def language_keyboard(current: Lang | None, lang: Lang) -> InlineKeyboardMarkup:
    """/language: one button per language, each named in its own language, and one (in ``lang``)
    to let the question's language decide again; the current choice is ticked."""

    def label(text: str, ticked: bool) -> str:
        return f"✓ {text}" if ticked else text

    rows = [
        [InlineKeyboardButton(label(ui("language_name", code), code == current), callback_data=f"l:{code}")]
        for code in LANGS
    ]
    rows.append([InlineKeyboardButton(label(ui("language_auto", lang), current is None), callback_data=f"l:{AUTO}")])
    return InlineKeyboardMarkup(rows)


def parse_language_choice(data: str | None) -> Lang | Literal["auto"] | None:
    """``l:<lang>`` or ``l:auto`` from a /language button; None for any other data."""
    found = _LANGUAGE_CALLBACK.match(data or "")
    return cast(Lang | Literal["auto"], found["lang"]) if found else None


def _fact_button(answerer: Answerer, fact_id: str, lang: Lang) -> InlineKeyboardButton | None:
    fact = answerer.facts.get(fact_id)
    data = callback_data("f", fact_id, lang)
    if fact is None or data is None:
        return None
    return InlineKeyboardButton(shorten(fact.questions.get(lang)[0], LABEL_LIMIT), callback_data=data)


def question_buttons(answerer: Answerer, fact_ids: list[str], lang: Lang) -> list[list[InlineKeyboardButton]]:
    """One row per question: labels are whole questions and need the width."""
    rows = []
    for fact_id in fact_ids:
        button = _fact_button(answerer, fact_id, lang)
        if button is not None:
            rows.append([button])
        if len(rows) == MAX_RELATED:
            break
    return rows


def popular_fact_ids(answerer: Answerer, count: int = MAX_RELATED) -> list[str]:
    """The facts behind ``Answerer.popular``: the base's own order puts the core ones first."""
    return [fact.id for fact in answerer.kb.facts[:count]]


def share_button(question: str, lang: Lang) -> InlineKeyboardButton:
    """*Share*: the person picks a chat, and inline mode there offers this answer with its sources."""
    return InlineKeyboardButton(
        ui("share", lang), switch_inline_query=shorten(question, InlineQueryLimit.MAX_QUERY_LENGTH)
    )


def open_button(username: str, fact_id: str, lang: Lang) -> InlineKeyboardMarkup | None:
    """Under an answer shared through inline mode: a button that opens the bot on the same answer."""
    link = deep_link(username, fact_id, lang)
    return InlineKeyboardMarkup([[InlineKeyboardButton(ui("open_in_bot", lang), url=link)]]) if link else None


def answer_keyboard(answerer: Answerer, reply: Reply, suggest: bool = True) -> InlineKeyboardMarkup | None:
    """Under an answer: up to three related questions, Evidence (one button per answered part) and
    Share. Under "Did you mean…?": the nearest questions, which answer when tapped. Under a decline
    (when ``suggest``): the popular questions, so the user has somewhere to go.

    The first Evidence button names the answer's first fact: a reply to this message in a group is
    read in that fact's context (``answered_context``), so the message itself carries its context."""
    lang = reply.language
    fact_ids = [f for f in (reply.fact_ids or ((reply.fact_id,) if reply.fact_id else ())) if f in answerer.facts]
    if fact_ids:
        first = answerer.facts[fact_ids[0]]
        related = [r for f in fact_ids for r in answerer.facts[f].related if r not in fact_ids]
        rows = question_buttons(answerer, list(dict.fromkeys(related)), lang)
        last = []
        person = reply.context.person if reply.context is not None else None
        for n, fact_id in enumerate(fact_ids[:MAX_RELATED], start=1):
            evidence = callback_data("e", fact_id, lang, person if n == 1 else None)
            label = ui("evidence", lang) if len(fact_ids) == 1 else f"{ui('evidence', lang)} {n}"
            if evidence is not None:
                last.append(InlineKeyboardButton(label, callback_data=evidence))
        last.append(share_button(first.questions.get(lang)[0], lang))
        rows.append(last)
    elif reply.clarify and reply.suggestion_ids:
        rows = question_buttons(answerer, list(reply.suggestion_ids), lang)
    elif suggest:
        rows = question_buttons(answerer, popular_fact_ids(answerer), lang)
    else:
        rows = []
    return InlineKeyboardMarkup(rows) if rows else None


def answered_context(answerer: Answerer, message: Message) -> Context | None:
    """The context of one of the bot's answers, read from its Evidence button; None for any other
    message (a decline, someone else's message, a message without buttons)."""
    markup = message.reply_markup
    if markup is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            press = parse_callback(button.callback_data if isinstance(button.callback_data, str) else None)
            if press is not None and press.kind == "e":
                context = answerer.context_for(press.fact_id, press.lang)
                return replace(context, person=press.person) if context and press.person else context
    return None
