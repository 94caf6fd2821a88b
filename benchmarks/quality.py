"""Answer quality: the bot against three retrieval baselines a user could pick instead.

Each baseline retrieves the best sentence of the stored seed article (the one source stored in
full) for a question, and "answers" with that sentence, citing the article. A question is answered
when the retrieval score reaches the baseline's threshold; the threshold is tuned on the very set
it is scored on (grid search over every score seen, maximizing answered-correctly + declined), which
flatters the baselines. The bot runs untuned, exactly as shipped. Everyone is judged by the same rule
as ../shared/eval/score.py.

Metrics, per language (uz-Cyrl questions count as uz):

* answered correctly: share of the must-answer questions answered with every expected group;
* declined: share of the must-decline questions declined;
* confidently wrong: share of all questions (must-answer and must-decline together) answered but
  wrong: a wrong answer to a must-answer question, or any answer to a must-decline one. A declined
  must-answer question is a miss, not confidently wrong;
* right overall: share of all questions handled right (answered correctly, or declined when it
  should be); answered at all: share of all questions answered, right or wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.common import Config, Section, Table, judge, lang_group, must_answer, perturb
from bot.answering import Answerer
from bot.knowledge import KnowledgeBase, load_knowledge
from bot.models import LANGS
from bot.normalize import fold, tokens

LANG_ROWS = ("en", "ru", "uz", "all")
NEAR = 90.0
"""fuzz.ratio (0-100) between normalized texts at or above which a question counts as nearly one of
the base's example questions."""
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[\"“«A-ZА-ЯЁЎҚҒҲ0-9])")


@dataclass(frozen=True)
class Passage:
    text: str
    source: str


def split_sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        out.extend(part.strip() for part in _SENTENCE_END.split(line.strip()) if part.strip())
    return out


def seed_source_id(kb: KnowledgeBase) -> str:
    """The source stored in full (not excerpts only): the seed article."""
    full = [s for s in kb.sources.values() if s.text_file and not s.excerpts_only]
    if not full:
        raise ValueError("no source is stored in full: the baselines need the seed article")
    full.sort(key=lambda s: (s.language != "en", s.id))
    return full[0].id


def passages(kb: KnowledgeBase, only: str | None) -> list[Passage]:
    out = []
    for source in kb.sources.values():
        if source.text_file is None or (only is not None and source.id != only):
            continue
        raw = (Path(kb.directory) / "texts" / source.text_file).read_text(encoding="utf-8")
        out.extend(Passage(sentence, source.id) for sentence in split_sentences(raw))
    return out


# --- the baselines: question -> (passage index, score) ---


class Baseline:
    name = ""

    def __init__(self, corpus: Sequence[Passage]) -> None:
        self.corpus = list(corpus)

    def retrieve(self, question: str) -> tuple[int, float]:
        raise NotImplementedError


class RapidfuzzBaseline(Baseline):
    SCORERS = ("WRatio", "token_set_ratio", "token_sort_ratio", "partial_ratio", "QRatio")

    def __init__(self, corpus: Sequence[Passage], scorer: str = "WRatio") -> None:
        from rapidfuzz import fuzz, utils

        super().__init__(corpus)
        self.scorer_name = scorer
        self.name = f"rapidfuzz ({scorer})"
        self.scorer = getattr(fuzz, scorer)
        self.processor = utils.default_process
        self.choices = [p.text for p in self.corpus]

    def retrieve(self, question: str) -> tuple[int, float]:
        from rapidfuzz import process

        found = process.extractOne(question, self.choices, scorer=self.scorer, processor=self.processor)
        if found is None:
            return 0, 0.0
        return int(found[2]), float(found[1])


class BM25Baseline(Baseline):
    name = "BM25 (rank-bm25)"

    def __init__(self, corpus: Sequence[Passage]) -> None:
        from rank_bm25 import BM25Okapi

        super().__init__(corpus)
        self.bm25 = BM25Okapi([tokens(fold(p.text)) or ["_"] for p in self.corpus])

    def retrieve(self, question: str) -> tuple[int, float]:
        query = tokens(fold(question))
        if not query:
            return 0, 0.0
        scores = self.bm25.get_scores(query)
        best = int(np.argmax(scores))
        return best, float(scores[best])


class TfidfBaseline(Baseline):
    name = "TF-IDF char 2–5-grams (scikit-learn)"

    def __init__(self, corpus: Sequence[Passage]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        super().__init__(corpus)
        self.vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        self.matrix = self.vectorizer.fit_transform([fold(p.text) for p in self.corpus])

    def retrieve(self, question: str) -> tuple[int, float]:
        vec = self.vectorizer.transform([fold(question)])
        scores = (self.matrix @ vec.T).toarray().ravel()  # rows are L2-normalized: cosine similarity
        best = int(np.argmax(scores))
        return best, float(scores[best])


# --- judging and threshold tuning ---


@dataclass
class Outcome:
    """Per question of one set: what one system did."""

    system: str
    answered: np.ndarray  # bool
    correct: np.ndarray  # bool: judged right (for must-decline questions: declined)
    detail: str = ""
    fact_ids: list[str | None] | None = None


def baseline_outcome(baseline: Baseline, items: list[dict]) -> tuple[Outcome, float]:
    found = [baseline.retrieve(item["q"]) for item in items]
    scores = np.asarray([score for _, score in found])
    must = np.asarray([must_answer(item) for item in items])
    # Would the retrieved sentence be right if the baseline answered with it?
    right_if_answered = np.asarray(
        [
            must_answer(item)
            and judge(
                item, {"answered": True, "text": baseline.corpus[idx].text, "sources": [baseline.corpus[idx].source]}
            )
            for item, (idx, _) in zip(items, found, strict=True)
        ]
    )
    threshold = tune_threshold(scores, right_if_answered, must)
    answered = scores >= threshold
    correct = np.where(must, answered & right_if_answered, ~answered)
    return Outcome(baseline.name, answered, correct, f"threshold {threshold:.4g}"), threshold


def tune_threshold(scores: np.ndarray, right_if_answered: np.ndarray, must: np.ndarray) -> float:
    """The threshold maximizing answered-correctly + declined; ties go to fewer confidently-wrong
    answers, then to the higher threshold."""
    candidates = np.unique(np.append(scores, np.inf))
    best_key, best_t = None, float(np.inf)
    for t in candidates:
        answered = scores >= t
        good = int(np.sum(answered & right_if_answered & must) + np.sum(~answered & ~must))
        wrong = int(np.sum(answered & ~right_if_answered))
        key = (good, -wrong, t)
        if best_key is None or key > best_key:
            best_key, best_t = key, float(t)
    return best_t


def bot_outcome(answerer: Answerer, items: list[dict]) -> Outcome:
    replies = [answerer.answer(item["q"].replace("\n", " ")).as_json() for item in items]
    answered = np.asarray([r["answered"] is True for r in replies])
    correct = np.asarray([judge(item, r) for item, r in zip(items, replies, strict=True)])
    outcome = Outcome("pactbot", answered, correct, "as shipped")
    outcome.fact_ids = [r.get("fact_id") for r in replies]
    return outcome


def rates(outcome: Outcome, items: list[dict], lang: str) -> dict[str, float | int]:
    mask = np.asarray([lang == "all" or lang_group(item["lang"]) == lang for item in items], dtype=bool)
    must = np.asarray([must_answer(item) for item in items], dtype=bool)
    ans_mask, dec_mask = mask & must, mask & ~must
    n_ans, n_dec, n_all = int(ans_mask.sum()), int(dec_mask.sum()), int(mask.sum())
    wrong = mask & outcome.answered & ~outcome.correct

    def pct(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else float("nan")

    return {
        "n_answer": n_ans,
        "n_decline": n_dec,
        "answered_correctly": pct(int((outcome.correct & ans_mask).sum()), n_ans),
        "declined": pct(int((outcome.correct & dec_mask).sum()), n_dec),
        "confidently_wrong": pct(int(wrong.sum()), n_all),
        "right_overall": pct(int((outcome.correct & mask).sum()), n_all),
        "answered_any": pct(int((outcome.answered & mask).sum()), n_all),
    }


def evaluate_set(answerer: Answerer, corpus: Sequence[Passage], items: list[dict]) -> list[Outcome]:
    outcomes = [bot_outcome(answerer, items)]
    # rapidfuzz: the best of several scorers, each with its own tuned threshold.
    best = None
    for scorer in RapidfuzzBaseline.SCORERS:
        outcome, _ = baseline_outcome(RapidfuzzBaseline(corpus, scorer), items)
        key = (int(outcome.correct.sum()), -int((outcome.answered & ~outcome.correct).sum()))
        if best is None or key > best[0]:
            best = (key, outcome, scorer)
    assert best is not None
    rf = best[1]
    rf.system = "rapidfuzz best sentence"
    rf.detail = f"scorer {best[2]}, {rf.detail}"
    outcomes.append(rf)
    for cls in (BM25Baseline, TfidfBaseline):
        outcomes.append(baseline_outcome(cls(corpus), items)[0])
    return outcomes


def quality_table(title: str, items: list[dict], outcomes: list[Outcome]) -> tuple[Table, dict]:
    rows, data = [], {}
    for lang in LANG_ROWS:
        for outcome in outcomes:
            r = rates(outcome, items, lang)
            if r["n_answer"] + r["n_decline"] == 0:
                continue
            data[(lang, outcome.system)] = r
            rows.append(
                [
                    lang,
                    outcome.system,
                    f"{r['n_answer']} / {r['n_decline']}",
                    *(
                        _cell(r[key])
                        for key in (
                            "answered_correctly",
                            "declined",
                            "confidently_wrong",
                            "right_overall",
                            "answered_any",
                        )
                    ),
                ]
            )
    table = Table(
        title,
        [
            "lang",
            "system",
            "questions (answer / decline)",
            "answered correctly %",
            "declined %",
            "confidently wrong %",
            "right overall %",
            "answered at all %",
        ],
        rows,
        "Baseline thresholds (tuned on this set): " + "; ".join(f"{o.system}: {o.detail}" for o in outcomes[1:]) + ".",
    )
    return table, data


def _cell(value: float) -> float | str:
    """A percentage, or a dash where the language has no question of that kind."""
    return value if value == value else "–"


def bars(set_name: str, data: dict, systems: list[str]) -> tuple[list[list], list[str]]:
    """Does the bot beat every baseline on answered-correctly and on declined, per language?"""
    rows, misses = [], []
    for lang in LANG_ROWS:
        bot = data.get((lang, "pactbot"))
        if bot is None:
            continue
        for metric in ("answered_correctly", "declined"):
            mine = bot[metric]
            if mine != mine:  # no questions of this kind in this language
                continue
            best_other = max(data[(lang, s)][metric] for s in systems if (lang, s) in data)
            if mine > best_other:
                verdict = "beats"
            elif mine == best_other == 100.0:
                verdict = "ties at 100% (cannot be beaten)"
            else:
                verdict = "ties" if mine == best_other else "LOSES"
            rows.append([set_name, lang, metric.replace("_", " "), mine, best_other, verdict])
            if verdict in ("ties", "LOSES"):
                misses.append(
                    f"{set_name} / {lang} / {metric.replace('_', ' ')}: bot {mine:.1f}% vs best baseline {best_other:.1f}% ({verdict})"
                )
    return rows, misses


def wrong_answers(items: list[dict], bot: Outcome) -> Table:
    """Every question the bot answered wrongly or declined wrongly: what a curator fixes next."""
    rows = []
    for n, item in enumerate(items):
        if bot.correct[n]:
            continue
        if not must_answer(item):
            wanted, got = "decline", f"answered: {bot.fact_ids[n] if bot.fact_ids else '?'}"
        else:
            wanted = " + ".join("/".join(group[:3]) for group in item["expect"])
            got = f"answered: {bot.fact_ids[n]}" if bot.answered[n] else "declined"
        rows.append([item.get("id", n), item["lang"], " ".join(item["q"].split())[:90], wanted, got])
    return Table("", ["id", "lang", "question", "wanted", "bot"], rows)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def overlap_row(set_name: str, answerer: Answerer, items: list[dict], bot: Outcome) -> list:
    """How much of a question set the fact base has seen: questions that are (nearly) one of its
    example questions, and how the bot does on the rest."""
    from rapidfuzz import fuzz, process

    examples = list(
        {
            _key(q)
            for item in (*answerer.kb.facts, *answerer.kb.declines)
            for lang in LANGS
            for q in item.questions.get(lang)
        }
    )
    known = set(examples)
    exact = np.asarray([_key(item["q"]) in known for item in items])
    near = np.asarray(
        [
            process.extractOne(_key(item["q"]), examples, scorer=fuzz.ratio, score_cutoff=NEAR) is not None
            for item in items
        ]
    )
    rest = ~near
    right_rest = 100.0 * float(bot.correct[rest].mean()) if rest.any() else float("nan")
    rng = np.random.default_rng(17)
    typod = [{**item, "q": perturb(item["q"], rng)} for item in items]
    right_typo = 100.0 * float(bot_outcome(answerer, typod).correct.mean())
    return [
        set_name,
        len(items),
        100.0 * exact.mean(),
        100.0 * near.mean(),
        int(rest.sum()),
        _cell(right_rest),
        100.0 * float(bot.correct.mean()),
        right_typo,
    ]


def run(cfg: Config, answerer: Answerer | None = None) -> Section:
    kb = answerer.kb if answerer is not None else load_knowledge(cfg.knowledge_dir)
    answerer = answerer or Answerer(kb)
    seed = seed_source_id(kb)
    seed_corpus = passages(kb, seed)
    all_corpus = passages(kb, None)
    tables, data, bar_rows, misses, wrong_tables, overlap_rows = [], {}, [], [], [], []
    for set_name, items in cfg.sets():
        outcomes = evaluate_set(answerer, seed_corpus, items)
        overlap_rows.append(overlap_row(set_name, answerer, items, outcomes[0]))
        wrong = wrong_answers(items, outcomes[0])
        if wrong.rows:
            wrong.title = f"{set_name}: the questions the bot got wrong"
            wrong_tables.append(wrong)
        table, set_data = quality_table(
            f"{set_name}: {len(items)} questions, baselines over the seed article", items, outcomes
        )
        tables.append(table)
        data[set_name] = set_data
        rows, missed = bars(set_name, set_data, [o.system for o in outcomes[1:]])
        bar_rows += rows
        misses += missed
        if len(all_corpus) > len(seed_corpus) and not cfg.quick:
            wide = evaluate_set(answerer, all_corpus, items)
            table, wide_data = quality_table(
                f"{set_name}: baselines over all {len({p.source for p in all_corpus})} stored texts (an extra, kinder comparison)",
                items,
                wide,
            )
            tables.append(table)
            data[f"{set_name} (all texts)"] = wide_data
    tables.append(
        Table(
            "The bar: the bot against the best baseline, per language",
            ["set", "lang", "metric", "bot %", "best baseline %", "verdict"],
            bar_rows,
            "A baseline's declined % is high only because it declines nearly everything: a threshold tuned for"
            " answered-correctly + declined settles where the article has no answer to most questions (it is in"
            " English, and ru/uz questions score low against it). Declining everything scores 100% declined;"
            " the right-overall and answered-at-all columns above show the price.",
        )
    )
    tables.append(
        Table(
            "How far the sets are from the base: questions the fact base has (nearly) as an example question",
            [
                "set",
                "questions",
                "same as an example %",
                f"near one (ratio ≥ {NEAR:g}) %",
                "questions not near any example",
                "bot right overall on those %",
                "bot right overall, all %",
                "bot right overall, one typo in every question %",
            ],
            overlap_rows,
            "Texts compared after case folding and with punctuation dropped. Example questions are what the"
            " matcher learns from, so a question that is one of them measures recall of the base, not how the"
            " bot copes with new wordings; the last columns are the bot on the others, and on a copy of the set"
            " with one typo put into each question (a letter dropped, doubled, swapped or replaced in one word).",
        )
    )
    tables += wrong_tables
    intro = (
        __doc__.split("\n\n", 1)[1].strip()
        + f"\n\nSeed article: source `{seed}`, {len(seed_corpus)} sentences. The bot answers from"
        f" {len(kb.facts)} facts."
    )
    section = Section("Quality", intro, tables, {"sets": data, "misses": misses, "seed_sentences": len(seed_corpus)})
    section.findings = misses or [
        "The bot beats every baseline on answered-correctly and on declined, in every language of every set."
    ]
    return section
