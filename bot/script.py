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
)
_TAG = re.compile(r"(<[^>]+>|&[a-z]+;|«[^»]*»)")


class CyrillicUzbek:
    def __init__(self, protected: Iterable[str] = ()) -> None:
        self.protected = tuple(dict.fromkeys([*_PROTECTED_DEFAULT, *protected]))
        self._convert = lru_cache(maxsize=8192)(self._convert_uncached)

    def _convert_uncached(self, text: str) -> str:
        return alifbo.to_cyrillic(text, protected_terms=self.protected).text

    def warm(self, texts: Iterable[str]) -> None:
        """Converts the texts ahead of time, so that no reply waits for a first conversion."""
        for text in texts:
            self(text)

    def __call__(self, html_text: str) -> str:
        """Converts the text between tags, entities and «quotes», which are kept as they are."""
        pieces = _TAG.split(html_text)
        return "".join(p if n % 2 else (self._convert(p) if p.strip() else p) for n, p in enumerate(pieces))
