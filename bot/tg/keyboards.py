"""Inline buttons under an answer and the callback data they carry.

A button names what it asks for — ``f:<fact_id>:<lang>`` (answer that fact) or ``e:<fact_id>:<lang>``
(show its evidence) — rather than an opaque key into server memory, so a press is served by any
replica and survives restarts and reloads. Telegram refuses callback_data over 64 bytes, so a button
whose data would not fit is left out (and logged) instead of failing the whole message.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answering import Answerer
from bot.models import Lang
from bot.replies import Reply, shorten
from bot.texts import ui

log = logging.getLogger(__name__)

CALLBACK_DATA_LIMIT = 64
"""Telegram's limit for callback_data, in bytes."""
LABEL_LIMIT = 60
"""Longer button labels are cut off by Telegram clients anyway; shortening keeps the end visible."""
MAX_RELATED = 3
_CALLBACK = re.compile(r"^(?P<kind>[fe]):(?P<fact>[a-z0-9][a-z0-9_-]*):(?P<lang>en|ru|uz)$")

Kind = Literal["f", "e"]


@dataclass(frozen=True)
class Press:
    """A decoded button press: ``kind`` "f" answers the fact, "e" shows its evidence."""

    kind: Kind
    fact_id: str
    lang: Lang


def callback_data(kind: Kind, fact_id: str, lang: Lang) -> str | None:
    """The button's data, or None when it would exceed Telegram's 64 bytes."""
    data = f"{kind}:{fact_id}:{lang}"
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
    return Press(cast(Kind, found["kind"]), found["fact"], cast(Lang, found["lang"]))


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


def answer_keyboard(answerer: Answerer, reply: Reply, suggest: bool = True) -> InlineKeyboardMarkup | None:
    """Under an answer: up to three related questions and the Evidence button. Under a decline
    (when ``suggest``): the popular questions, so the user has somewhere to go."""
    lang = reply.language
    if reply.fact_id is not None and reply.fact_id in answerer.facts:
        rows = question_buttons(answerer, list(answerer.facts[reply.fact_id].related), lang)
        evidence = callback_data("e", reply.fact_id, lang)
        if evidence is not None:
            rows.append([InlineKeyboardButton(ui("evidence", lang), callback_data=evidence)])
    elif suggest:
        rows = question_buttons(answerer, popular_fact_ids(answerer), lang)
    else:
        rows = []
    return InlineKeyboardMarkup(rows) if rows else None
