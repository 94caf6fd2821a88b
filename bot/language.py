"""Which language a question is in: en, ru or uz (Uzbek in Latin or Cyrillic script).

Script narrows it (Cyrillic: ru or uz; Latin: en or uz); then the words decide, counted against the
words each language uses in the fact base's own example questions, answers and stopword lists. A
fact base written in three languages is a better vocabulary for this narrow domain than a general
language-identification model, and costs nothing to load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.models import Lang
from bot.normalize import fold, has_cyrillic, has_latin, has_uzbek_letters, tokens, uz_cyrillic_to_latin

_UZ_LATIN_MARKS = ("o'", "g'", "sh", "ch", "x", "q")


@dataclass(frozen=True)
class Detected:
    lang: Lang
    uz_cyrillic: bool = False


class LanguageDetector:
    def __init__(self, words: dict[Lang, Iterable[str]]) -> None:
        self.words: dict[Lang, frozenset[str]] = {
            lang: frozenset(tok for text in texts for tok in tokens(fold(text))) for lang, texts in words.items()
        }

    def hits(self, toks: list[str], lang: Lang) -> int:
        """How many of the tokens the language's vocabulary holds."""
        return self._hits(toks, lang)

    def _hits(self, toks: list[str], lang: Lang) -> int:
        vocab = self.words.get(lang, frozenset())
        return sum(1 for tok in toks if tok in vocab)

    def detect(self, folded: str, fallback: Lang = "en") -> Detected:
        cyr = has_cyrillic(folded)
        lat = has_latin(folded)
        if cyr and _cyrillic_share(folded) >= 0.5:
            if has_uzbek_letters(folded):
                return Detected("uz", uz_cyrillic=True)
            toks = tokens(folded)
            ru = self._hits(toks, "ru")
            uz = self._hits(tokens(uz_cyrillic_to_latin(folded)), "uz")
            return Detected("uz", uz_cyrillic=True) if uz > ru else Detected("ru")
        if lat:
            # (a letter alone is no English word here: "oktabrda bo'lgandi-a?" ends in the Uzbek tag "-a")
            toks = [tok for tok in tokens(folded) if len(tok) > 1 and not tok.isdigit()]
            en = self._hits(toks, "en")
            uz = self._hits(toks, "uz")
            if uz == en and uz == 0:
                marked = sum(1 for tok in toks if any(mark in tok for mark in _UZ_LATIN_MARKS))
                if marked * 2 > len(toks):
                    return Detected("uz")
                return Detected(fallback if fallback in ("en", "uz") else "en")
            if uz == en:  # as many words of each: the conversation's or the user's language decides
                return Detected(fallback if fallback in ("en", "uz") else "en")
            return Detected("uz") if uz > en else Detected("en")
        return Detected(fallback)


def _cyrillic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff") / len(letters)
