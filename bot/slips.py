"""Slips of typing the matcher's fuzzy matching cannot forgive, because they happen before it.

Words typed with the keyboard in the other layout: "ljujdjh" is "договор" typed with the Latin layout
on, "цруку" is "where" typed with the Russian one on. People who switch between Russian and English
(or Uzbek) keyboards all day do it mid-sentence. No maintained package on PyPI does this for the
standard ЙЦУКЕН/QWERTY pair alone, and the table is one line each way.

Misspelt question words ("whre", "wen", "hwo"): the matcher forgives a misspelt topic word, but the
kind of question is read from exact question words, and a "where" question read as no kind at all
goes to the wrong fact.

A word is rewritten only when it is no word of the base's vocabulary as typed, so a real word ("were",
"that") is never rewritten.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from rapidfuzz.distance import OSA

_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_TO_RUSSIAN = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_TO_LATIN = str.maketrans(_RUSSIAN_KEYS[1:], _LATIN_KEYS[1:])  # folded text has no ё
_CHUNK = re.compile(r"\S+")
_EDGES = re.compile(r"^([\"«(]*)(.*?)([?!)»\"]*)$")
MIN_LETTERS = 3


def switch_layout(folded: str, known: Callable[[str], bool]) -> str:
    """The folded text with each word typed in the other layout switched back, where that makes it a
    word ``known`` holds."""
    return _CHUNK.sub(lambda m: _switched(m.group(0), known), folded)


def _switched(chunk: str, known: Callable[[str], bool]) -> str:
    head, word, tail = _EDGES.match(chunk).groups()  # type: ignore[union-attr]
    if len(word) < MIN_LETTERS or known(word):
        return chunk
    if all(ch in _LATIN_KEYS for ch in word):
        other = word.translate(_TO_RUSSIAN)
    elif all(ch in _RUSSIAN_KEYS[1:] for ch in word):
        other = word.translate(_TO_LATIN)
    else:
        return chunk
    return f"{head}{other}{tail}" if known(other) else chunk


QUESTION_WORDS = ("where", "when", "who", "what", "which", "why", "how", "whose")
"""English question words; a typo of one is one edit away (a transposition counts as one) and keeps
its first letter or swaps the first two. Russian and Uzbek ones are short and inflected, and their misspellings are words."""


_CLAUSE_START = re.compile(r"(?:^|(?<=[.!?,;:—–]\s)|(?<=[.!?,;:—–]))\s*(\S+)")


def fix_question_words(folded: str, known: Callable[[str], bool]) -> str:
    """The folded text with misspelt English question words put right, where a question word stands:
    first in a clause ("whre was it signed?"), never inside one ("the whole deal" is no "whose")."""
    return _CLAUSE_START.sub(lambda m: m.group(0).replace(m.group(1), _question_word(m.group(1), known)), folded)


def _question_word(chunk: str, known: Callable[[str], bool]) -> str:
    head, word, tail = _EDGES.match(chunk).groups()  # type: ignore[union-attr]
    if len(word) < MIN_LETTERS or not word.isascii() or not word.isalpha() or known(word):
        return chunk
    near = [
        right
        for right in QUESTION_WORDS
        # the first letter kept, or the first two swapped ("hwo"): "here" is no "where"
        if (word[0] == right[0] or word[:2] == right[1::-1]) and OSA.distance(word, right, score_cutoff=1) <= 1
    ]
    # a letter left out is the likeliest slip: "wht" is "what", not "who" or "why"
    dropped = [right for right in near if len(right) == len(word) + 1 and _within(word, right)]
    return f"{head}{(dropped or near)[0]}{tail}" if near else chunk


def _within(short: str, long: str) -> bool:
    """``short`` is ``long`` with letters left out, in order."""
    letters = iter(long)
    return all(ch in letters for ch in short)


_WORD = re.compile(r"[^\W\d_]{4,}")


def fix_transpositions(folded: str, known: Callable[[str], bool]) -> str:
    """The folded text with words typed with two neighbouring letters swapped put right ("yaer" →
    "year", "mnistr" stays): only a word the vocabulary does not know, and only when exactly one swap
    makes a known word. The matcher forgives such a word as a topic, but not inside the phrases the
    lexicon reads whole ("what year" asks when)."""
    return _WORD.sub(lambda m: _unswapped(m.group(0), known), folded)


def _unswapped(word: str, known: Callable[[str], bool]) -> str:
    if known(word):
        return word
    found = {
        swapped
        for i in range(len(word) - 1)
        if word[i] != word[i + 1] and known(swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    }
    return found.pop() if len(found) == 1 else word


_UZ_PLAIN = {"k": ("q",), "u": ("o'",), "g": ("g'",), "x": ("h",), "o": ("o'",)}
"""Letters typed for the Uzbek ones a keyboard lacks: Cyrillic "к у г х" for "қ ў ғ ҳ" (so "машк",
"утган" convert to "mashk", "utgan"), and Latin "o", "g" for "o'", "g'" ("ozbek")."""
_UZ_WORD = re.compile(r"[a-z][a-z']{3,}")
MAX_RESPELT = 6
"""Letters of a word tried at most (2⁶ spellings): a longer word with that many is left as typed."""


def fix_uzbek_letters(folded: str, known: Callable[[str], bool]) -> str:
    """The folded Uzbek text with each unknown word respelt with the letters its writer could not type
    ("utgan yili ... mashk" → "o'tgan yili ... mashq"), where one spelling with the fewest changes
    is a word ``known`` holds."""
    return _UZ_WORD.sub(lambda m: _respelt(m.group(0), known), folded)


def _respelt(word: str, known: Callable[[str], bool]) -> str:
    if known(word):
        return word
    spots = [i for i, ch in enumerate(word) if ch in _UZ_PLAIN and word[i + 1 : i + 2] != "'"]
    if not spots or len(spots) > MAX_RESPELT:
        return word
    best: list[str] = []
    for changes in range(1, len(spots) + 1):
        for chosen in itertools.combinations(spots, changes):
            spelt = "".join(_UZ_PLAIN[ch][0] if i in chosen else ch for i, ch in enumerate(word))
            if known(spelt):
                best.append(spelt)
        if best:
            break
    return best[0] if len(set(best)) == 1 else word
