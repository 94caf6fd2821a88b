"""From folded text to the terms the matcher compares, using the curated lexicon.

A term is a token after three foldings: filler words dropped; synonyms and spelling variants
(Холмухамедов, Xolmuhamedov, Khalmukhamedov…) replaced by one canonical term, across languages; and
members of a class (weekdays, months, other cities, years the base never mentions) replaced by the
class name, so "signed on a Monday?" and "signed on a Friday?" look alike to the matcher. Entities
the base knows nothing about become ``#foreign``.

Variants match a token exactly or as its stem (the token starts with the variant and is at most
``MAX_SUFFIX`` letters longer), which covers Russian and Uzbek endings without a stemmer. Misspellings
are not this layer's business: the matcher, which knows every word of the base and every variant of
the lexicon (``surfaces``), forgives typos in one place, with one cutoff.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from bot.models import LANGS, Lexicon
from bot.normalize import fold, tokens

FOREIGN = "#foreign"
CLASS_SEP = "/"
"""A class member's term is "#class/word": the same word matches fully, another member of the class
partly, so "signed on a Friday?" still reaches the fact whose example says "on a Monday?"."""
YEAR = "#year"
NUMBER = "#num"
MAX_SUFFIX = 4
MIN_STEM = 4
LONG_SUFFIX = 6
LONG_STEM = 6
"""Uzbek stacks endings ("uchrash-gan-mi", "vazir-lig-ida"): a variant of at least ``LONG_STEM`` letters
may take up to ``LONG_SUFFIX`` more."""

_NUMBER_IN_TEXT = re.compile(r"\d+")
_WHICH = frozenset({"what", "which", "какие", "каких", "какими", "qaysi", "қайси", "кайси"})

VERB_MONTHS = {"march": "march", "may": None}
"""English words that are months only beside a date: "troops march in the parade" and "may I ask"
are a verb and a modal (the modal a filler word), "in March", "10 May", "May 2025" and Uzbek "may
oyida" are months. Inflected forms ("marched", "marching") are always the verb, one term with "march"."""
TIMES_WORD = "marta"
"""Uzbek "marta" is "times" ("oxirgi marta", "ikki marta"); Russian typed in Latin letters writes "4 marta"
for the 4th of March. Only beside a number is it the month."""

_EVENT_NOUNS = frozenset(
    ("meeting", "meetings", "talks", "visit", "trip", "parade", "signing", "plan", "events", "deal", "summit", "call")
)
_MONTH_BEFORE = frozenset(
    [
        *("in", "on", "of", "since", "by", "until", "till", "from", "to", "early", "late", "mid", "last", "this"),
        *("next", "before", "after", "between", "through", "during", "yil", "yilning", "yilgi"),
    ]
)


class _Group(NamedTuple):
    names: frozenset[str]
    at_least: int


def _beside_number(toks: list[str], i: int) -> bool:
    return (i > 0 and toks[i - 1].isdigit()) or (i + 1 < len(toks) and toks[i + 1].isdigit())


def _verb_month(toks: list[str], i: int) -> bool:
    """Whether token i, one of ``VERB_MONTHS`` or its inflection, reads as a verb here, not a month."""
    token = toks[i]
    if token not in VERB_MONTHS:
        return token.startswith("march") and token[5:] in ("ed", "es", "ing")
    if len(toks) == 1:
        return False  # a word alone ("May?") names the month
    before = toks[i - 1] if i else ""
    after = toks[i + 1] if i + 1 < len(toks) else ""
    if before in ("the", "that", "this") and after in _EVENT_NOUNS:
        return False  # "at that May meeting": no modal stands before a noun
    return not (before.isdigit() or before in _MONTH_BEFORE or after.isdigit() or after.startswith("oy"))


class Analyzer:
    def __init__(self, lexicon: Lexicon, known_numbers: Iterable[str] = ()) -> None:
        self.stopwords = frozenset(
            tok for lang in LANGS for word in lexicon.stopwords.get(lang) for tok in tokens(fold(word))
        )
        self.known_numbers = frozenset(known_numbers)
        table: dict[str, str] = {}
        for canonical, variants in lexicon.synonyms.items():
            canon = " ".join(tokens(fold(canonical)))
            for word in [canonical, *variants]:
                table[fold(word)] = canon
        for name, members in lexicon.classes.items():
            for member in members:
                forms = [member] if isinstance(member, str) else member
                if not forms:
                    continue
                for word in forms:
                    table[fold(word)] = f"{name}{CLASS_SEP}{fold(forms[0])}"
        for word in lexicon.unknown_entities:
            table[fold(word)] = FOREIGN
        for name, entity in lexicon.licensed_entities.items():
            for word in entity.words:
                table[fold(word)] = f"{FOREIGN}{CLASS_SEP}{fold(name)}"
        self._table = table
        self.people = frozenset(" ".join(tokens(fold(p))) for p in lexicon.people)
        """The people's canonical terms (the lexicon's ``people``)."""
        self._cache: dict[str, str | None] = {}
        self._terms_cache: dict[str, list[str]] = {}
        self._phrased_cache: dict[str, str] = {}
        variants = {fold(v): fold(k) for k, vs in lexicon.phrases.items() for v in vs}
        self._phrases = (
            re.compile(
                # an apostrophe used as a quote mark ("'hamkorlik-2025 involved…'") bounds a phrase; one
                # inside a word (o'zbek) does not
                r"(?<!\w)(?<!\w')(?:"
                + "|".join(map(re.escape, sorted(variants, key=len, reverse=True)))
                + r")(?!\w)(?!'\w)"
            )
            if variants
            else None
        )
        self._phrase_of = variants
        self._licences = {
            f"{FOREIGN}{CLASS_SEP}{fold(name)}": frozenset(t for w in entity.when for t in self.terms(fold(w)))
            for name, entity in lexicon.licensed_entities.items()
        }
        self._groups = [
            _Group(frozenset(f"{FOREIGN}{CLASS_SEP}{fold(name)}" for name in group.names), group.at_least)
            for group in lexicon.licensed_together
        ]

    def unlicensed(self, terms: Iterable[str]) -> bool:
        """A licensed entity named without any of the words that make it one the base covers, and
        without enough of the others it was named with in its one connection."""
        present = set(terms)
        together = {
            name for group in self._groups if len(group.names & present) >= group.at_least for name in group.names
        }
        return any(t in self._licences and t not in together and not (self._licences[t] & present) for t in present)

    def without_licensed(self, folded: str) -> str:
        """The text without the words that name a licensed entity ("…from a base in Kazakhstan?"): what
        is left says which fact a claim about one is checked against."""
        return " ".join(tok for tok in tokens(folded) if (self.term(tok) or "") not in self._licences)

    @property
    def surfaces(self) -> dict[str, str]:
        """Every written form the lexicon knows (folded) and the term it stands for."""
        return dict(self._table)

    @staticmethod
    def numbers_in(texts: Iterable[str]) -> set[str]:
        """Numbers the base states; any other number in a question is a guess, not a key."""
        return {m.lstrip("0") or "0" for text in texts for m in _NUMBER_IN_TEXT.findall(text)}

    def term(self, token: str) -> str | None:
        """The canonical term of one token, or None for a filler word."""
        cached = self._cache.get(token)
        if cached is not None or token in self._cache:
            return cached
        result = self._term(token)
        if len(self._cache) < 50_000:
            self._cache[token] = result
        return result

    def _term(self, token: str) -> str | None:
        if token.isdigit():
            number = token.lstrip("0") or "0"
            if number in self.known_numbers:
                return number
            return YEAR if len(number) == 4 and 1900 <= int(number) <= 2100 else NUMBER
        exact = self._table.get(token)
        if exact is not None:
            return exact
        if token in self.stopwords:
            return None
        if token.endswith("siz") and len(token) > 6:
            # Uzbek "-siz" is "without": "rossiyasiz" is "without Russia", as the English says it, and must
            # not read as "Russia" alone
            named = self._stem(token[:-3], self._table)
            return f"without {named}" if named is not None else token
        return self._stem(token, self._table) or token

    @staticmethod
    def _stem(token: str, table: dict[str, str]) -> str | None:
        """The entry the token equals, or whose variant it starts with (a stem plus an ending)."""
        exact = table.get(token)
        if exact is not None:
            return exact
        for cut in range(len(token) - 1, max(MIN_STEM, len(token) - LONG_SUFFIX) - 1, -1):
            stem = table.get(token[:cut])
            if stem is not None and (len(token) - cut <= MAX_SUFFIX or cut >= LONG_STEM):
                return stem
        return None

    def terms(self, folded: str) -> list[str]:
        """The text's terms. A message is read as terms several times over (its parts, its topic, its
        claims), so the last texts' terms are kept."""
        known = self._terms_cache.get(folded)
        if known is None:
            known = self._terms(folded)
            if len(self._terms_cache) >= 4096:
                self._terms_cache.clear()
            self._terms_cache[folded] = known
        return list(known)

    def with_phrases(self, folded: str) -> str:
        """The text with the lexicon's phrases put as their one word ("got there" → "arrive"): what a
        step that drops words one by one (pronouns) must see first, or it breaks the phrase. Memoised
        like the terms: the answering steps ask it of the same part many times."""
        if self._phrases is None:
            return folded
        known = self._phrased_cache.get(folded)
        if known is None:
            known = self._phrases.sub(lambda m: self._phrase_of[m.group(0)], folded)
            if len(self._phrased_cache) >= 4096:
                self._phrased_cache.clear()
            self._phrased_cache[folded] = known
        return known

    def _terms(self, folded: str) -> list[str]:
        if self._phrases is not None:
            folded = self._phrases.sub(lambda m: self._phrase_of[m.group(0)], folded)
        out = []
        toks = tokens(folded)
        for i, token in enumerate(toks):
            verb = token.startswith("ma") and _verb_month(toks, i)
            if token == TIMES_WORD and not _beside_number(toks, i):
                term: str | None = token
            elif i and toks[i - 1] in _WHICH and token.isdigit() and len(token) == 1:
                term = None  # "what 2 documents…?" asks which ones: the count is no date or number to match
            else:
                term = VERB_MONTHS.get(token, "march") if verb else self.term(token)
            if term is not None:
                out.extend(term.split(" "))
        return out
