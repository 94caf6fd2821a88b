"""A proposed change to the matcher's fuzzy term lookup, measured here before it is made there.

Not used by the bot. ``Matcher.lookup`` runs ``process.extract`` over the whole vocabulary for every
query word it has not seen before (a typo, or a word the base never uses): O(vocabulary) per word,
and the vocabulary grows with the base. ``FuzzyIndex`` returns exactly what that call returns,
``process.extract(term, vocab, scorer=fuzz.ratio, score_cutoff=c, limit=k)``, but runs the scorer
only over the terms that can reach the cutoff, found through an inverted index of the
vocabulary's character bigrams:

* length: ``fuzz.ratio`` ≥ c allows lengths from c/(2 − c) to (2 − c)/c times the word's;
* shared bigrams: with S the two lengths' sum, ratio ≥ c means an Indel distance d ≤ (1 − c)·S
  and a common subsequence of L = (S − d)/2 characters, which fall into at most d + 1 runs that
  are substrings of both strings; so at least L − d − 1 ≥ (3c − 2)/2·S − 1 of the word's bigram
  positions hold a bigram the candidate also has (0.2·S − 1 at c = 0.8).

Neither filter drops a term that ``fuzz.ratio`` keeps, so answers do not change; ``install``
swaps it in under a built Matcher (for this measurement only: over the whole vocabulary, or over
each bucket where the matcher already narrows the search by length or letter) and ``compare``
checks the lookups.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process


def bigrams(term: str) -> list[str]:
    """The term's character bigrams, one per position (repeats kept)."""
    return [term[i : i + 2] for i in range(len(term) - 1)]


class FuzzyIndex:
    def __init__(self, vocab: Sequence[str]) -> None:
        self.vocab = vocab
        gram_ids: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        for n, term in enumerate(vocab):
            for gram in set(bigrams(term)):
                rows.append(gram_ids.setdefault(gram, len(gram_ids)))
                cols.append(n)
        order = np.argsort(np.asarray(rows, dtype=np.int64), kind="stable")
        self.gram_ids = gram_ids
        self.gram_terms = np.asarray(cols, dtype=np.int32)[order]
        self.gram_starts = np.searchsorted(np.asarray(rows, dtype=np.int64)[order], np.arange(len(gram_ids) + 1))
        self.lengths = np.asarray([len(t) for t in vocab], dtype=np.int32)

    def candidates(self, term: str, cutoff: float) -> np.ndarray:
        """Vocabulary indices (ascending) of every term whose fuzz.ratio with ``term`` can be ≥ cutoff."""
        c = cutoff / 100.0
        length = len(term)
        if c <= 2 / 3 or (3 * c - 2) / 2 * (length + length * c / (2 - c)) - 1 <= 1e-9:
            # The bigram bound says nothing here: every term of a possible length is a candidate.
            ok = (self.lengths * (2 - c) >= length * c - 1e-9) & (length * (2 - c) >= self.lengths * c - 1e-9)
            return np.flatnonzero(ok)
        ids = [self.gram_ids[g] for g in bigrams(term) if g in self.gram_ids]
        if not ids:
            return np.empty(0, dtype=np.int64)
        hits = np.concatenate([self.gram_terms[self.gram_starts[g] : self.gram_starts[g + 1]] for g in ids])
        cand, shared = np.unique(hits, return_counts=True)
        lengths = self.lengths[cand]
        keep = (lengths * (2 - c) >= length * c - 1e-9) & (length * (2 - c) >= lengths * c - 1e-9)
        keep &= shared >= (3 * c - 2) / 2 * (length + lengths) - 1 - 1e-9
        return cand[keep]

    def extract(self, term: str, score_cutoff: float, limit: int | None = 5) -> list[tuple[str, float, int]]:
        cand = self.candidates(term, score_cutoff)
        if cand.size == 0:
            return []
        words = [self.vocab[int(i)] for i in cand]
        found = process.extract(term, words, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=None)
        ranked = sorted((-score, int(cand[j])) for _, score, j in found)  # ties by vocabulary order
        return [(self.vocab[idx], -neg, idx) for neg, idx in ranked[:limit]]


def install(answerer: Any) -> dict[int, FuzzyIndex]:
    """Makes ``answerer``'s Matcher look terms up through FuzzyIndexes: one over its vocabulary and one
    over each bucket of words it keeps for fuzzy search (by length, by letter). The matcher module gets a
    ``process`` whose ``extract`` serves fuzz.ratio calls over one of those lists from its index (and
    passes every other call through). For a benchmark process only."""
    import bot.matcher as matcher_module

    matcher = answerer.matcher
    lists = [matcher.vocab_list, *_word_buckets(matcher)]
    indexes = {id(words): FuzzyIndex(words) for words in lists}
    real = getattr(matcher_module.process, "_real", matcher_module.process)

    def extract(query: str, choices: Any, *args: Any, **kwargs: Any) -> Any:
        index = indexes.get(id(choices))
        if index is not None and kwargs.get("scorer") is fuzz.ratio and not args:
            return index.extract(query, kwargs.get("score_cutoff") or 0.0, kwargs.get("limit", 5))
        return real.extract(query, choices, *args, **kwargs)

    shim = types.SimpleNamespace(**{name: getattr(real, name) for name in dir(real) if not name.startswith("_")})
    shim.extract = extract
    shim._real = real
    matcher_module.process = shim  # type: ignore[assignment]
    matcher._fuzzy_cache.clear()
    return indexes


def _word_buckets(matcher: Any) -> list[list[str]]:
    """The word lists the matcher hands to ``process.extract``: any dict attribute whose values are
    (words, ids) pairs, such as buckets by length or by letter."""
    found = []
    for value in vars(matcher).values():
        if not isinstance(value, dict) or not value:
            continue
        sample = next(iter(value.values()))
        if isinstance(sample, tuple) and len(sample) == 2 and isinstance(sample[0], list):
            found.extend(words for words, _ in value.values() if words and isinstance(words[0], str))
    return found


def uninstall() -> None:
    import bot.matcher as matcher_module

    matcher_module.process = process  # type: ignore[assignment]


def compare(vocab: Sequence[str], terms: Iterable[str], cutoff: float, limit: int = 4) -> tuple[int, int]:
    """(terms compared, terms where FuzzyIndex.extract equals process.extract over the whole vocabulary)."""
    index = FuzzyIndex(vocab)
    total = same = 0
    for term in terms:
        total += 1
        expected = [
            (w, s, i) for w, s, i in process.extract(term, vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
        ]
        same += expected == index.extract(term, cutoff, limit)
    return total, same
