"""Text normalization: the first step of text → normalize → match → reply.

Users type the same word many ways: Uzbek apostrophes (ʻ ’ ‘ ` '), ё for е, Uzbek in Cyrillic or
Latin script, invisible marks pasted from other apps. Everything the matcher compares goes through
here, examples and questions alike, so both sides meet in one form.
"""

from __future__ import annotations

import re
import unicodedata

MAX_MATCH_CHARS = 450
"""Only the start of a message is matched: a question fits in it, and a pasted essay must not cost
more than a question does."""

_APOSTROPHES = str.maketrans(
    {
        "\u02bb": "'",  # ʻ modifier letter turned comma (official Uzbek o')
        "\u02bc": "'",  # ʼ modifier letter apostrophe
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "ё": "е",
        "Ё": "Е",
    }
)

_UZ_CYRILLIC_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "x",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "'",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "ў": "o'",
    "қ": "q",
    "ғ": "g'",
    "ҳ": "h",
}
_UZ_ONLY_LETTERS = frozenset("ўқғҳ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:'[^\W\d_]*)*")
_VOWELS = frozenset("аеёиоуыэюяў")


def clean(text: str) -> str:
    """Drops what no one means to send: control characters, zero-width and bidi marks."""
    text = unicodedata.normalize("NFKC", text)
    if text.isprintable():  # the usual message: nothing to drop, no need to look at every character
        return " ".join(text.split())
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn"):
            kept.append(" " if ch in "\t\n\r\x0b\x0c" else "")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


_HE_HAD = re.compile(r"\b(he|she|they)'d\b")
"""'he'd' is 'he had' (or 'would'): the pronoun stands alone, to be read as the person it points at."""


# English function words with two letters swapped, as fast typing leaves them ("at teh time"): the fuzzy
# matcher forgives them in content words, but a phrase read by its exact words ("at the time") needs them
_SWAPPED = {"teh": "the", "hte": "the", "adn": "and", "waht": "what", "taht": "that", "wiht": "with", "whcih": "which"}
_SWAPPED_WORD = re.compile(r"\b(?:" + "|".join(_SWAPPED) + r")\b")

# Russian question words as they are said and typed in chats ("на скока лет?", "када подписали?"): the
# examples hold only the written form, so a message with the spoken one would match on its topic alone
_SPOKEN = {"скока": "сколько", "скоко": "сколько", "сколко": "сколько", "када": "когда", "кагда": "когда"}
# the soft sign typed for the hard one after a prefix ("обьявили", "подьезд", "сьездил"): the words of the
# base have the hard sign, and "обьявили" as typed is too far from "объявили" for the matcher
_SOFT_FOR_HARD = re.compile(r"(?<!\w)(об|под|от|из|раз|вз|с)ь(?=[еёюя])")
_SPOKEN_WORD = re.compile(r"(?<!\w)(?:" + "|".join(_SPOKEN) + r")(?!\w)")


def fold(text: str) -> str:
    """Case, apostrophes and ё folded; the result is what tokens are cut from."""
    folded = clean(text).translate(_APOSTROPHES).casefold()
    folded = _SWAPPED_WORD.sub(lambda m: _SWAPPED[m.group(0)], folded)
    folded = _SPOKEN_WORD.sub(lambda m: _SPOKEN[m.group(0)], folded)
    folded = _SOFT_FOR_HARD.sub(r"\1ъ", folded) if "ь" in folded else folded
    return _HE_HAD.sub(r"\1 had", folded) if "'d" in folded else folded


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def has_latin(text: str) -> bool:
    return bool(_LATIN.search(text))


def has_uzbek_letters(text: str) -> bool:
    return any(ch in _UZ_ONLY_LETTERS for ch in text)


def uz_cyrillic_to_latin(text: str) -> str:
    """Uzbek Cyrillic to the official Latin alphabet. Word-initial е and е after a vowel are 'ye'."""
    out: list[str] = []
    prev = ""
    for ch in text:
        if ch == "е" and (not prev or not prev.isalpha() or prev in _VOWELS):
            out.append("ye")
        else:
            out.append(_UZ_CYRILLIC_TO_LATIN.get(ch, ch))
        prev = ch
    return "".join(out)


def tokens(folded: str) -> list[str]:
    """Word tokens of folded text: runs of digits and runs of letters apart ("2030г" → 2030, г), with
    apostrophes kept inside Uzbek words (o'zbekiston, g'alaba) but not around them."""
    return [tok.rstrip("'") for tok in _TOKEN.findall(folded)]


_SPOKEN_YEAR = re.compile(r"\b(?:две тысячи )?двадцать (четверт|пят|шест|седьм)(?:ый|ой|ом|ого|ому|ым)\b")
_SPOKEN_YEARS = {"четверт": "2024", "пят": "2025", "шест": "2026", "седьм": "2027"}


_SHORT_RANGE = re.compile(r"\b(20\d\d)\s*([-–—/])\s*(\d\d)\b(?![-.:/]\d)")


_RU_MONTH_SHORT_YEAR = re.compile(
    r"\b((?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*)\s+"
    r"(2[0-9])(?:-?(?:го|м|ом))?(?=\s+(?:год|г\b)|[^\w-]|$)"
)
_RU_SHORT_YEAR = re.compile(r"\b(?:в|на|за|с)\s+(2[0-9])(?:-?(?:го|м|ом)?\s+(?=год)|-?о?м\b(?!\s*(?:от|метр)))")


def spoken_years(folded: str) -> str:
    """Years written as people write them, in digits: said in Russian ("на двадцать пятый", "в двадцать
    шестом году") or cut to two digits ("в январе 25го"), or a range cut short ("the 2026-30 programme"), so that they date a question as
    "2025" or "2026–2030" do (a cut "30" is no count of thirty)."""
    folded = _SPOKEN_YEAR.sub(lambda m: _SPOKEN_YEARS[m.group(1)], folded)
    # "в январе 25го", "в мае 25", "в 26-м году", "в 25м": a Russian month (no day comes after one),
    # "году", or the locative ending "-м" (no date takes it) before a two-digit number makes it a year
    folded = _RU_MONTH_SHORT_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", folded)
    folded = _RU_SHORT_YEAR.sub(
        lambda m: f"{m.group(0).split()[0]} 20{m.group(1)}" + (" " if m.group(0).endswith(" ") else ""), folded
    )
    return _SHORT_RANGE.sub(
        lambda m: (
            f"{m.group(1)}{m.group(2)}{m.group(1)[:2]}{m.group(3)}"
            if int(m.group(3)) > int(m.group(1)[2:])
            else m.group(0)
        ),
        folded,
    )


_SENTENCE_START = re.compile(r"(?<=[.!?\n])\s*(?=\S)")


def truncate(text: str, limit: int = MAX_MATCH_CHARS) -> str:
    """At most ``limit`` characters of the message, ending with its last question. A long chatty
    message puts the question last ("I served in the Turkestan district … so who led our unit at that
    parade? I'll note the name."), so the start of it would be only the introduction. The window
    begins at a sentence's start where one falls inside it; only the first few windows' worth of a
    pasted essay is looked at, so it costs no more than a question does."""
    if len(text) <= limit:
        return text
    head = text[: limit * 4]
    end = head.rfind("?") + 1 or len(head)
    start = max(0, end - limit)
    if start:
        cut = _SENTENCE_START.search(head, start, end)
        start = cut.end() if cut and cut.end() < end else start
    return head[start:end]


_SKELETON = str.maketrans({"о": "а", "е": "и", "э": "и", "ы": "и", "ё": "и"})


def skeleton(token: str) -> str:
    """Russian spelt by ear: unstressed о and а, е and и sound alike, so "дагавор" and "падписали"
    are common misspellings of "договор" and "подписали". Comparing skeletons forgives exactly that."""
    return token.translate(_SKELETON)
