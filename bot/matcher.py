"""Finding the fact that answers a question, or deciding that none does.

Every example question of every fact (and of every decline topic) is an entry in an inverted index
of terms. A question is scored against each example by a soft, rarity-weighted overlap in both
directions:

* query coverage: how much of what the user asked is found in the example. A question about
  something the base never mentions ("How many soldiers will be deployed?") leaves its rare words
  uncovered and scores low, which is what makes the bot decline instead of guessing;
* example coverage: how much of the example the user asked about, so "Who signed?" prefers
  "Who signed the agreement?" to "Who is the Russian minister who signed?".

Terms match exactly, or fuzzily (rapidfuzz ratio) for typos and inflections. Weights are inverse
item frequencies: a word used by one fact decides more than "agreement", which every fact uses.
The index keeps per-term posting arrays, so a question touches only the examples that share a
term with it; the cost grows with those postings, not with the whole base.

Hand-written rather than a search library: the base is small, the scoring needs both directions
of coverage and a decline decision, and numpy plus rapidfuzz do the heavy lifting.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from rapidfuzz import fuzz, process

from bot.analysis import CLASS_SEP, FOREIGN, MAX_SUFFIX, MIN_STEM, Analyzer
from bot.normalize import fold, skeleton, tokens

ItemKind = Literal["fact", "decline"]
PAIR = "~"
_CLAUSES = re.compile(r"(?<=[.!?;])\s+|\n+")
NO_MATCH = "no fact matches well enough"
UNCOVERED = "names something the base does not cover"
VETOED = "asks what the sources do not say"
MAX_CLAUSES = 4
TOP_FACTS = 5
SIGNATURE_SHARE = 0.4
"""A word in at least this share of an item's examples is part of its signature…"""
SIGNATURE_MAX_ITEMS = 4
"""…when at most this many items use it."""
FOREIGN_SIMILARITY = 0.86
MIN_MISSPELT_FOREIGN = 5
"""Shorter words are never read as a misspelt name the base does not cover."""
CANONICAL_SIMILARITY = 0.86
"""How close a misspelling must be to a name the base does not cover to count as that name."""


@dataclass(frozen=True)
class Example:
    kind: ItemKind
    item_id: str
    lang: str
    text: str
    veto: bool = False
    veto_words: tuple[str, ...] = ()
    """When given, only these words of the topic veto (else every word only its examples use)."""


@dataclass(frozen=True)
class Tuning:
    answer_threshold: float = 0.5
    leader_margin: float = 0.05
    leader_ratio: float = 0.7
    """A fact at most ``leader_margin`` under the threshold answers when the next fact scores at most
    ``leader_ratio`` of it: a question in words the examples do not use ("…деган гаплар қачон
    чиққанди?") that no other fact comes near is still about that fact, not one to guess at."""
    far_margin: float = 0.14
    far_ratio: float = 0.65
    far_subjects: int = 2
    """Further below the threshold (``far_margin``), a fact answers when the next scores at most
    ``far_ratio`` of it and its answer speaks of ``far_subjects`` of the subjects the question names."""
    fuzzy_cutoff: float = 80.0
    min_fuzzy_len: int = 4
    unknown_weight: float = 0.8
    """Weight of a query word found nowhere in the base, as a share of the largest term weight."""
    query_share: float = 0.7
    """Exponent of query coverage in the score; example coverage gets the rest."""
    unknown_decay: float = 0.7
    """Each further unknown word weighs this much less: a long chatty message is not declined for its
    pleasantries, while one or two unknown content words still sink a question."""
    bag_weight: float = 0.85
    """Score of a question fully covered by one item's vocabulary across all its examples (a
    paraphrase that recombines wordings), relative to a perfect match with one example."""
    decline_bag_share: float = 0.9
    """Decline topics' bags count a little less, so that a question every word of which is also in a
    fact ("What documents were signed?") is answered, not declined, when both bags cover it."""
    prefix_len: int = 4
    class_similarity: float = 0.75
    """How much another member of a word class counts (Friday for Monday, Samarkand for Moscow)."""
    signature_penalty: float = 0.85
    """How much an item counts when the question has none of the item's signature words."""
    bigram_weight: float = 0.3
    """Weight of word pairs in their order ("uzbek minister" vs "russian minister … uzbekistan"),
    relative to single words; a pair the base never uses costs nothing."""


@dataclass(frozen=True)
class Match:
    kind: Literal["fact", "decline", "none"]
    item_id: str | None
    score: float
    reason: str
    example: str | None = None
    best_fact_id: str | None = None
    best_fact_score: float = 0.0
    top_facts: tuple[tuple[str, float], ...] = ()
    """The best-scoring facts, best first (at most ``TOP_FACTS``): the candidates when the best one cannot
    answer this kind of question, and for "Did you mean…?"."""
    final: bool = False
    """A decline no other reading of the message may overturn: it names an entity the base does not
    cover, or asks what the sources do not say (a veto topic)."""


class Matcher:
    def __init__(self, examples: Sequence[Example], analyzer: Analyzer, tuning: Tuning | None = None) -> None:
        self.analyzer = analyzer
        self.tuning = tuning or Tuning()
        ordered = sorted(examples, key=lambda e: (e.kind, e.item_id))
        self.examples = ordered
        self.items: list[tuple[ItemKind, str]] = []
        item_of_example = []
        for ex in ordered:
            key = (ex.kind, ex.item_id)
            if not self.items or self.items[-1] != key:
                self.items.append(key)
            item_of_example.append(len(self.items) - 1)
        self.item_is_fact = np.asarray([kind == "fact" for kind, _ in self.items], dtype=bool)
        self.bag_weights = np.where(
            self.item_is_fact, self.tuning.bag_weight, self.tuning.bag_weight * self.tuning.decline_bag_share
        )
        self.item_of_example = np.asarray(item_of_example, dtype=np.int64)

        vocab: dict[str, int] = {}
        example_terms: list[list[int]] = []
        item_sets: dict[int, set[int]] = {}
        spelled = _Speller(analyzer.surfaces)
        for n, ex in enumerate(ordered):
            terms = [spelled(t) for t in analyzer.terms(fold(ex.text))]
            ids = sorted({vocab.setdefault(t, len(vocab)) for t in [*terms, *_bigrams(terms)]})
            example_terms.append(ids)
            item_sets.setdefault(int(self.item_of_example[n]), set()).update(ids)
        self.vocab = vocab
        self.vocab_list = list(vocab)
        self.veto_items = {ex.item_id for ex in ordered if ex.veto}
        fact_terms = {v for n, ids in enumerate(example_terms) if ordered[n].kind == "fact" for v in ids}
        chosen: dict[str, set[str]] = {}  # a topic's own list of veto words, as terms
        for ex in ordered:
            if ex.veto_words and ex.item_id not in chosen:
                chosen[ex.item_id] = {spelled(t) for word in ex.veto_words for t in analyzer.terms(fold(word))}
        self.veto_stems: dict[str, str] = {
            word: item for item, words in chosen.items() if item in self.veto_items for word in words if len(word) >= 4
        }
        """A topic's own veto words as stems: "подарки" is "подарк", whichever form its examples use."""
        self.veto_terms: dict[int, str] = {
            v: ordered[n].item_id
            for n, ids in enumerate(example_terms)
            if ordered[n].veto
            for v in ids
            if v not in fact_terms
            and not self.vocab_list[v].startswith("#")
            and PAIR not in self.vocab_list[v]
            and (
                ordered[n].item_id not in chosen
                or any(self.vocab_list[v].startswith(word) for word in chosen[ordered[n].item_id])
            )
        }
        n_items = max(len(self.items), 1)
        df = np.zeros(len(vocab))
        for ids in item_sets.values():
            df[list(ids)] += 1
        self.idf = np.log1p(n_items / np.maximum(df, 1))
        scale = np.asarray([self.tuning.bigram_weight if PAIR in t else 1.0 for t in vocab])
        self.weight = self.idf * scale
        self._weights: list[float] = self.weight.tolist()
        self.unknown_weight = self.tuning.unknown_weight * math.log1p(n_items)

        postings: list[list[int]] = [[] for _ in vocab]
        for n, ids in enumerate(example_terms):
            for v in ids:
                postings[v].append(n)
        self.postings = [np.asarray(p, dtype=np.int64) for p in postings]
        self.example_weight = np.asarray(
            [float(self.weight[ids].sum()) if ids else 1.0 for ids in example_terms], dtype=np.float64
        )
        self._fuzzy_cache: dict[str, tuple[tuple[int, float], ...]] = {}
        # Typo tolerance lives here and only here: a word the base does not know is compared with every
        # word it does — the example questions' terms and every written form the lexicon lists, each
        # standing for its term — so "Kazakstan", "Xolmuhammedovga" and "подписaли" find their term.
        known: dict[str, int] = {}
        for term, v in vocab.items():
            if not term.startswith("#") and PAIR not in term:
                known[term] = v
        for surface, term in analyzer.surfaces.items():
            v = vocab.get(term)
            if v is not None and " " not in surface and surface not in known:
                known[surface] = v
        for ex in ordered:  # the inflected forms the examples use: "signed" for sign, so "sined" finds it
            for token in tokens(fold(ex.text)):
                term = analyzer.term(token)
                v = vocab.get(spelled(term)) if term is not None and " " not in term else None
                if v is not None and token not in known:
                    known[token] = v
        self._skeletons: dict[str, list[int]] = {}
        for word, v in known.items():
            if len(word) >= self.tuning.min_fuzzy_len:
                self._skeletons.setdefault(skeleton(word), []).append(v)
        self._skeleton_stems = {
            skeleton(surface): vocab[term]
            for surface, term in analyzer.surfaces.items()
            if term in vocab and len(surface) >= MIN_STEM and " " not in surface
        }
        by_letter: dict[tuple[int, int, str], tuple[list[str], list[int]]] = {}
        for word, v in known.items():
            if len(word) < 2:
                continue
            for position in (0, 1):
                words, ids = by_letter.setdefault((len(word), position, word[position]), ([], []))
                words.append(word)
                ids.append(v)
        self._by_letter = by_letter
        self._class_members: dict[str, list[int]] = {}
        for term, v in vocab.items():
            if term.startswith("#") and CLASS_SEP in term:
                self._class_members.setdefault(term.split(CLASS_SEP, 1)[0], []).append(v)
        self._by_prefix: dict[str, list[int]] = {}
        for term, v in vocab.items():
            if len(term) >= self.tuning.prefix_len and not term.startswith("#") and PAIR not in term:
                self._by_prefix.setdefault(term[: self.tuning.prefix_len], []).append(v)
        item_postings: list[set[int]] = [set() for _ in vocab]
        for item, ids in item_sets.items():
            for v in ids:
                item_postings[v].add(item)
        self.item_postings = [np.asarray(sorted(p), dtype=np.int64) for p in item_postings]
        # An item's signature: words most of its examples use and few other items do ("Turkey" for the
        # 2026 plan with Turkey). A question with none of them is not about that item, however much of
        # the rest of its vocabulary it shares, so its bag counts less.
        counts: dict[int, dict[int, int]] = {}
        sizes = np.bincount(self.item_of_example, minlength=len(self.items))
        for n, ids in enumerate(example_terms):
            item_counts = counts.setdefault(int(self.item_of_example[n]), {})
            for v in ids:
                item_counts[v] = item_counts.get(v, 0) + 1
        signature_of: list[list[int]] = [[] for _ in self.items]
        people = set(analyzer.people)
        for item, item_counts in counts.items():
            for v, count in item_counts.items():
                term = self.vocab_list[v]
                # names of people and numbers are often what a question asks for, not what it says
                answerable = term in people or term.isdigit()
                distinctive = df[v] <= SIGNATURE_MAX_ITEMS and not term.startswith("#") and not answerable
                if distinctive and PAIR not in self.vocab_list[v] and count >= SIGNATURE_SHARE * sizes[item]:
                    signature_of[item].append(v)
        self.signatures = signature_of

    @property
    def size(self) -> int:
        return len(self.examples)

    def lookup(self, term: str) -> tuple[tuple[int, float], ...]:
        """Vocabulary terms that ``term`` stands for, with a similarity in (0, 1]: itself, misspellings
        and inflections of it, or another member of its word class."""
        cached = self._fuzzy_cache.get(term)
        if cached is not None:
            return cached
        sims: dict[int, float] = {}
        exact = self.vocab.get(term)
        if exact is not None:
            sims[exact] = 1.0
        if term.startswith("#"):
            for v in self._class_members.get(term.split(CLASS_SEP, 1)[0], ()):
                sims.setdefault(v, self.tuning.class_similarity)
        elif PAIR not in term and not term.isdigit() and len(term) >= self.tuning.min_fuzzy_len:
            # A known word stands for itself and its inflections; only unknown ones are searched.
            for _, score, idx in () if exact is not None else self._fuzzy(term):
                sims[int(idx)] = max(sims.get(int(idx), 0.0), score / 100.0)
            for v in self._skeletons.get(skeleton(term), ()) if exact is None else ():
                sims[v] = max(sims.get(v, 0.0), 0.9)
            if exact is None:
                # spelt by ear and inflected: "падписали" is the lexicon's "подпис" plus an ending
                sounds = skeleton(term)
                for cut in range(len(sounds) - 1, max(MIN_STEM, len(sounds) - MAX_SUFFIX) - 1, -1):
                    v = self._skeleton_stems.get(sounds[:cut])
                    if v is not None:
                        sims[v] = max(sims.get(v, 0.0), 0.9)
                        break
            for v, sim in self._stem_matches(term):
                if sim > sims.get(v, 0.0):
                    sims[v] = sim
        result = tuple(sorted(sims.items(), key=lambda pair: -pair[1])[:6])
        if len(self._fuzzy_cache) < 100_000:
            self._fuzzy_cache[term] = result
        return result

    @staticmethod
    def _weighted_count(postings: list[np.ndarray], gains: list[tuple[int, float]], size: int) -> np.ndarray:
        """Sum of each (word, gain) over the word's postings, in one bincount."""
        if not gains:
            return np.zeros(size)
        lists = [postings[v] for v, _ in gains]
        weights = np.repeat([gain for _, gain in gains], [len(p) for p in lists])
        return np.bincount(np.concatenate(lists), weights=weights, minlength=size)

    def vetoes(self, term: str) -> bool:
        """Whether this one term alone marks a question the sources do not answer."""
        return self._veto([term]) is not None

    def _veto(self, terms: list[str]) -> str | None:
        for term in terms:
            for v, sim in self.lookup(term)[:1]:
                # (a short word one letter off is another word as often as a slip: "salar" is no "salary")
                if sim >= 0.9 and v in self.veto_terms and (len(term) >= 6 or sim >= 1.0):
                    return self.veto_terms[v]
            if term not in self.vocab or self.vocab[term] in self.veto_terms:
                stem = next((w for w in self.veto_stems if term.startswith(w)), None)
                if stem is not None:
                    return self.veto_stems[stem]
        return None

    def _fuzzy(self, term: str) -> list[tuple[str, float, int]]:
        """rapidfuzz over the words that can reach the cutoff: a ratio of r needs the shorter word to
        be at least r/(2-r) of the longer, and a typo seldom hits both of the first two letters, so
        only words of a fitting length sharing the first or the second letter are compared."""
        cut = self.tuning.fuzzy_cutoff / 100.0
        low = math.ceil(len(term) * cut / (2 - cut))
        high = math.floor(len(term) * (2 - cut) / cut)
        best: dict[int, tuple[str, float, int]] = {}
        for length in range(low, high + 1):
            for position in (0, 1):
                bucket = self._by_letter.get((length, position, term[position]))
                if bucket is None:
                    continue
                words, ids = bucket
                for word, score, pos in process.extract(
                    term, words, scorer=fuzz.ratio, score_cutoff=self.tuning.fuzzy_cutoff, limit=4
                ):
                    best[ids[pos]] = (word, score, ids[pos])
        return sorted(best.values(), key=lambda hit: -hit[1])[:4]

    def _stem_matches(self, term: str) -> list[tuple[int, float]]:
        """Words that share a stem, one being the other plus an ending (yilga/yilgacha,
        министр/министерство), which the ratio alone scores too low for Russian and Uzbek."""
        out = []
        for v in self._by_prefix.get(term[: self.tuning.prefix_len], ()):
            other = self.vocab_list[v]
            shorter, longer = sorted((len(term), len(other)))
            common = 0
            for a, b in zip(term, other, strict=False):
                if a != b:
                    break
                common += 1
            if common >= shorter - 1 and common * 2 >= longer:
                out.append((v, 0.75 + 0.2 * common / longer))
        return out

    def match(self, folded: str) -> Match:
        """The whole message, and each of its first sentences on its own: in "Hi, I'm writing a piece on
        defence ties. Who signed the deal? Thanks!" the question is one sentence among pleasantries."""
        whole = self._match(folded)
        clauses = [c for c in _CLAUSES.split(folded) if c.strip()]
        if len(clauses) < 2 or whole.kind == "fact" or whole.final:
            return whole
        best = whole
        for clause in clauses[:MAX_CLAUSES]:
            found = self._match(clause)
            if found.final:
                return found
            if found.kind == "fact" and (best.kind != "fact" or found.score > best.score):
                best = found
        return best

    def _match(self, folded: str) -> Match:
        terms = list(dict.fromkeys(self.analyzer.terms(folded)))
        if not terms:
            return Match("none", None, 0.0, "no words to match")
        if FOREIGN in terms or self.analyzer.unlicensed(terms) or self._misspelt_foreign(terms):
            return Match("none", None, 0.0, UNCOVERED, final=True)
        scored = self._score(terms)
        if scored is None:
            return Match("none", None, 0.0, "no word in common with the base")
        candidates, scores, item_scores = scored
        best = int(np.argmax(item_scores))
        kind, item_id = self.items[best]
        score = float(item_scores[best])
        mine = self.item_of_example[candidates] == best
        example = self.examples[int(candidates[mine][np.argmax(scores[mine])])].text if mine.any() else None

        masked = np.where(self.item_is_fact, item_scores, -1.0)
        order = np.argsort(-masked)[:TOP_FACTS]
        top = tuple((self.items[int(i)][1], float(masked[i])) for i in order if masked[i] > 0)
        fact_id, fact_score = item_id, score
        if kind != "fact":
            fact_id, fact_score = (top[0][0], top[0][1]) if top else (None, 0.0)
        if kind == "fact":
            veto = self._veto(terms)
            if veto is not None:
                return Match(
                    "decline",
                    veto,
                    score,
                    VETOED,
                    example,
                    fact_id,
                    fact_score,
                    top,
                    final=True,
                )
        if kind == "decline":
            return Match(
                "decline",
                item_id,
                score,
                "a message the base does not answer",
                example,
                fact_id,
                fact_score,
                top,
                final=item_id in self.veto_items and score >= self.tuning.answer_threshold,
            )
        if score < self.tuning.answer_threshold:
            return Match("none", None, score, NO_MATCH, example, fact_id, fact_score, top)
        return Match("fact", item_id, score, "match", example, fact_id, fact_score, top)

    def _misspelt_foreign(self, terms: list[str]) -> bool:
        """A misspelt name of something the base does not cover ("Kazakstan") counts as that name."""
        foreign = self.vocab.get(FOREIGN)
        if foreign is None:
            return False
        for term in terms:
            # (a short word one letter off a name is as often a word of its own: "spin" is not "Spain")
            if term.startswith("#") or term in self.vocab or len(term) < MIN_MISSPELT_FOREIGN:
                continue
            found = self.lookup(term)
            if found and found[0][0] == foreign and found[0][1] >= FOREIGN_SIMILARITY:
                return True
        return False

    def term_weight(self, term: str) -> float:
        """How much a base term tells (rare terms more): 0 for a word the base does not use."""
        v = self.vocab.get(term)
        return float(self._weights[v]) if v is not None else 0.0

    def canonical(self, term: str) -> str:
        """The base's own term for a word, its misspellings forgiven ("mirzieyev" → mirziyoyev): what
        other steps compare (yes/no claims) when they need one term rather than a ranked list."""
        if term in self.vocab or term.startswith("#"):
            return term
        found = self.lookup(term)
        if not found or found[0][1] < CANONICAL_SIMILARITY:
            return term
        nearest = self.vocab_list[found[0][0]]
        # Uzbek "-siz" is "without": "ishtirokisiz" is no misspelt "ishtiroki" (participation)
        return term if term.endswith("siz") != nearest.endswith("siz") else nearest

    def score_of(self, folded: str, item_id: str) -> float:
        """How well one item reads for a message, whichever reads best: what a step that doubts the best
        reading asks of the decline topic it would turn to."""
        scored = self._score(list(dict.fromkeys(self.analyzer.terms(folded))))
        if scored is None:
            return 0.0
        item_scores = scored[2]
        return max((float(item_scores[n]) for n, (_, key) in enumerate(self.items) if key == item_id), default=0.0)

    def unknown(self, folded: str) -> list[str]:
        """The question's words found nowhere in the base, not even misspelt: a follow-up that asks
        about one of them ("а какая техника?") asks something new, not more of the last topic."""
        return [t for t in dict.fromkeys(self.analyzer.terms(folded)) if t != FOREIGN and not self.lookup(t)]

    def _score(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The examples sharing a term with the question (sorted ids), their scores, and every item's
        score: its best example, or its bag of all examples' terms if that is higher. Only the
        examples that share a term are touched, so the cost follows the postings, not the base."""
        query_weight = 0.0
        unknown = 0
        matched: list[tuple[float, tuple[tuple[int, float], ...]]] = []
        resolved: list[str | None] = []
        for term in terms:
            found = self.lookup(term)
            resolved.append(self.vocab_list[found[0][0]] if found else None)
            if not found:
                query_weight += self.unknown_weight * self.tuning.unknown_decay**unknown
                unknown += 1
                continue
            weight = max(self._weights[v] for v, _ in found)
            query_weight += weight
            matched.append((weight, found))
        for pair in _bigrams(resolved):
            v = self.vocab.get(pair)
            if v is not None:
                weight = self._weights[v]
                query_weight += weight
                matched.append((weight, ((v, 1.0),)))
        if not matched:
            return None

        n, n_items = len(self.examples), len(self.items)
        single: list[tuple[int, float]] = []
        multi: list[tuple[float, tuple[tuple[int, float], ...]]] = []
        best_for_vocab: dict[int, float] = {}
        for weight, found in matched:
            for v, sim in found:
                best_for_vocab[v] = max(best_for_vocab.get(v, 0.0), sim)
            if len(found) == 1:  # the usual case: one word, so its postings are summed, not maxed
                single.append((found[0][0], weight * found[0][1]))
            else:
                multi.append((weight, found))
        covered = self._weighted_count(self.postings, single, n)
        bag_covered = self._weighted_count(self.item_postings, single, n_items)
        for weight, found in multi:
            best = np.zeros(n)
            bag_best = np.zeros(n_items)
            for v, sim in sorted(found, key=lambda pair: pair[1]):
                best[self.postings[v]] = sim
                bag_best[self.item_postings[v]] = sim
            covered += weight * best
            bag_covered += weight * bag_best
        example_cover = self._weighted_count(
            self.postings, [(v, self._weights[v] * sim) for v, sim in best_for_vocab.items()], n
        )
        candidates = np.flatnonzero(example_cover)
        query_cover = np.minimum(covered[candidates] / query_weight, 1.0)
        example_cover = np.minimum(example_cover[candidates] / self.example_weight[candidates], 1.0)
        share = self.tuning.query_share
        scores = np.power(query_cover, share) * np.power(example_cover, 1.0 - share)

        item_scores = np.zeros(len(self.items))
        owners = self.item_of_example[candidates]
        starts = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
        item_scores[owners[starts]] = np.maximum.reduceat(scores, starts)
        known = sum(1 for term in resolved if term is not None)
        if known >= 2:  # one word is too little to credit an item for its vocabulary alone ("how?")
            item_scores = np.maximum(item_scores, self.bag_weights * bag_covered / query_weight)
        asked = set(best_for_vocab)
        for item in np.flatnonzero(item_scores):
            signature = self.signatures[int(item)]
            if signature and not asked.intersection(signature):
                item_scores[item] *= self.tuning.signature_penalty
        return candidates, scores, item_scores


def _bigrams(terms: Sequence[str | None]) -> list[str]:
    return [f"{a}{PAIR}{b}" for a, b in itertools.pairwise(terms) if a and b and a != b]


class _Speller:
    """An example question's misspelt or unlisted form of a lexicon word ("militaries", "Xolmuhammedov")
    becomes that word's term, so the base's vocabulary has one term per word. Typo tolerance for what
    users write is ``Matcher.lookup``; this applies the same idea, once, to the examples."""

    CUTOFF = 86.0
    MIN_LEN = 6

    def __init__(self, surfaces: dict[str, str]) -> None:
        self.surfaces = surfaces
        self.terms = frozenset(surfaces.values())
        self.by_len: dict[int, list[str]] = {}
        for surface in surfaces:
            if len(surface) >= self.MIN_LEN - 1 and " " not in surface:
                self.by_len.setdefault(len(surface), []).append(surface)
        self.cache: dict[str, str] = {}

    def __call__(self, term: str) -> str:
        if term in self.terms or term.startswith("#") or len(term) < self.MIN_LEN or term.isdigit():
            return term
        found = self.cache.get(term)
        if found is None:
            found = term
            for length in sorted(self.by_len, reverse=True):
                if length > len(term) or len(term) - length > MAX_SUFFIX:
                    continue
                hit = process.extractOne(
                    term[:length], self.by_len[length], scorer=fuzz.ratio, score_cutoff=self.CUTOFF
                )
                if hit is not None:
                    found = self.surfaces[hit[0]]
                    break
            self.cache[term] = found
        return found
