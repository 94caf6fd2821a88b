"""Words typed with the keyboard in the other layout: "ljujdjh" is "договор" typed with the Latin
layout on, "цруку" is "where" typed with the Russian one on. People who switch between Russian and
English (or Uzbek) keyboards all day do it mid-sentence. No maintained package on PyPI does this for the
standard ЙЦУКЕН/QWERTY pair alone, and the table is one line each way.

A word is switched only when it is no word of the base's vocabulary as typed and is one after the
switch, so a real word is never rewritten and a misspelt one is left to the matcher's fuzzy matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
