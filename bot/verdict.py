"""Yes or no: checking the claim of a yes/no question against the typed values of the fact it matched.

"Were the documents signed in Moscow?" matches the fact about the place of signing; that fact says
``places: [tashkent]``, the question claims Moscow, so the answer starts with "No". The claim is read
with the lexicon's own word classes (cities, weekdays, months, officials) and numbers, so "в
пятницу", "juma kuni" and "on a Friday" are one claim. Where nothing in the question can be checked
against a value the fact holds, there is no verdict: the answer is given without yes/no rather than
with a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from bot.analysis import CLASS_SEP, FOREIGN, YEAR, Analyzer
from bot.models import LANGS, Fact, Values
from bot.normalize import fold, tokens

Verdict = Literal["yes", "no"]
_CALLED_FALSE = re.compile(
    r"\b(?:claim|report|post|story|rumou?r|version|figure|date|number)\s+(?:is|was|'s)\s+(?:(?:just|simply|plain)\s+)?"
    r"(?:wrong|false|incorrect|untrue|fake|bogus|mistaken|not true|not correct)\b"
)
"""A claim named and called false ("so the Tuesday claim is wrong?"): the question asks whether it fails."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
NUMBER_WORDS = {  # tens and up: "the two ministers" names them, it claims nothing; ratios do claim
    "twice": 2,
    "doubled": 2,
    "вдвое": 2,
    "втрое": 3,
    "tripled": 3,
    "hundred": 100,
    "сотни": 100,
    "сотня": 100,
    "сотню": 100,
    "сто": 100,
    "ста": 100,  # "больше ста мероприятий?"
    "yuz": 100,
    "yuzta": 100,
    "yuzdan": 100,  # "yuzdan ortiq tadbir?"
    "fifty": 50,
    "пятьдесят": 50,
    "пятидесяти": 50,
    "ellik": 50,
    "ten": 10,
    "десять": 10,
    "twenty": 20,
    "двадцать": 20,
    "thirty": 30,
    "тридцать": 30,
    "forty": 40,
    "сорок": 40,
}
_SMALL_COUNTS = {
    "one": 1, "single": 1, "один": 1, "одно": 1, "одна": 1, "bitta": 1,
    "two": 2, "два": 2, "две": 2, "ikki": 2, "ikkita": 2,
    "three": 3, "три": 3, "uch": 3, "uchta": 3,
    "four": 4, "четыре": 4, "to'rt": 4, "to'rtta": 4,
    "five": 5, "пять": 5, "besh": 5, "beshta": 5,
}  # fmt: skip
_COUNTED = re.compile(
    r"\b(" + "|".join(map(re.escape, _SMALL_COUNTS)) + r")\s+(?:[\w'-]+\s+)?"
    r"(?:documents?|agreements?|документ\w*|соглашени\w*|hujjat\w*|kelishuv\w*|"
    r"countries|nations|стран\w*|государств\w*|davlat\w*|mamlakat\w*)"
)
"""A small count of documents or countries is a claim ("three documents?", "два документа?", "five
countries?"); elsewhere a small number
word names ("the two ministers")."""
_COMPARED = re.compile(
    r"\b(?:more than|over|above|in excess of|less than|fewer than|under|больше|более|меньше|менее|свыше)\s+(\d+)\b"
    r"|\b(\d+)\s*(?:ta)?(?:dan)\s+(?:ko'p|ortiq|kam)\b"
)
""""More than 50?": a count above or below the one stated is not it (unless the fact says so itself)."""
_PLAN_FOR_YEAR = re.compile(
    r"\b(?:plan|programme|program|план\w*|программ\w*)\s+(?:for|на|до)\s+(?:the\s+)?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)-?(?:yil)?(?:ga|gi)\s+(?:reja|dastur)\w*"
)
_NAMED_YEAR = re.compile(r"([^\W\d_]{3,})(?:[-–]|\s*—\s*|\s+[-–]\s+)\d{4}\b")
_YEAR_NAME = re.compile(
    # ("2017 yilgi deb aytiladigan harbiy-texnik shartnoma": a so-called and a kind between them)
    r"\b(?:19|20)\d\d(?:\s*-?(?:yilgi|йилги)|-?(?:yil|йил)\w*)?\s+(?=(?:deb aytiladigan\s+)?(?:[\w'-]+\s+)?"
    r"(?:(?:harbiy|military|defence|defense)\s+)?(?:treaty|agreement|plan|programme|program|deal|pact|"
    r"договор|соглашени|план|программ|shartnoma|kelishuv|bitim|reja|dastur))"
)
""""the 2017 treaty", "2016 agreement": a year that names the document, not a claim about when."""
_YEAR_NAME_AFTER = re.compile(
    r"\b(?:договор|соглашени|программ|пакт)\w*\s+(?:[^\W\d]+\s+){0,4}?(?:от\s+)?((?:19|20)\d\d)(?=\s+(?:года|г)\b)"
)
""""договор 2017 года" names the treaty as "the 2017 treaty" does (not "подписали 22 января 2025 года")."""
_ORDINAL = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+(?:-?(?:й|я|е|го|ой|ая|st|nd|rd|th|chi|inchi))\b")
""""the 201st base", "201-й базы", "201-chi baza": a number that names, not a count."""
_NAMED_COUNT = re.compile(
    r"\b(?:the|those|these|тех|этих|эти|те|o'sha|shu|ўша|шу)\s+\d+(?:\s+ta)?\s+(?:(?:joint|military|planned)\s+)*"
    r"(?:events|activities|мероприяти\w*|tadbir\w*|тадбир\w*)"
)
"""A count that names what it counts ("the 50 events"), as a title does."""
_ORDINAL_DAY = re.compile(
    r"\b(?:on\s+)?the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:anniversary|base|summit|meeting|round|"
    r"edition|time|century|brigade|division|programme|program|plan|session|congress|year|army))"
    r"|\b([12]?\d|3[01])-?го(?:\s+числа)?\b"
)
"""An ordinal that names a day: "he flew in on the 20th right?", "прилетел 20-го?"."""
_MODEL = re.compile(r"(?<![\w'-])[^\W\d_]{1,3}-\d{1,3}[^\W\d_]{0,3}(?![\w-])")
""""Mi-24s", "Су-30СМ", "J-10C", "D-30": a type of helicopter, jet or gun, whose number counts nothing."""
_SEASONS = {
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
    "spring": (3, 4, 5),
    # Uzbek seasons as whole words: "yozyapman" (I am writing) is no summer
    **{w: (6, 7, 8) for w in ("yoz", "yozda", "yozgi", "yozi", "yozida")},
    **{w: (9, 10, 11) for w in ("kuz", "kuzda", "kuzgi", "kuzi", "kuzida")},
    **{w: (12, 1, 2) for w in ("qish", "qishda", "qishki", "qishi", "qishida")},
    **{w: (3, 4, 5) for w in ("bahor", "bahorda", "bahorgi", "bahori", "bahorida")},
}
_SEASON_STEMS = (
    ("летом", (6, 7, 8)),
    ("лето", (6, 7, 8)),
    ("осен", (9, 10, 11)),
    ("зим", (12, 1, 2)),
    ("весн", (3, 4, 5)),
)
_SEASON_HINT = re.compile("|".join([*_SEASONS, *(stem for stem, _ in _SEASON_STEMS)]))
_AGAIN = re.compile(
    r"\b(?:too|also|again|another|as well|back|return\w*|ещё|еще|снова|тоже|также|опять|верн\w+|yana|ham|takror|qayt\w*|"
    r"such|similar|one(?! (?:article|report|source|post|outlet|piece|site|story|paper|channel|blog|analyst|expert|of)\b)|"
    r"такие|такой|такая|такое|таких|подобн\w*|shunday|shunaqa)\b"
    # "а в 2026-м они виделись?", "and in 2026?": the same question of another year
    r"|^(?:а|и|and|va)\s+(?:в\s+|во\s+|in\s+)?(?:19|20)\d\d"
)
""""in 2026 too?", "another one?": a question about a later occurrence; "one article says…" names a
source, not another occurrence."""
_UNTIL = re.compile(r"\b(?:until|till|through|up to|до|по)\s+\d{4}|\d{4}(?:[\s-]*(?:yil|йил)\w*?)?-?(?:gacha|гача)\b")
_BEFORE_YEAR = re.compile(
    r"\b(?:before|prior to|earlier than)\s+\d{4}\b|\b\d{4}[\w-]*(?:dan|дан) (?:oldin|avval|олдин|аввал)\b"
    r"|\b(?:coverage|reports?|reporting|articles?|news|stories) (?:of|on|about) the (?:\w+ )?\d{4} "
    r"(?:deal|agreement|signing|visit|pact|accord)\b"
    # "after that jan 2025 signing in tashkent, when did they next meet?": the time the question counts from
    r"|\b(?:after|since|following|после)\s+(?:the |that |this |того |этого )?[\w ]{0,24}?\b"
    r"(?:signing|deal|agreement|visit|подписания|визита|соглашения)\b(?:,?\s+(?:in|on|в)\s+\w+(?:\s+\d+)?)?"
)
""""before 2026" bounds the time asked about; it names no year the answer must state. Nor does "the
coverage of the January 2025 deal": the year names where the reports were read, not what is asked."""
# "the one before the 2026–2030 one": a question that names a thing by way of another
RELATION = re.compile(
    r"\b(?:before|after|earlier|previous|prior|preceding|preceded|precedes|predecessor|replaced|до|перед|после|"
    r"предыдущ\w*|прежн\w*|предшеств\w*|"
    r"oldin|avval|avvalgi|oldingi|keyin)\b"
)
YEAR_SPAN = re.compile(r"\b\d{4}\s*[-–—]\s*\d{4}\b")
_MONTH_STEMS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
)
_MONTH_BEFORE = re.compile(r"(?:" + _MONTH_STEMS + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[\w'-]*\s+$")


def claim_problems(facts: Iterable[Fact], analyzer: Analyzer) -> list[str]:
    """Confirmed or denied claims of several words that the lexicon reads as one term: "back csto" is
    "csto" once "back" is a stop word, and would deny every question that names the CSTO. ``check``
    refuses them: write the one word meant, or words that all count."""
    problems = []
    for fact in facts:
        if fact.values is None:
            continue
        for kind, phrases in (("confirms", fact.values.confirms), ("denies", fact.values.denies)):
            for phrase in phrases:
                words = tokens(fold(phrase))
                # a number is its own word ("2021 2025"), whatever class the analyzer reads it as
                terms = {t for t in analyzer.terms(fold(phrase)) if t != YEAR} | {w for w in words if w.isdigit()}
                if len(words) > 1 and len(terms) < 2:
                    problems.append(
                        f"fact {fact.id!r}: values.{kind}: {phrase!r} reads as one word "
                        f"({', '.join(sorted(terms)) or 'none'}): write that word, or words that all count"
                    )
                negations = [w for w in words if w in _NEGATION_WORDS and w not in terms]
                if negations:
                    # "did not take part" reads as "take part": it would deny every question whether they did
                    problems.append(
                        f"fact {fact.id!r}: values.{kind}: {phrase!r} reads without its "
                        f"{', '.join(negations)!r}: claim it the other way round, or in a word that negates"
                    )
    return problems


_NEGATION_WORDS = frozenset(
    {"not", "never", "no", "didn't", "doesn't", "don't", "hasn't", "haven't", "isn't", "wasn't", "не", "ни", "нет"}
)


def date_words(iso: str) -> str:
    """A full ISO date as words every claim reader knows ("2025-01-21" → "21 january 2025")."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def event_names(folded: str) -> set[str]:
    """The names with a year ("Hamkorlik-2025", "Birlik-2025"), by the first letters of the name."""
    return {m.group(1)[:5] for m in _NAMED_YEAR.finditer(folded)}


_RELATED_BEFORE = re.compile(
    r"\b(?:before|after|prior to|preceding|до|перед|после)\s+(?:(?:the|this|that|этой|этого|той)\s+)?"
    r"(?:(?:new|current|нов\w*|нынешн\w*|текущ\w*)\s+)?(?:\d{4}\s*[-–—]\s*)?$"
)
"""A document named only to say what came before or after it: "before this new 2026-2030 programme, was
there an earlier one?" asks of the other one."""


def named_years(folded: str) -> set[int]:
    """The years that name a document ("the 2017 treaty", "2021-yilgi dastur"), not those of a date
    ("the Jan 2025 deal") nor of a document the question counts from ("before the 2026–2030 programme")."""
    if not any(ch.isdigit() for ch in folded):
        return set()
    before = {
        int(m.group(0)[:4])
        for m in _YEAR_NAME.finditer(folded)
        if not _MONTH_BEFORE.search(folded[: m.start()]) and not _RELATED_BEFORE.search(folded[: m.start()])
    }
    return before | {
        int(m.group(1)) for m in _YEAR_NAME_AFTER.finditer(folded) if not _MONTH_BEFORE.search(folded[: m.start(1)])
    }


def _without_year_names(folded: str) -> str:
    # …unless a month goes with it: "after the Jan 2025 deal" is a date
    folded = _YEAR_NAME_AFTER.sub(
        lambda m: m.group(0) if _MONTH_BEFORE.search(m.string[: m.start(1)]) else m.group(0)[: m.start(1) - m.start()],
        folded,
    )
    return _YEAR_NAME.sub(lambda m: m.group(0) if _MONTH_BEFORE.search(m.string[: m.start()]) else " ", folded)


_MONTH_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_REFERENCE = re.compile(
    # "since the January 2025 signing": a month and year, then what happened then
    # ("as of the Jan 2025 deal": the moment a state is asked at)
    r"\b(?:as of|as at|по состоянию на)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:"
    + _MONTH_STEMS
    + r"|"
    + _MONTH_ABBR
    + r")[\w'.-]*\s+\d{4}(?:\s+(?!\d)[\w'-]+)?|"
    r"\b(?:after|since|before|following|после|перед)\s+(?:(?:the|that|this)\s+)?(?:\d{1,2}(?:st|nd|rd|th|-?го)?\s+)?(?:"
    + _MONTH_STEMS
    + r"|"
    + _MONTH_ABBR
    + r")[\w'.-]*\s+\d{4}"
    r"(?:\s+(?!\d)[\w'-]+){0,2}"
    # "after that Tashkent signing in Jan 2025": what happened, then when
    r"|\b(?:after|since|following|после)\s+(?:that\s+|this\s+|the\s+)?(?:[\w'-]+\s+){0,2}(?:in|on|в)\s+"
    r"(?:" + _MONTH_STEMS + r"|" + _MONTH_ABBR + r")[\w'.-]*(?:\s+\d{4})?"
    # "after the documents were signed in Tashkent in January 2025": a clause with its own verb
    r"|\b(?:after|since|following)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:was|were|got|had been|have been)\s+"
    r"(?:signed|agreed|inked|sealed|concluded|adopted)(?:\s+(?:in|on|at)\s+(?:the\s+)?[\w'-]+(?:\s+\d{4})?){0,3}"
    r"|\b(?:after|since|before|following|после|перед|с тех пор как)\s+(?:(?:he|she|they|it|он|они)\s+)?"
    r"(?:the\s+)?(?!\d)[\w'-]+(?:\s+(?:the\s+)?(?:documents?|deal|agreement|programme|plan|документы|соглашение|"
    r"подписания|визита|встречи))?"
    r"(?:\s+(?:in|on|at|в|во)\s+[\w'-]+(?:\s+\d{4})?){0,3}"
    # …but not a year: "2020-yildan beri" is "since 2020", a claim (as "since" before a number is above)
    # ("9-may paradidan keyingi kun": the day a parade is named by, and "keyingi", "the next", as "keyin")
    r"|(?:(?<![\w'-])\d{1,2}-?\s*)?(?:(?<![\w'-])(?!\d)[\w'-]+\s+)?(?<![\w'-])(?!\d)[\w'-]+dan\s+"
    r"(?:keyin(?:gi)?|so'ng(?:gi)?|oldin(?:gi)?|beri)\b"
    r"|(?<![\w'-])(?!\d)[\w'-]+\s+(?:keyin|so'ng|oldin|beri)\b"
    # "by the time of the Samarkand meeting of Central Asian defence ministers in October 2025, was he…?":
    # the whole clause before its comma is the moment asked about
    r"|\b(?:at the time of|by the time of|на момент|к моменту)\s+[^,?.]{1,100}(?=,)"
    r"|\b(?:at the time of|by the time of|на момент|в момент|к моменту|во время|при)\s+(?:the\s+)?(?!\d)[\w'-]+"
    r"(?:\s+(?:in|on|в)\s+(?:" + _MONTH_STEMS + r")[\w'-]*)?(?:\s+\d{4})?"  # a month, never a place
    r"|(?:[\w'-]+\s+)?[\w'-]+\s+(?:paytida|chog'ida|vaqtida)\b"
    # "незадолго до визита Белоусова": the moment measured from, not a claim about Belousov
    r"|\b(?:незадолго\s+|прямо\s+)?до\s+(?:визита|приезда|подписания|встречи|парада)(?:\s+[\w'-]+)?"
    # "…two months when he signed with Belousov?", "…когда подписывал с Белоусовым?": the moment asked about
    r"|\bwhen\s+(?:he|she|they)\s+(?:signed|met|hosted)(?:\s+(?:it|them|the\s+[\w'-]+))?(?:\s+with\s+[\w'-]+)?"
    r"|\bкогда\s+(?:(?:он|они)\s+)?(?:подписывал|подписал|встречал|встретил)\w*(?:\s+(?!с\s)[\w'-]+)?(?:\s+с\s+[\w'-]+)?"
    # "which outlet linked it to the January plan?": a document named by its month, not the month claimed
    r"|\b(?:the\s+)?(?:jan(?:uary)?|январск\w*|yanvardagi|yanvar)\s+(?:plan|deal|documents?|agreement|signing|"
    r"план\w*|соглашени\w*|документ\w*|подписани\w*|визит\w*|rejasi|rejaga|rejasiga|hujjat\w*|kelishuv\w*)\b"
)
""""after the signing in January", "yanvardagi imzolashdan keyin", "на момент подписания в январе
2025": what a question measures from, or the moment it asks about, is not what it claims."""
_REFERENCE_HINT = re.compile(
    r"after|since|before|following|as of|as at|после|перед|по состоянию|с тех пор|keyin|so'ng|oldin|beri|at the time|by the time|момент|"
    r"во время|при\b|paytida|chog'ida|vaqtida|when (?:he|she|they)|когда|до (?:визита|приезда|подписания|встречи|парада)|"
    r"jan(?:uary)? (?:plan|deal|doc|agree|sign)|январск|yanvardagi|yanvar (?:rej|huj|kel)"
)
"""Words without which ``_REFERENCE`` cannot match."""
Dimension = Literal["place", "weekday", "month", "year", "day", "number", "person", "post", "country"]


SUPPORT_SHARE = 0.6
"""A "yes" from matching values also needs this share of the question's other words in the answer:
"Belousov is Russia's foreign minister, right?" names the right person but claims the wrong post."""


_NAMED_DIMS = ("number", "year", "month", "day")
"""The claims a confirmed phrase can name rather than claim."""


@dataclass(frozen=True)
class _Checked:
    dims: dict[str, frozenset[str]]
    confirms: tuple[frozenset[str], ...]
    denies: tuple[frozenset[str], ...]
    said: frozenset[str]
    """Every word of the answer, in all three languages."""
    said_by_prefix: dict[str, tuple[str, ...]]
    """The same words by their first four letters: inflections share them, so only those are compared."""

    def says(self, term: str) -> bool:
        if term in self.said:
            return True
        return any(_same_word(term, word) for word in self.said_by_prefix.get(term[:4], ()))


class ClaimChecker:
    """Compares a question's claim with a fact's ``values``. Built once per fact base."""

    def __init__(
        self,
        analyzer: Analyzer,
        places: set[str],
        people: dict[str, str],
        weight: Callable[[str], float] = lambda term: 1.0,
        resolve: Callable[[str], str] = lambda term: term,
    ) -> None:
        self.analyzer = analyzer
        self.resolve = resolve
        self._phrase_cache: dict[str, frozenset[str]] = {}
        """The base's own term for a word the lexicon does not list (a misspelt name): the matcher's."""
        self.weight = weight
        """How much a word counts in the share of the question the answer says: the shipped bot counts
        each word the base knows once and a word it never uses not at all (weighing rare words more was
        tried, and it made a missing rare verb outweigh three names the answer does state)."""
        self.place_terms = {self._one(p) for p in places}
        self.person_terms = {self._one(p) for p in people}
        self.country_of = {self._one(p): self._one(country) for p, country in people.items()}
        self._weekday_terms = {self._one(w): w for w in _WEEKDAYS}
        self._month_terms = {self._one(m): m for m in MONTHS}
        self.event_terms = frozenset(
            self._terms(
                "signed met held visited arrived appointed happened прошли провели проводили проходили состоялись"
                " o'tkazildi o'tkazilgan o'tgan o'tdi"
            )
        )
        """Words of something happening: a year claimed beside one is when it happened."""
        self.counts: set[str] = set()
        """Every count some fact states: in a question, one of them names what is meant."""
        self._prepared: dict[str, _Checked] = {}
        """Each fact's values read once, by ``prepare`` when the index is built: part of the index, not a memo."""
        self._verdict_cache: dict[tuple[str, str, str], tuple[Verdict | None, float]] = {}
        self._claims_cache: dict[tuple[str, bool], dict[str, set[str]]] = {}

    def _terms(self, folded: str) -> list[str]:
        return [self.resolve(t) for t in self.analyzer.terms(folded)]

    def prepare(self, facts: Iterable[Fact]) -> None:
        """Reads every fact's values ahead of time, so that no question waits for it."""
        for fact in facts:
            if fact.values is not None:
                self._fact(fact, fact.values)
                self.counts |= {_number(n) for n in fact.values.numbers}

    def _one(self, word: str) -> str:
        terms = self.analyzer.terms(fold(word))
        return terms[0] if terms else fold(word)

    def places(self, fact: Fact) -> set[str]:
        """The places the fact states, as the base's terms."""
        return set(self._fact(fact, fact.values).dims.get("place", set())) if fact.values else set()

    def place(self, word: str) -> str | None:
        """The base's term for a word that names a place, or None."""
        term = self._one(word)
        return term if self._is_place(term) else None

    def _is_place(self, term: str) -> bool:
        return term in self.place_terms or term.startswith("#city" + CLASS_SEP)

    def _is_person(self, term: str) -> bool:
        return term in self.person_terms or term.startswith("#official" + CLASS_SEP)

    def _fact(self, fact: Fact, values: Values) -> _Checked:
        fact_id = fact.id
        cached = self._prepared.get(fact_id)
        if cached is not None:
            return cached
        dims: dict[str, set[str]] = {}
        dims["place"] = {self._one(p) for p in values.places}
        dims["person"] = {self._one(p) for p in values.people}
        dims["post"] = {self.country_of[p] for p in dims["person"] if p in self.country_of}
        dims["year"] = {str(y) for y in values.years}
        dims["number"] = {_number(n) for n in values.numbers}
        for iso in values.dates:
            parts = [int(p) for p in iso.split("-")]
            dims["year"].add(str(parts[0]))
            dims.setdefault("event_year", set()).add(str(parts[0]))
            if len(parts) > 1:
                dims.setdefault("month", set()).add(self._one(MONTHS[parts[1] - 1]))
            if len(parts) > 2:
                dims.setdefault("day", set()).add(str(parts[2]))
                weekday = dt.date(*parts).weekday()
                dims.setdefault("weekday", set()).add(self._one(_WEEKDAYS[weekday]))
        # a span the answer gives covers its years between: "is the programme in force in 2028?" of the
        # 2026–2030 programme is no claim of another year
        for span in YEAR_SPAN.findall(fold(fact.answer.get("en"))):
            first, last = (int(y) for y in re.findall(r"\d{4}", span))
            if {str(first), str(last)} <= dims["year"] and 0 < last - first <= 10:
                dims.setdefault("span_year", set()).update(str(y) for y in range(first, last + 1))
        said = frozenset(t for lang in LANGS for t in self.analyzer.terms(fold(fact.answer.get(lang))))
        # the neighbouring countries the answer names ("the 201st base in Tajikistan"): a claim naming
        # another one is wrong
        dims["country"] = {t for t in said if t.startswith(FOREIGN + CLASS_SEP)}
        prefixes: dict[str, list[str]] = {}
        for word in said:
            prefixes.setdefault(word[:4], []).append(word)
        by_prefix = {k: tuple(v) for k, v in prefixes.items()}
        checked = _Checked(
            {k: frozenset(v) for k, v in dims.items() if v},
            tuple(frozenset(self.analyzer.terms(fold(c))) for c in values.confirms),
            tuple(frozenset(self.analyzer.terms(fold(c))) for c in values.denies),
            said,
            by_prefix,
        )
        self._prepared[fact_id] = checked
        return checked

    def claims(self, folded: str, names: bool = False) -> dict[str, set[str]]:
        """What the question asserts, by dimension. Words that only point at something are not
        claims: the year in a name ("Birlik-2025"), a span of years naming a programme ("the 2026–2030
        programme") and what follows "after"/"since"/"before" ("did they meet again after Tashkent?")."""
        key = (folded, names)
        known = self._claims_cache.get(key)
        if known is None:
            known = self._claims(folded, names)
            if len(self._claims_cache) < 20_000:
                self._claims_cache[key] = known
        return {dim: set(found) for dim, found in known.items()}

    def _claims(self, folded: str, names: bool) -> dict[str, set[str]]:
        folded = _without_contrast(folded)  # "in Tashkent, not in Moscow?" claims Tashkent
        digits = any(ch.isdigit() for ch in folded)  # most regexes below look only for numbers
        if digits and (not names or RELATION.search(folded)):
            # with ``names``, what they name counts too ("the 2026–2030 programme" is not the 2021 one),
            # unless the question asks about something else by way of it ("the one before the 2026–2030 one")
            folded = _without_year_names(YEAR_SPAN.sub(" ", _NAMED_YEAR.sub(r"\1 ", folded)))
        # "the 75th anniversary", "80-летия", "80 yilligi": an ordinal that is a claim, not a name
        anniversaries = (
            {m.group(1) or m.group(2) or m.group(3) for m in _ANNIVERSARY.finditer(folded)} if digits else set()
        )
        # "part of the plan with the 50 events?": a count with "the" names the plan; it is no claim to check
        folded = _NAMED_COUNT.sub(" ", folded) if digits else folded
        # "on the 20th", "20-го": an ordinal that is a day of the month
        days = {m.group(1) or m.group(2) for m in _ORDINAL_DAY.finditer(folded)} if digits else set()
        folded = _without_references(_ORDINAL.sub(" ", _MODEL.sub(" ", folded) if digits else folded))
        terms = self._terms(folded)
        found: dict[str, set[str]] = {"day": days} if days else {}
        for country, post in _POSTS if _POST_HINT.search(folded) else ():
            if post.search(folded):  # "the Russian minister": whoever held the post, of that country
                found.setdefault("post", set()).add(self._one(country))
        for term in terms:
            if self._is_place(term):
                found.setdefault("place", set()).add(term)
            elif self._is_person(term):
                found.setdefault("person", set()).add(term)
            elif term.startswith(FOREIGN + CLASS_SEP):
                found.setdefault("country", set()).add(term)
            elif term in self._weekday_terms:
                found.setdefault("weekday", set()).add(term)
            elif term in self._month_terms:  # the analyzer has told "march" the verb from the month
                found.setdefault("month", set()).add(term)
        seasons = tokens(folded) if _SEASON_HINT.search(folded) else []
        for tok in seasons:  # "in summer 2025", "летом", "kuzda": the months of the season
            season = _SEASONS.get(tok) or next((m for w, m in _SEASON_STEMS if tok.startswith(w)), None)
            if season:
                found.setdefault("month", set()).update(self._one(MONTHS[n - 1]) for n in season)
        if digits:
            for day, month, year in _NUMERIC_DATE.findall(folded):  # "22.01.2025"
                if 1 <= int(month) <= 12:
                    found.setdefault("day", set()).add(str(int(day)))
                    found.setdefault("month", set()).add(self._one(MONTHS[int(month) - 1]))
                    found.setdefault("year", set()).add(year)
            folded = _NUMERIC_DATE.sub(" ", folded)
            for decimal in _DECIMAL.findall(folded):  # "1.5 times", "в 1,5 раза"
                found.setdefault("number", set()).add(_number(float(decimal.replace(",", "."))))
            folded = _DECIMAL.sub(" ", folded)
        if anniversaries:
            found.setdefault("number", set()).update(anniversaries)
            folded = _ANNIVERSARY.sub(" ", folded)
        numbers: list[tuple[int, bool]] = [(_SMALL_COUNTS[m.group(1)], False) for m in _COUNTED.finditer(folded)]
        for tok in tokens(folded):
            if tok.isdigit() and len(tok) <= 5:
                numbers.append((int(tok), True))
            elif tok in NUMBER_WORDS:
                numbers.append((NUMBER_WORDS[tok], False))
        for number, written_in_digits in numbers:
            if 1900 <= number <= 2100:
                found.setdefault("year", set()).add(str(number))
            elif "month" in found and 1 <= number <= 31 and written_in_digits:
                # (a count in words is no day of the month: "did the two countries' ministers meet on 10 May?")
                found.setdefault("day", set()).add(str(number))
            else:
                found.setdefault("number", set()).add(str(number))
        return found

    def month_number(self, term: str) -> int:
        """1–12 for a month's term."""
        return MONTHS.index(self._month_terms[term]) + 1

    def month_year(self, folded: str) -> tuple[int, int] | None:
        """The (year, month) a question names together, like "in November 2026"; None otherwise."""
        found = self.claims(folded)
        years, months = found.get("year", set()), found.get("month", set())
        if len(years) != 1 or len(months) != 1:
            return None
        return int(next(iter(years))), MONTHS.index(self._month_terms[next(iter(months))]) + 1

    def other_edition(self, folded: str, fact: Fact) -> bool:
        """The question names an edition ("Hamkorlik-2026") of something the fact names only by another
        year ("Hamkorlik-2025"): the fact does not report that one."""
        asked = {(m.group(1)[:5], m.group(0)[-4:]) for m in _NAMED_YEAR.finditer(folded)}
        if not asked:
            return False
        said = {
            (m.group(1)[:5], m.group(0)[-4:])
            for lang in LANGS
            for m in _NAMED_YEAR.finditer(fold(fact.answer.get(lang)))
        }
        names = {name for name, _ in said}
        return any(name in names and (name, year) not in said for name, year in asked)

    def later_year(self, folded: str, fact: Fact) -> bool:
        """The question asks about a year after every year the fact states ("did they hold an exercise
        in 2026 too?" against the 2025 exercise): a question about something the fact does not report."""
        if fact.values is None or fact.event is None or not _AGAIN.search(folded):
            # a fact about a state ("not a CSTO member") answers for later years too, and "was it ratified
            # in 2019?" is a claim about the event the fact reports; "in 2026 too?" asks about another one
            return False
        dims = self._fact(fact, fact.values).dims
        stated = dims.get("event_year") or dims.get("year")  # when it happened, not the years it names
        claimed = self.claims(_UNTIL.sub(" ", folded)).get("year")  # "valid until 2040?" is a claim to check
        return bool(stated and claimed and min(int(y) for y in claimed) > max(int(y) for y in stated))

    def wrong_year(self, folded: str, fact: Fact) -> bool:
        """The question names years and the fact states years, none of them the same ("How many events
        are in the 2026 plan?" is not answered by the 2025 plan's fifty), or likewise months."""
        if fact.values is None:
            return False
        dims = self._fact(fact, fact.values).dims
        claims = self.claims(_BEFORE_YEAR.sub(" ", folded), names=True)
        stated, claimed = dims.get("year"), claims.get("year")
        if stated and claimed and not claimed & stated:
            return True
        # "who did he meet on 10 May 2025?" is not answered by a meeting in October 2025
        # (a month beside a year the fact does not state is another thing's: "the Jan 2025 deal mentions a
        # 2017 treaty — when was it signed?")
        months, asked = dims.get("month"), claims.get("month")
        return bool(months and asked and not asked & months and (not claimed or claimed <= (stated or set())))

    def verdict(self, folded: str, fact: Fact, context: str = "") -> Verdict | None:
        """Yes, no or None for the question ``folded``. ``context`` is the topic a follow-up was read
        with ("but it used to be a member, right?" after the CSTO): its words count for the claims a
        fact confirms or denies, never as claims of their own."""
        called_false = _CALLED_FALSE.search(folded)
        if called_false is not None:
            # "so the Tuesday claim is wrong?": whether the claim fails, which is the claim's verdict turned
            claim = folded[: called_false.start()] + " " + folded[called_false.end() :]
            turned = self._judge(claim, fact, context)[0]
            return None if turned is None else ("no" if turned == "yes" else "yes")
        return self._judge(folded, fact, context)[0]

    def _negated(self, folded: str) -> set[str]:
        """The terms of the words a question negates ("не поддержал", "did not support")."""
        return {t for m in _NEGATION.finditer(folded) for t in self._terms(m.group(1))}

    def _denied_in_question(self, folded: str) -> set[str]:
        """The terms a question says do not hold, wherever its negation stands ("isnt in the csto", Uzbek
        "KXShT a'zosi emas"): wider than `_negated`, so only for turning a fact's default answer."""
        words = [m.group(1) for m in _NEGATION_WIDE.finditer(folded)] + [
            m.group(1) for m in _NEGATION_AFTER.finditer(folded)
        ]
        return {t for w in words for t in self._terms(w)}

    def denies(self, folded: str, fact: Fact) -> bool:
        """Whether one of the claims the fact expressly denies is the question's."""
        return self._phrase_holds(folded, fact, confirms=False)

    def settles(self, folded: str, fact: Fact) -> bool:
        """Whether the fact expressly confirms or denies the question's claim ("will the doctrine keep
        the non-bloc status?"): a forecast it settles is no forecast."""
        return self._phrase_holds(folded, fact, confirms=True)

    def express(self, folded: str, fact: Fact) -> tuple[int, int]:
        """The longest claim the fact expressly confirms and the longest it denies that the question
        makes, in words (0: none). Between facts, a longer express denial outweighs a shorter express
        confirmation: "still a major general when he chaired it?" is the rank's, not the chairing's."""
        if fact.values is None:
            return 0, 0
        terms = self._phrase_terms(folded)
        checked = self._fact(fact, fact.values)
        confirmed = max((len(c) for c in checked.confirms if c and _holds(c, terms)), default=0)
        denied = max((len(d) for d in checked.denies if d and _holds(d, terms)), default=0)
        return confirmed, denied

    def _phrase_terms(self, folded: str) -> set[str]:
        """The question's words as written and as the base spells them: a curated phrase ("целый
        месяц") is written with words the base may not otherwise use, which no misspelling rules out."""
        known = self._phrase_cache.get(folded)
        if known is None:
            raw = self.analyzer.terms(_without_contrast(_one_of(_TRUTH_LEAD.sub(" ", folded))))
            known = frozenset(raw) | {self.resolve(t) for t in raw}
            if len(self._phrase_cache) < 20_000:
                self._phrase_cache[folded] = known
        return set(known)

    def _phrase_holds(self, folded: str, fact: Fact, confirms: bool) -> bool:
        if fact.values is None:
            return False
        terms = self._phrase_terms(folded)
        checked = self._fact(fact, fact.values)
        phrases = (*checked.denies, *checked.confirms) if confirms else checked.denies
        return any(d and _holds(d, terms) for d in phrases)

    def holds_when_and_where(self, folded: str, fact: Fact, years: bool = False) -> bool:
        """The question names a month (or day) and a place, and the fact states both: "did he meet his
        Russian counterpart in Moscow in May 2025?" is asked of the meeting held there then. With ``years``,
        a year alone is time enough, against the year the fact's event happened ("2025 yilda Moskvada
        vazirlar uchrashganmi?")."""
        claims = self.claims(folded)
        timed = claims.get("month") or claims.get("day") or (years and claims.get("year"))
        if fact.values is None or not claims.get("place") or not timed:
            return False
        stated = dict(self._fact(fact, fact.values).dims)
        if years:
            stated["year"] = stated.get("event_year", frozenset())
        dims = ("place", "month", "day", "year") if years else ("place", "month", "day")
        return all(stated.get(dim) and found <= stated[dim] for dim, found in claims.items() if dim in dims)

    def strength(self, folded: str, fact: Fact, years: bool = True) -> float:
        """How many of the question's claims the fact's values check (0: it can say neither yes nor no);
        without ``years``, years and counts are not counted: they often only name what is meant ("the
        50 events", "the 2025 plan"), which says little about which fact can judge the claim."""
        verdict, checks = self._judge(folded, fact)
        if not years and fact.values is not None and checks:
            stated = self._fact(fact, fact.values).dims
            claimed = self.claims(folded)
            # "until 2030" claims its year; elsewhere a year mostly names what is meant
            named = ("number",) if _UNTIL.search(folded) else ("year", "number")
            # …a count the base never states is a guess the fact refutes, though ("30 events in the 2025
            # plan?"); one it states elsewhere names that ("were the 50 events held?")
            known = self.counts
            checks -= sum(
                1
                for dim in named
                if dim in claimed
                and dim in stated
                and (dim == "year" or claimed[dim] & stated[dim] or claimed[dim] <= known)
            )
        return checks if verdict is not None else 0

    def _judge(self, folded: str, fact: Fact, context: str = "") -> tuple[Verdict | None, float]:
        if fact.values is None:
            return None, 0
        key = (folded, fact.id, context)
        known = self._verdict_cache.get(key)
        if known is None:
            known = self._judge_uncached(folded, fact, fact.values, context)
            if known[0] == "yes" and self._unsaid_superlative(folded, fact):
                known = (None, known[1])  # "the first joint exercise since?": more than the fact bears out
            if len(self._verdict_cache) < 20_000:
                self._verdict_cache[key] = known
        return known

    @staticmethod
    def _unsaid_superlative(folded: str, fact: Fact) -> bool:
        """The question claims a first, only or largest that no answer of the fact says: a confirmed
        "joint exercise" does not bear out "the first joint exercise since the signing"."""
        if not _SUPERLATIVE.search(folded):
            return False
        return not any(_SUPERLATIVE.search(fold(fact.answer.get(lang))) for lang in LANGS)

    def _judge_uncached(
        self, folded: str, fact: Fact, values: Values, context: str = ""
    ) -> tuple[Verdict | None, float]:
        checked = self._fact(fact, values)
        folded = _one_of(_TRUTH_LEAD.sub(" ", folded))
        if values.places and not self._negated(folded):
            located = {country for country, said in _LOCATED_IN if said.search(folded)}
            countries = {_COUNTRY_OF.get(p) for p in values.places}
            if located and None not in countries and not located & countries:
                return "no", 2  # "was it held in Russia?" of the exercise at Termez
        terms = set(self._terms(_without_references(folded)))
        # for confirms and denies only, which may themselves say "the day after the parade"
        phrased = terms | self._phrase_terms(folded) | set(self._terms(context))
        # "two documents, not one single agreement?": what the question sets aside is no claim to deny
        kept = _without_contrast(folded)
        # ("more than one document?": a count asked as a bound is checked as a count, not denied as "one")
        kept = _COMPARED_COUNT.sub(lambda m: m.group(0)[m.end(2) - m.start(0) :], kept)
        if kept != folded:
            phrased = set(self._terms(_without_references(kept))) | self._phrase_terms(kept) | set(self._terms(context))
        held_denies = [d for d in checked.denies if d and _holds(d, phrased)]
        held_confirms = [c for c in checked.confirms if c and _holds(c, phrased)]
        denied = max((len(d) for d in held_denies), default=0)
        confirmed = max((len(c) for c in held_confirms), default=0)
        # what the follow-up itself claims outweighs what its topic confirms: "did Russia take part too?"
        # after the first Central Asian meeting is denied, though the meeting itself is confirmed
        if context:
            # (what it sets aside is none of its own: "2 separate documents then, not one?")
            own = set(self._terms(_without_references(kept))) | self._phrase_terms(kept)
            own_denied = max((len(d) for d in checked.denies if d and _holds(d, own)), default=0)
            own_confirmed = max((len(c) for c in checked.confirms if c and _holds(c, own)), default=0)
            if own_denied and own_denied >= own_confirmed:
                return "no", 1 + own_denied
            if own:
                # …and the topic's words alone deny nothing the follow-up claims with words of its own ("is it
                # an observer?" after "is Uzbekistan in the EAEU?" is not denied by the topic's "member"; "were
                # drones used?" after "did it last 10 days?" is not denied by the ten days)
                held_denies = [d for d in held_denies if d & own]
                denied = max((len(d) for d in held_denies), default=0)
            own_claims = self.claims(folded)
            holds_own = bool(own_claims) and all(
                checked.dims.get(dim) and found <= checked.dims[dim] for dim, found in own_claims.items()
            )
            if (own_confirmed >= 1 or holds_own) and not self._negated(folded):
                # …and what it claims of its own is not refuted by the topic's words ("it was on Uzbek
                # territory?" after the exercise with Russia is not "Russian territory"; "was it in
                # Termez?" after "did the troops come straight from Russia?" is about Termez)
                held_denies = [d for d in held_denies if _holds(d, own)]
                denied = max((len(d) for d in held_denies), default=0)
        # a denied claim beside a confirmed one about something else ("did Russia take part in the first
        # Central Asian meeting?") is still false; only a confirm that holds the denied words too
        # ("used to be a member" over "member") is the more specific claim that wins
        separate = bool(held_denies) and not any(d <= c for d in held_denies for c in held_confirms)
        if denied and (denied >= confirmed or separate):
            # "Правда, что Ташкент не поддержал вторжение?" denies what the fact denies: that holds
            negated = self._negated(folded)
            held = next(d for d in held_denies if len(d) == denied)
            if negated and any(_holds(frozenset({t}), negated) for t in held):
                return "yes", 1 + denied
            return "no", 1 + denied  # …here and between facts: "still a major general?" is the rank's
        verdict: Verdict | None = None
        checks = 0
        supported: set[str] = set()
        claims = self.claims(folded)
        if held_confirms and any(claims.get(dim) for dim in _NAMED_DIMS):
            # "the 201st base" names the base the fact confirms; its number is no count to check; nor is
            # the year of a phrase it confirms ("the doctrine of 2018" is the one being revised), nor the
            # day of another event it confirms ("ratified on 12 April 2017?" of a treaty signed in 2016)
            named = {t for c in held_confirms for t in c}
            for dim in _NAMED_DIMS:
                if claims.get(dim):
                    claims[dim] = {n for n in claims[dim] if n not in named}
            claims = {dim: found for dim, found in claims.items() if found}
        event = bool(terms & self.event_terms)
        # "подписали план на 2025 год?": the year a plan is for, against the years the fact names, not the
        # day it was signed
        planned = {m.group(1) or m.group(2) for m in _PLAN_FOR_YEAR.finditer(folded)} & claims.get("year", set())
        if planned and values.years:
            checks += 1
            verdict = "no" if not {int(y) for y in planned} & set(values.years) else "yes"
            if verdict == "yes":
                supported.add("year")
            claims["year"] = claims["year"] - planned
            claims = {dim: found for dim, found in claims.items() if found}
        for dim, claimed in claims.items():
            stated = checked.dims.get(dim)
            if dim == "year" and event and checked.dims.get("event_year"):
                # "signed in 2026?", "met in 2026?": the year of what the fact reports happening, not the
                # years it names (the 2026–2030 programme)
                stated = checked.dims["event_year"]
            elif dim == "year" and not _UNTIL.search(folded):
                # (a year within the span it covers; "until 2028?" claims the span's end)
                stated = (stated or set()) | checked.dims.get("span_year", set())
            if not stated:
                continue
            checks += 1
            if dim == "person":
                # "Did Putin sign it with the Uzbek minister?": one person the fact does not name is enough
                # (one its answer names beside its subject is no other person: "Belousov bilan imzolaganda u
                # general-mayor edimi?" of the Uzbek minister who signed with him)
                wrong = any(not checked.says(p) for p in claimed - stated)
            elif dim in ("year", "number"):
                # years and counts also name things ("the 2026–2030 programme", "the 2025 plan"): only a
                # question none of whose years or counts the fact states is contradicted
                wrong = not claimed & stated or (dim == "number" and _beyond(folded, claimed & stated, fact))
                if dim == "number" and wrong and not claimed & stated:
                    # "did they sign more than one document?" of a fact that counts two
                    wrong = not _compared_holds(folded, claimed, stated)
            elif dim == "month":
                # "in autumn 2025" claims one of three months, not all of them
                wrong = not claimed & stated
            else:
                wrong = not claimed <= stated
            if wrong:
                verdict = "no"
            else:
                supported.add(dim)
                verdict = verdict or "yes"
        spans = YEAR_SPAN.findall(folded)
        if len(spans) == 1 and len(values.years) >= 2:
            # "is the programme for 2025–2035?": a span the question claims, against the years the fact
            # states; both ends must be among them
            checks += 1
            ends = {int(y) for y in re.findall(r"\d{4}", spans[0])}
            if ends <= set(values.years):
                supported.add("span")
                verdict = verdict or "yes"
            else:
                verdict = "no"
        until = {int(y) for m in _UNTIL.finditer(folded) for y in re.findall(r"\d{4}", m.group(0))}
        if until and len(values.years) >= 2 and not spans:
            # "a joint action plan until 2030?" against a plan for 2025–2027: the end it claims, against
            # the last year the fact states
            checks += 1
            if until == {max(values.years)}:
                supported.add("span")
                verdict = verdict or "yes"
            else:
                verdict = "no"
        if fact.event is not None and not fact.event.reported and _REFERENCE_HINT.search(folded):
            # "after that Jan 2025 plan, did Russia offer to make drones?": a moment the question measures
            # from, against the day the fact's event happened (the offer came in November 2024)
            happened = (fact.event.date.year, fact.event.date.month)
            for ref in references(folded):
                word, _, rest = ref.partition(" ")
                moment = self.month_year(rest)
                if moment is None or word not in _AFTER_WORDS | _BEFORE_WORDS:
                    continue
                if (happened < moment) if word in _AFTER_WORDS else (happened > moment):
                    # (only a refutation counts as a check: an event after the moment is no support)
                    checks += 1
                    verdict = "no"
        if verdict != "no" and confirmed:
            absent = {t for m in _NONE_AT_ALL.finditer(folded) for t in self._terms(m.group(1))}
            if absent and any(_holds(frozenset({t}), absent) for c in held_confirms for t in c):
                # "никакого статуса нет?" of the observer status the fact confirms: it is there
                return "no", checks + confirmed
            return "yes", checks + confirmed
        if verdict is None and not claims and values.default is not None:
            # "so it isn't in the CSTO anymore, right?": the question denies what the fact denies, so the
            # fact's default answer to the plain claim is turned
            contested = {t for d in checked.denies for t in d}
            if self._denied_in_question(folded) & contested:
                return ("yes" if values.default == "no" else "no"), 1
            return values.default, 1
        if verdict == "yes":
            claimed_terms = {t for found in claims.values() for t in found}
            rest = [
                t
                for t in terms
                if t not in claimed_terms and not t.startswith("#") and not t.isdigit() and t not in _NO_CLAIM
            ]
            weights = {t: self.weight(t) for t in rest}
            total = sum(weights.values())
            said = sum(w for t, w in weights.items() if checked.says(t))
            # a date's year, month and day are one claim ("the January 2025 deal" names the deal)
            kinds = {"time" if dim in _TIME_DIMS else dim for dim in supported}
            if len(kinds) < 2 and sum(1 for w in weights.values() if w) >= 2 and said < SUPPORT_SHARE * total:
                return None, checks  # two checked claims (a date and a place) are support enough
            if supported <= {"person", "post"} and not all(weights.values()):
                # naming the right person is weak support: "Did Belousov sign it with a smile?" claims more
                return None, checks
        if verdict is None and not claims and not denied and not self._negated(folded):
            # "did the delegation visit any memorial while there?": no date, place or name to check, but
            # every word it asks about is the answer's own; a word the fact expressly denies something of
            # ("was Russia in Birlik-2025?" of the exercise held without Russia) is no support
            contested = {t for d in checked.denies for t in d}
            weighted = [
                t
                for t in terms
                if not t.startswith("#") and not t.isdigit() and t not in _NO_CLAIM and t not in _NO_SUPPORT
            ]
            weighted = [t for t in weighted if self.weight(t)]
            if len(weighted) >= 3 and all(checked.says(t) and t not in contested for t in weighted):
                return "yes", 1
        return verdict, checks


_TIME_DIMS = frozenset({"year", "month", "day", "weekday"})
_AFTER_WORDS = frozenset({"after", "since", "following", "после"})
_BEFORE_WORDS = frozenset({"before", "перед"})
_SUPERLATIVE = re.compile(
    r"\b(?:first|the only|largest|biggest|inaugural|перв\w*|единствен\w*|крупнейш\w*|birinchi|yagona|eng (?:katta|yirik))\b"
)
_NO_CLAIM = frozenset(
    {"реально", "году", "года", "год", "yil", "yili", "yilda", "йил", "йили", "йилда", "haqiqatan"}
    | {"day", "день", "днём"}
    | {"when", "когда", "qachon"}
    | {"так", "самом", "деле"}  # "на самом деле" (actually)
    # a season is the months it claims: "летом 2025 учения проводили?" is checked by the months alone
    | set(_SEASONS)
    | {"лето", "летом", "осень", "осенью", "зима", "зимой", "весна", "весной"}
)
"""Words that claim nothing the answer must say: "в 2025 году реально проводили…?" claims the year and
the exercise, not the words "year" and "really"; in a yes/no question "when" joins a clause ("a Wednesday
when they signed?")."""
_LOCATED_IN = (
    ("russia", re.compile(r"\b(?:in russia|в россии|rossiyada|россияда)\b(?!')")),
    (
        "uzbekistan",
        re.compile(r"\b(?:in uzbekistan|в узбекистане|o'zbekistonda|uzbekistonda|ozbekistonda|ўзбекистонда)\b(?!')"),
    ),
    ("turkey", re.compile(r"\b(?:in turkey|in turkiye|в турции|turkiyada|туркияда)\b(?!')")),
)
_COUNTRY_OF = {
    "tashkent": "uzbekistan",
    "samarkand": "uzbekistan",
    "bukhara": "uzbekistan",
    "termez": "uzbekistan",
    "moscow": "russia",
    "ankara": "turkey",
}
"""The country a question places an event in ("was it held in Russia?") and the country of each city the
base names: a country is no place of the base's own, so without this a follow-up's "in Russia" claims
nothing, and the topic's words ("joint exercise") say yes for it."""
_NO_SUPPORT = frozenset({"что", "what", "nima", "всё", "все", "all", "hammasi", "barcha"})
"""Words a yes/no question asks with, which support nothing: "это что, всё военные учения?" asks whether
all of the events were exercises; that the answer says "military" and "exercise" is no "yes"."""
_POST_HINT = re.compile(r"minist|vazir|вазир|министр")
_MINISTER = r"(?:(?:defen[cs]e|обороны|mudofaa|мудофаа)\s+)?(?:minister|министр\w*|vazir\w*|вазир\w*)"
_POSTS = (
    (
        "russia",
        re.compile(
            r"\b(?:russian|russia'?s?|российск\w*|рф|rossiya|rus|россия)\s+"
            + _MINISTER
            + r"|\bминистр\w* обороны (?:россии|рф)\b"
        ),
    ),
    (
        "uzbekistan",
        re.compile(
            r"\b(?:uzbek|uzbekistan'?s?|узбекск\w*|o'zbekiston|uzbekiston|ozbekiston|ўзбекистон)\s+"
            + _MINISTER
            + r"|\bминистр\w* обороны узбекистана\b"
        ),
    ),
)
"""A post named in a claim ("did the Russian minister chair it?"): the claim holds if the fact names
someone of that country, whoever held the post then."""

_CONTRASTED = re.compile(
    r",\s*(?:and |but )?not\s+(?:[\w'-]+\s+){0,3}[\w'-]+|\b(?:rather than|instead of)\s+(?:[\w'-]+\s+){0,3}[\w'-]+"
    r"|,?\s*\bа не\s+(?:[\w'-]+\s+){0,3}[\w'-]+|\b(?:[\w'-]+\s+){1,2}(?:emas|эмас)\b"
    # "в Ташкенте, не в Самарканде?", "in Tashkent and not in Samarkand?" (not the tag "…, не так ли?")
    r"|,\s*не\s+(?!так\b|правда\b|ли\b)(?:[\w'-]+\s+){0,3}[\w'-]+|\band not\s+(?:in|at|on|by|from|with)\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
)
"""A contrast the question draws ("…, not one agreement", "а не в Москве", "bitta hujjat emas")."""
_CONTRAST_HINT = re.compile(r"\bnot\b|instead|rather|\bне\b|emas|эмас")


def _without_contrast(folded: str) -> str:
    return _CONTRASTED.sub(" ", folded) if _CONTRAST_HINT.search(folded) else folded


_ANNIVERSARY = re.compile(
    r"\b(\d{1,3})(?:-?(?:th|st|nd|rd))?\s+anniversary\b|\b(\d{1,3})-?(?:летия|летие|летию|летней)\b"
    r"|\b(\d{1,3})\s*-?\s*yillig\w*"
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_DECIMAL = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![\d.,])")


def _number(value: float) -> str:
    """One written form for a number: 50, not 50.0; 1.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


_AVOIDED = r"avoided|avoids|avoid|refused to|refuses to|избега\w*|избежал\w*|отказал\w* от|отказывает\w* от"
""""avoided joining", "избегает вступления": a word that says the act did not happen."""
_NONE_AT_ALL = re.compile(r"\b(?:никак(?:ого|ой|их|ие|ая|ое|ому)|hech qanday|ҳеч қандай)\s+([\w'-]+)")
""""а в ЕАЭС у него никакого статуса нет?": the thing named is claimed not to be there at all."""
_NEGATION = re.compile(
    r"\b(?:not|never|didn't|doesn't|don't|hasn't|haven't|isn't|wasn't|не|ни|"
    + _AVOIDED
    + r")\s+((?:[\w'-]+\s+){0,1}[\w'-]+)"
)
_NEGATION_WIDE = re.compile(
    r"\b(?:not|never|didn't|doesn't|don't|hasn't|haven't|isn't|wasn't|didnt|doesnt|dont|hasnt|havent|isnt|wasnt"
    r"|не|ни|" + _AVOIDED + r")\s+((?:[\w'-]+\s+){0,2}[\w'-]+)"
)
_NEGATION_AFTER = re.compile(r"((?:[\w'-]+\s+){0,1}[\w'-]+)\s+(?:emas|эмас)\b")
"""Uzbek negates after the words: "KXShT a'zosi emas" (not a member of the CSTO)."""
_TRUTH_LEAD = re.compile(
    r"^\W*(?:(?:а|и|так|ну)\s+)?(?:это\s+)?(?:правда|верно|действительно|точно)(?:\s+ли)?\s*,?\s*(?:что|будто)\b"
)
""""Правда, что…": the "что" joins the claim to its lead; it is no word of the claim."""

_ONE_OF = re.compile(
    r"\b(?:one|either|any|each) of\b|\b(?:один|одн(?:а|о|им|ой|ого|у)) из\b|\b(\w+dan) (?:biri|bittasi|birortasi)\b"
)


def _one_of(folded: str) -> str:
    """ "One of the documents", "один из документов", "hujjatlardan biri" pick out one of several: no count
    of one to deny against the fact's two documents ("biri" would also pass for "birinchi", first)."""
    return _ONE_OF.sub(lambda m: m.group(1) or " ", folded)


_QUOTED_SPAN = re.compile(r"“[^”]{1,120}”|«[^»]{1,120}»|\"[^\"]{1,120}\"")


_COMPARED_COUNT = re.compile(
    r"\b(more than|over|less than|fewer than|больше|более|меньше|менее)\s+("
    + "|".join(map(re.escape, _SMALL_COUNTS))
    + r"|одного|\d)\s+"
    r"(?:[\w'-]+\s+)?(?:documents?|agreements?|документ\w*|соглашени\w*|countries|стран\w*)"
)


def _compared_counts(folded: str) -> dict[str, bool]:
    """The small counts asked as bounds, each with whether it is "more than"."""
    compared: dict[str, bool] = {}
    for m in _COMPARED_COUNT.finditer(folded):
        word = m.group(2)
        n = int(word) if word.isdigit() else 1 if word == "одного" else _SMALL_COUNTS[word]
        compared[str(n)] = m.group(1) in ("more than", "over", "больше", "более")
    return compared


def _compared_holds(folded: str, claimed: set[str], stated: set[str]) -> bool:
    """Every count claimed is a small one asked as "more/less than" it, and a small count the fact states
    bears the comparison out ("more than one document?" of two); a count the fact states itself is left to
    ``_beyond``."""
    compared = _compared_counts(folded)
    if not claimed or not claimed <= set(compared):
        return False
    small = [int(s) for s in stated if s.isdigit() and int(s) <= 10]
    return all(any(s > int(n) if compared[n] else s < int(n) for s in small) for n in claimed)


def _beyond(folded: str, counts: set[str], fact: Fact) -> bool:
    """Every count the question and the fact share is asked as "more/less than" it, which the fact's
    own words do not say ("were there more than 50 events?" of a plan of 50)."""
    compared = {m.group(1) or m.group(2) for m in _COMPARED.finditer(folded)} | set(_compared_counts(folded))
    if not counts or not counts <= compared:
        return False
    # what the fact quotes of a report ("more than 50" in one outlet) is not what it says itself
    said = _QUOTED_SPAN.sub(" ", " ".join(fact.answer.get(lang) for lang in ("en", "ru", "uz")))
    said = fold(said)
    return not any(
        _COMPARED.search(said) and n in {m.group(1) or m.group(2) for m in _COMPARED.finditer(said)} for n in counts
    )


def references(folded: str) -> list[str]:
    """The times and events a question measures from ("after the 22 January 2025 signing")."""
    return [m.group(0) for m in _REFERENCE.finditer(folded)] if _REFERENCE_HINT.search(folded) else []


def without_references(folded: str) -> str:
    return _without_references(folded)


def _without_references(folded: str) -> str:
    # the full pattern is slow to try at every position: only where one of its words stands
    return _REFERENCE.sub(" ", folded) if _REFERENCE_HINT.search(folded) else folded


def _same_word(a: str, b: str) -> bool:
    """One word in two inflections: "давние"/"давними", "mayor"/"mayormi" share all but the ending."""
    if a == b:
        return True
    if a[:4] != b[:4] or len(a) < 4 or len(b) < 4 or a[0] == "#":
        return False  # four letters in common at least; classes ("#month/may") only as themselves
    if a.endswith("siz") != b.endswith("siz"):
        return False  # Uzbek "-siz" is "without": "Rossiyasiz" is not "Rossiya"
    common = 4
    for x, y in zip(a[4:], b[4:], strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, min(len(a), len(b)) - 2)


def _holds(claim: frozenset[str], terms: set[str]) -> bool:
    """Every word of the claim stands in the question, in some inflection."""
    return all(any(_same_word(word, term) for term in terms) for word in claim)
