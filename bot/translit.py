"""Russian typed in Latin letters ("kto podpisal dokumenty", "gde eto bylo") back to Cyrillic.

People type Russian in Latin letters on phones without a Cyrillic layout, by ear rather than by any
standard: "y" is й or ы, "ya"/"ja" are я, "c" is ц, "shch"/"sch" is щ, and soft signs are dropped.
The transliteration packages on PyPI were measured on such messages and implement the reverse of one
standard each: ``transliterate`` turns every "y" into "ы" ("rossiyskaya" → "россиыскаыа"),
``cyrtranslit`` reads "c" as "к" and "y" as "и" ("delegaciya" → "делегакия", "dokumenty" →
"документи"). This table is written for the informal habits instead, and the matcher's own fuzzy
matching forgives the rest (a missing ь, е for э).
"""

from __future__ import annotations

import re

_VOWELS = "aeiouy"
# Longest first: the scan takes the first match at each position.
_MULTI = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("tz", "ц"),
    ("yo", "ё"),
    ("jo", "ё"),
    ("yu", "ю"),
    ("ju", "ю"),
    ("ya", "я"),
    ("ja", "я"),
    ("ye", "е"),
    ("je", "е"),
)
_SINGLE = {
    "a": "а",
    "b": "б",
    "c": "ц",
    "d": "д",
    "e": "е",
    "f": "ф",
    "g": "г",
    "h": "х",
    "i": "и",
    "j": "й",
    "k": "к",
    "l": "л",
    "m": "м",
    "n": "н",
    "o": "о",
    "p": "п",
    "q": "к",
    "r": "р",
    "s": "с",
    "t": "т",
    "u": "у",
    "v": "в",
    "w": "в",
    "x": "кс",
    "z": "з",
    "'": "ь",
}
_WORD = re.compile(r"[a-z']+")


def _word(word: str) -> str:
    out: list[str] = []
    n = 0
    while n < len(word):
        rest = word[n:]
        prev = word[n - 1] if n else ""
        # "iy"/"yy" at a word's end is an adjective ending: -ий/-ый ("rossiyskiy", "novyy")
        if rest in ("iy", "yy", "ij", "yi", "yj"):
            # "kotoryi", "kotoryj" too: -ый
            out.append("ий" if rest[0] == "i" else "ый")
            break
        if rest.startswith("y"):
            nxt = rest[1:2]
            pair = next((cyr for lat, cyr in _MULTI if rest.startswith(lat)), None)
            if pair is not None and prev not in ("", *_VOWELS) and prev != "'":
                # after a consonant "ya" is я, as at the start of a word
                out.append(pair)
                n += 2
                continue
            if pair is not None:
                out.append(pair)
                n += 2
                continue
            # "y" after a vowel or before a consonant ends a syllable: й after a vowel, ы after a consonant
            out.append("й" if not prev or prev in _VOWELS or (nxt and nxt in _VOWELS) else "ы")
            n += 1
            continue
        for lat, cyr in _MULTI:
            if rest.startswith(lat):
                out.append(cyr)
                n += len(lat)
                break
        else:
            ch = word[n]
            if ch == "e" and not prev:
                out.append("э" if word.startswith(("eto", "eti", "etot", "eta", "ekspert", "eks")) else "е")
            else:
                out.append(_SINGLE.get(ch, ch))
            n += 1
    return "".join(out)


_CH_DIGIT = re.compile(r"(?<=[a-z])4|4(?=[a-z])")
"""A 4 inside a word is ч, its shape: "4lenom", "tehni4eskom"."""


def ru_latin_to_cyrillic(folded: str) -> str:
    """Folded Latin text as Russian in Cyrillic; digits, punctuation and spacing are kept."""
    return _WORD.sub(lambda m: _word(m.group(0)), _CH_DIGIT.sub("ch", folded))
