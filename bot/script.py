"""Uzbek answers in Cyrillic for people who ask in Cyrillic.

The fact base holds Uzbek in the official Latin alphabet; a question typed in Uzbek Cyrillic gets its
answer converted with ``alifbo`` (a maintained Uzbek transliterator that handles ye/yo/ya, o'/g',
ts and the e/э choice). Names of outlets and Latin spellings of people are protected so that
"Caspian News" and "Kholmukhamedov" stay as written; quoted evidence is never converted, it stays
as the source wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import alifbo

_PROTECTED_DEFAULT = (
    "Kholmukhamedov",
    "Khalmukhamedov",
    "TASS",
    "Interfax",
    "RIA",
    "Trend",
    "Daryo",
    "Military Watch Magazine",  # an outlet the sources cite but hold no report of
    # outlets the answers name (in notes on what the sources left out) without holding a report of them
    "Eurasianet",
    "The Diplomat",
    "RFE/RL",
    "Jamestown",
)
_TAG = re.compile(r"(<[^>]+>|&[a-z]+;|«[^»]*»)")
# an outlet's label may name the outlet it cites or reposts: "Caspian Post (citing The Moscow Times)"
_CITED = re.compile(r"\((?:citing|repost of|summarising|via)\s+(?!an?\s)([^)]+)\)")
_ASIDE = re.compile(r"\s*\([^)]*\)")


def outlet_names(outlet: str) -> list[str]:
    """The names in an outlet's label: the outlet and any it cites, each kept in Latin by itself."""
    names = [_ASIDE.sub("", outlet).strip()]
    names += [m.group(1).strip() for m in _CITED.finditer(outlet)]
    return [n for n in names if n]


class CyrillicUzbek:
    def __init__(self, protected: Iterable[str] = ()) -> None:
        names = [name for label in protected for name in outlet_names(label)]
        self.protected = tuple(dict.fromkeys([*_PROTECTED_DEFAULT, *protected, *names]))
        # an Uzbek suffix after a Latin name is joined by an apostrophe ("SNG.Today'ning"), which must stay
        # one; converted, it would be the hard sign ("SNG.Todayъning")
        self._apostrophe = re.compile(
            "(" + "|".join(re.escape(p) for p in sorted(self.protected, key=len, reverse=True)) + ")ъ"
        )
        self._convert = lru_cache(maxsize=8192)(self._convert_uncached)

    def _convert_uncached(self, text: str) -> str:
        converted = alifbo.to_cyrillic(text, protected_terms=self.protected).text
        return self._apostrophe.sub(r"\1'", converted)

    def warm(self, texts: Iterable[str]) -> None:
        """Converts the texts ahead of time, so that no reply waits for a first conversion."""
        for text in texts:
            self(text)

    def __call__(self, html_text: str) -> str:
        """Converts the text between tags, entities and «quotes», which are kept as they are."""
        pieces = _TAG.split(html_text)
        return "".join(p if n % 2 else (self._convert(p) if p.strip() else p) for n, p in enumerate(pieces))
