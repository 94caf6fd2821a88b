"""The answering core: one question in, one Reply out. No Telegram here.

An ``Answerer`` holds one whole fact base and the index built from it. It is immutable once built,
so the Telegram layer can swap a new one in with a single assignment on /reload and every question
is answered from one base, old or new, never a mix.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.analysis import Analyzer
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.language import LanguageDetector
from bot.matcher import Example, Match, Matcher, Tuning
from bot.models import LANGS, Lang
from bot.normalize import fold, has_cyrillic, truncate, uz_cyrillic_to_latin
from bot.replies import Reply, SourceRef, compose_answer, compose_decline, compose_evidence
from bot.timeline import TIMELINE_FACT, timeline_text

SUGGESTIONS = 3


class Answerer:
    def __init__(self, kb: KnowledgeBase, tuning: Tuning | None = None) -> None:
        self.kb = kb
        self.facts = kb.facts_by_id
        answers = [fact.answer.get(lang) for fact in kb.facts for lang in LANGS]
        self.analyzer = Analyzer(kb.lexicon, Analyzer.numbers_in(answers))
        examples = [
            Example("fact", fact.id, lang, q) for fact in kb.facts for lang in LANGS for q in fact.questions.get(lang)
        ]
        examples += [
            Example("decline", topic.id, lang, q, veto=topic.veto)
            for topic in kb.declines
            for lang in LANGS
            for q in topic.questions.get(lang)
        ]
        self.matcher = Matcher(examples, self.analyzer, tuning)
        self.detector = LanguageDetector(
            {
                lang: [
                    *(e.text for e in examples if e.lang == lang),
                    *(fact.answer.get(lang) for fact in kb.facts),
                    *kb.lexicon.stopwords.get(lang),
                ]
                for lang in LANGS
            }
        )
        self.declines = {topic.id: topic for topic in kb.declines}
        self._replies: dict[tuple[str, Lang], Reply] = {}

    @classmethod
    def load(cls, directory: Path | str | None = None, tuning: Tuning | None = None) -> Answerer:
        return cls(load_knowledge(directory), tuning)

    def popular(self, lang: Lang, count: int = SUGGESTIONS) -> list[str]:
        """The opening questions of the first facts: the base's own order puts the core ones first."""
        return [fact.questions.get(lang)[0] for fact in self.kb.facts[:count]]

    def related(self, fact_id: str, lang: Lang, count: int = SUGGESTIONS) -> list[str]:
        fact = self.facts[fact_id]
        return [self.facts[r].questions.get(lang)[0] for r in fact.related[:count] if r in self.facts]

    def answer_fact(self, fact_id: str, lang: Lang, confidence: float = 1.0) -> Reply:
        """The reply for a known fact: used by the matcher's result and by buttons that name a fact.
        Composed once per fact and language (the base never changes under an Answerer)."""
        key = (fact_id, lang)
        reply = self._replies.get(key)
        if reply is None:
            fact = self.facts[fact_id]
            cited = list(dict.fromkeys(ev.source for ev in fact.evidence))
            reply = Reply(
                answered=True,
                text=(
                    timeline_text(self.kb, lang)
                    if fact.id == TIMELINE_FACT
                    else compose_answer(fact, self.kb.sources, lang)
                ),
                language=lang,
                fact_id=fact.id,
                sources=tuple(SourceRef.of(self.kb.sources[s]) for s in cited),
                suggestions=tuple(self.related(fact.id, lang)),
                evidence=tuple((SourceRef.of(self.kb.sources[ev.source]), ev.quote) for ev in fact.evidence),
            )
            self._replies[key] = reply
        return replace(reply, confidence=confidence)

    def evidence_text(self, fact_id: str, lang: Lang) -> str | None:
        fact = self.facts.get(fact_id)
        return compose_evidence(fact, self.kb.sources, lang) if fact else None

    def detect(self, text: str, fallback: Lang = "en") -> Lang:
        return self.detector.detect(fold(truncate(text)), fallback).lang

    def match(self, text: str, fallback: Lang = "en") -> tuple[Match, Lang]:
        folded = fold(truncate(text))
        detected = self.detector.detect(folded, fallback)
        if detected.uz_cyrillic:
            return self.matcher.match(uz_cyrillic_to_latin(folded)), "uz"
        found = self.matcher.match(folded)
        if found.kind == "none" and has_cyrillic(folded):
            as_uzbek = self.matcher.match(uz_cyrillic_to_latin(folded))
            if as_uzbek.kind == "fact":
                return as_uzbek, "uz"
        return found, detected.lang

    def answer(self, text: str, lang: Lang | None = None, fallback: Lang = "en", short: bool = False) -> Reply:
        """``lang`` forces the reply language; ``fallback`` is used when the text does not tell
        (digits only, emoji); ``short`` asks for a one-line decline, as in a group chat."""
        found, detected = self.match(text, fallback)
        reply_lang = lang or detected
        if found.kind == "fact" and found.item_id is not None:
            return self.answer_fact(found.item_id, reply_lang, found.score)
        topic = self.declines.get(found.item_id or "") if found.kind == "decline" else None
        lead = topic.reply.get(reply_lang) if topic and topic.reply else None
        suggestions = self.popular(reply_lang)
        return Reply(
            answered=False,
            text=compose_decline(reply_lang, lead, suggestions, short=short and lead is None),
            language=reply_lang,
            confidence=found.best_fact_score,
            suggestions=tuple(suggestions),
        )
