"""The fact base's schema.

The fact base is data, not code: curators edit YAML files under ``knowledge/`` and these models
are the contract those files must meet. Validation is strict (unknown keys are errors) so that a
typo in a key name is reported instead of silently dropping an answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Lang = Literal["en", "ru", "uz"]
LANGS: tuple[Lang, ...] = get_args(Lang)
"""The languages the bot speaks, the first being the default: the one list of them. Everything per
language (the models below, interface texts, menus, buttons, command-line choices) follows it."""

SLUG = r"^[a-z0-9][a-z0-9_-]*$"

SourceKind = Literal["official", "agency", "outlet", "aggregator", "analysis"]
"""What a source is, for how much weight it bears: ``official`` a government body or state gazette;
``agency`` a news agency or major wire (TASS, Interfax, Kazinform); ``outlet`` an established
newspaper, broadcaster or news site; ``aggregator`` a mirror, repost, aggregator, Telegram channel or
partisan site (a claim resting only on these needs the fact's ``caveat``); ``analysis`` a think-tank
or an analyst's piece."""

SourceLanguage = Literal["en", "ru", "uz", "kk", "de"]
"""The language a report is written in: the bot's three, Kazakh (Kazinform's Kazakh service) and German
(a German outlet whose errors other reports are measured against)."""

LATEST_REPORT = "{latest_report}"
"""Placeholder in answers and decline replies, filled at load time with the date of the newest
report the facts cite (``KnowledgeBase.latest_report``), formatted in the answer's language."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Localized(_Strict):
    """One text in each of the three languages users write in (Uzbek in Latin script)."""

    en: str = Field(min_length=1)
    ru: str = Field(min_length=1)
    uz: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return getattr(self, lang)


class LocalizedList(_Strict):
    """Example questions per language; the matcher learns its vocabulary from them."""

    en: list[str] = Field(min_length=1)
    ru: list[str] = Field(min_length=1)
    uz: list[str] = Field(min_length=1)

    def get(self, lang: Lang) -> list[str]:
        return getattr(self, lang)

    @field_validator("en", "ru", "uz")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        cleaned = [q.strip() for q in value]
        if any(not q for q in cleaned):
            raise ValueError("an example question is empty")
        return cleaned


class Source(_Strict):
    """A published report that facts cite. ``text_file`` (under ``knowledge/texts``) holds its
    stored text: the full article, or only the sentences quoted from it (``excerpts_only``)."""

    id: str = Field(pattern=SLUG)
    outlet: str = Field(min_length=1)
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://\S+$")
    date: dt.date | None = None
    date_note: str | None = None
    language: SourceLanguage
    kind: SourceKind | None = None
    """Required in the fact base (``check`` reports a source without one); optional here so that
    code and tests building a Source by hand need not name it."""
    text_file: str | None = None
    excerpts_only: bool = False


class Evidence(_Strict):
    source: str = Field(pattern=SLUG)
    quote: str = Field(min_length=3)


class Disagreement(_Strict):
    """Where reports differ, the answer says so and names every side."""

    note: Localized
    sources: list[str] = Field(min_length=2)


class Values(_Strict):
    """What a fact states, typed, so that the claim of a yes/no question can be checked against it:
    "Was it signed in Samarkand?" against ``places: [tashkent]`` gives "No — … Tashkent". Words are
    written as in the lexicon (any of a word's forms; they are folded like questions). A question
    whose claim none of these can check is answered without yes/no rather than guessed."""

    places: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    """ISO dates, whole or partial: 2025-01-22, 2024-11, 2017. Their years, months, days and
    weekdays all count as stated."""
    years: list[int] = Field(default_factory=list)
    numbers: list[int | float] = Field(default_factory=list)
    """Counts, and ratios such as 1.5 ("exercises grew 1.5 times")."""
    people: list[str] = Field(default_factory=list)
    confirms: list[str] = Field(default_factory=list)
    """Claims the fact bears out, as short phrases in any language ("major general", "давние друзья"):
    a question holding every word of one is answered yes."""
    denies: list[str] = Field(default_factory=list)
    """Claims the fact contradicts ("member csto"): a question holding every word of one is answered no."""
    default: Literal["yes", "no"] | None = None
    """The answer to a yes/no question on this fact that claims nothing else ("Is Uzbekistan in the
    CSTO?" → no); ``confirms`` and ``denies`` still decide the questions they match."""
    intent: bool = False
    """The fact reports an intention stated for the future (the new doctrine "must keep" the non-bloc
    status): its confirms and denies settle a question about the future. A fact about a state or a past
    event ("not a CSTO member", "did it rejoin?") settles none: "will it rejoin?" is a forecast."""

    @field_validator("dates", mode="before")
    @classmethod
    def _dates_as_text(cls, value: object) -> object:
        """YAML reads 2025-01-22 as a date and 2017 as a number; both are kept as ISO text."""
        if isinstance(value, list):
            return [item.isoformat() if isinstance(item, dt.date) else str(item) for item in value]
        return value

    @field_validator("dates")
    @classmethod
    def _iso(cls, value: list[str]) -> list[str]:
        for item in value:
            parts = item.split("-")
            if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4):
                raise ValueError(f"{item!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
            try:
                dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
            except ValueError as exc:
                raise ValueError(f"{item!r}: {exc}") from exc
        return value


class Event(_Strict):
    """A dated event a fact reports, for the timeline (``bot.timeline``): one line of date, label
    and the link to ``source`` (by default the fact's first evidence source)."""

    date: dt.date
    label: Localized
    source: str | None = Field(default=None, pattern=SLUG)
    reported: bool = False
    """The date is that of the report: the sources do not give the event's own day."""


class Fact(_Strict):
    id: str = Field(pattern=SLUG)
    answer: Localized
    questions: LocalizedList
    evidence: list[Evidence] = Field(min_length=1)
    related: list[str] = Field(default_factory=list)
    disagreement: Disagreement | None = None
    values: Values | None = None
    summary: bool = False
    """The overview: what a generic "what is this about?" gets."""
    caveat: Localized | None = None
    """Said with the answer when it rests on weak sources: "Reported by …; not confirmed by official
    sources." Required (by ``check``) when every evidence source is an aggregator."""
    event: Event | None = None
    unsaid: list[Literal["who", "when", "where", "howmany", "list", "what"]] = Field(default_factory=list)
    """Kinds of question this fact answers by saying the sources do not tell ("how many of the 50 were
    held?", "when was he promoted?"): such a question gets this answer as a decline (``answered``
    false), since what it asks for is not known, yet the reply still says what is."""
    said_of: list[str] = Field(default_factory=list)
    """Words for what the fact does tell those kinds of: "when did Russia start producing drones there?" is
    unsaid, "when was drone production proposed?" is the proposal's day, which the answer gives."""

    @model_validator(mode="after")
    def _not_related_to_itself(self) -> Fact:
        if self.id in self.related:
            raise ValueError(f"fact {self.id!r} lists itself as related")
        return self


class DeclineTopic(_Strict):
    """A kind of message the bot recognises but must not answer from the base (greetings, thanks,
    questions the sources do not cover). Matching these explicitly is more reliable than hoping a
    low score catches them."""

    id: str = Field(pattern=SLUG)
    reply: Localized | None = None
    questions: LocalizedList
    veto: bool = False
    """A word that only this topic's examples use (budget, troops, age) declines a question even when
    the rest of it matches a fact well: "What is the budget of the 2025 plan?" must not be answered
    with the plan. Not for greetings, which often open a real question."""
    veto_words: list[str] = Field(default_factory=list)
    """With ``veto``, only these words (in any language) decline, not every word only the topic uses:
    for a topic whose examples need everyday words ("time", "text") that must not decline elsewhere."""
    after_latest: bool = False
    """The reply to a question about a time after the newest report ("this autumn", "in November 2026"):
    such a question gets it whatever else it matches, never the nearest older fact."""
    open_facts: list[str] = Field(default_factory=list)
    """With ``after_latest``: the general accounts of what followed. A question that asks for news
    "lately" and, without its time words, reads as one of these ("any news on the deal lately?") is
    answered with the first of them, which says how far the sources reach; a question that names a
    later time ("what happened this autumn?", "in summer 2026?") is declined with that reach."""
    opinion: bool = False
    """The reply to a request for an opinion ("do you think…?", "как думаешь…?", "sizningcha…?"): the
    sources give none, so such a question gets it whatever it is about."""
    forecast: bool = False
    """The reply to a question about the future that no fact's claim settles ("Will Uzbekistan rejoin
    the CSTO?"): the sources report what happened, up to the newest report."""
    details: bool = False
    """The reply to a question of a kind no fact answers, though its topic reads well ("What time was it
    signed?", "Who translated?"): the reports give no such detail, which is plainer than "did you mean…?"."""
    by_rule: bool = False
    """The reply of a rule of the answering core, never matched from its examples (which show what the
    rule answers): "did Belousov attend the exercise too?" after it, of someone its reports never name."""
    follows: list[str] = Field(default_factory=list)
    """With ``by_rule``: the facts whose answer it may follow. A follow-up to one of them that says one
    of ``follow_words`` asks the very thing that answer says no report confirms ("did the J-10s actually
    arrive?" after the Chinese fighters): once that answer has been given, the plain "I can't confirm"
    is the reply, not the same summary again (alone, the question still gets the summary)."""
    follow_words: list[str] = Field(default_factory=list)
    """With ``follows``: the starts of the words that ask it (folded, any language: "deliver", "прилет")."""
    only_uzbekistan: bool = False
    """The topic is about Russia's ties with Uzbekistan alone ("a 2026 plan with Russia"): the same asked
    of another partner the base covers ("…Russia's 2026 plan with Belarus?") is that partner's fact's."""
    others: bool = False
    """The reply to a question about an official the lexicon lists as uncovered (``#official``) that the
    fact it matched never mentions: "What did Putin say about the documents?" is not answered by who
    signed them ("Did Putin sign it?" still is, with a No)."""


class LicensedEntity(_Strict):
    words: list[str] = Field(min_length=1)
    """The entity's forms, in every language."""
    when: list[str] = Field(min_length=1)
    """Words (any form the lexicon reads as the same term) that make a question naming it one the base
    can answer."""


class LicensedGroup(_Strict):
    """Licensed entities that were one connection together: several of the Birlik-2025 exercise's
    participants named in one question are that exercise, even without its name."""

    names: list[str] = Field(min_length=2)
    """Keys of ``licensed_entities``."""
    at_least: int = Field(ge=2)
    """How many of them a question must name for each to count as licensed."""


class Lexicon(_Strict):
    """Words the matcher treats specially: filler words, synonyms and spelling variants folded to
    one token, classes of interchangeable words, and entities the base knows nothing about."""

    stopwords: LocalizedList
    synonyms: dict[str, list[str]] = Field(default_factory=dict)
    classes: dict[str, list[str | list[str]]] = Field(default_factory=dict)
    """Each member is a word, or a list of the forms of one word (["moscow", "москв", "moskva"])."""
    unknown_entities: list[str] = Field(default_factory=list)
    licensed_entities: dict[str, LicensedEntity] = Field(default_factory=dict)
    """Entities the base covers only in one connection: "Tajikistan" is unknown, except beside the 201st
    base the exercise's troops came from. A question naming one is declined unless it also says one of
    the entity's ``when`` words."""
    licensed_together: list[LicensedGroup] = Field(default_factory=list)
    """Sets of licensed entities that, named together, are the one connection the base covers them in."""
    people: dict[str, str] = Field(default_factory=dict)
    """Person (a synonym's canonical word) → their country (likewise): "he" after "who signed for the
    Uzbek side?" is the Uzbek signatory."""
    after_latest: list[str] = Field(default_factory=list)
    """Phrases that point at the present or the recent past ("this autumn", "на этой неделе", "shu oy"):
    a question using one asks about a time after the newest report."""
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    """Words that mean something else together: each variant (a phrase, folded) is read as the key,
    before the text is cut into words ("hamkorlik-2025", the exercise, is not "hamkorlik", cooperation)."""

    @field_validator("classes")
    @classmethod
    def _class_names(cls, value: dict[str, list[str | list[str]]]) -> dict[str, list[str | list[str]]]:
        for name in value:
            if not name.startswith("#"):
                raise ValueError(f"class name {name!r} must start with '#'")
        return value

    @model_validator(mode="after")
    def _groups_name_licensed_entities(self) -> Lexicon:
        for group in self.licensed_together:
            unknown = sorted(set(group.names) - set(self.licensed_entities))
            if unknown:
                raise ValueError(f"licensed_together names {unknown}, which are not licensed_entities")
            if group.at_least > len(group.names):
                raise ValueError(f"licensed_together asks for {group.at_least} of {len(group.names)} names")
        return self
