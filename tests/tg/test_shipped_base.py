"""The shipped fact base through the Telegram layer: every message and button it can produce is one
Telegram accepts (valid HTML, at most 4096 characters, callback data within 64 bytes)."""

from __future__ import annotations

from bot.answering import Answerer
from bot.models import LANGS
from bot.tg.handlers import menu
from bot.tg.keyboards import CALLBACK_DATA_LIMIT, answer_keyboard
from bot.tg.views import help_text, sources_text
from tests.tg.telegram_fake import check_keyboard, check_text


def test_every_answer_evidence_and_button_of_the_shipped_base_is_accepted(answerer: Answerer):
    for fact in answerer.kb.facts:
        assert len(f"f:{fact.id}:en".encode()) <= CALLBACK_DATA_LIMIT, fact.id
        for lang in LANGS:
            reply = answerer.answer_fact(fact.id, lang)
            check_text(reply.text, "HTML")
            check_text(answerer.evidence_text(fact.id, lang), "HTML")
            markup = answer_keyboard(answerer, reply)
            assert markup is not None
            check_keyboard(markup.to_dict())


def test_help_sources_and_declines_of_the_shipped_base_are_accepted(answerer: Answerer):
    for lang in LANGS:
        check_text(help_text(answerer, lang, "PactBot", menu(lang), menu(lang, admin=True)), "HTML")
        check_text(sources_text(answerer, lang), "HTML")
        for short in (False, True):
            check_text(answerer.answer("what is the minister's shoe size", lang=lang, short=short).text, "HTML")
