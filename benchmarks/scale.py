"""How the cost grows with the fact base: synthetic bases at 1×, 10×, 100× and 1000× the real one.

The k× base is the real base plus (k − 1) synthetic copies of its size: every synthetic fact takes a
real fact as its template and rewrites each of its example questions, in all three languages, with
the synthetic fact's own invented names (pseudo-words built from English, Russian or Uzbek
syllables) in place of the template's rarest content words, and, now and then, another content word
drawn from the real base's vocabulary of that language with its real frequency. So the synthetic
questions have the real lengths, the real common words ("who", "signed", "соглашение",
"imzoladi") with postings that grow with the base, and rare words of their own, as a real larger
base would. Answers and evidence are the template's (the quotes stay verbatim in the stored texts);
decline topics and the lexicon stay as they are.

Each size runs in a fresh process, so memory figures do not mix: the base is written as real YAML
files and read back with ``load_knowledge`` (checks included), or, above ``yaml_max_factor``, built
in memory as pydantic ``Fact`` objects and a ``KnowledgeBase`` (the table says which). Queries:
half the real evaluation questions, half typo'd variants of synthetic example questions, every
string distinct; cold passes run on emptied caches (every question new to the Answerer), warm
passes repeat them on full caches.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import itertools
import json
import math
import pstats
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from benchmarks.common import (
    ROOT,
    Config,
    Section,
    Table,
    all_questions,
    latency_stats,
    peak_rss_mb,
    perturb,
    reset_caches,
    rss_mb,
    time_calls,
)
from bot.knowledge import KnowledgeBase, default_knowledge_dir, load_knowledge
from bot.models import LANGS, Fact
from bot.normalize import fold, tokens

SYLLABLES = {
    "en": [
        "ber",
        "ton",
        "mar",
        "vel",
        "dra",
        "kin",
        "sto",
        "lan",
        "gor",
        "wen",
        "fil",
        "ham",
        "tre",
        "cor",
        "bris",
        "dal",
        "hol",
        "mun",
        "per",
        "rack",
        "sel",
        "tag",
        "vor",
        "wick",
        "ley",
        "ing",
    ],
    "ru": [
        "бер",
        "тон",
        "мар",
        "вел",
        "дра",
        "кин",
        "сто",
        "лан",
        "гор",
        "вен",
        "фил",
        "хам",
        "тре",
        "кор",
        "брис",
        "дал",
        "хол",
        "мун",
        "пер",
        "рак",
        "сел",
        "таг",
        "вор",
        "ков",
        "ев",
        "ин",
        "ск",
    ],
    "uz": [
        "ber",
        "to'n",
        "mar",
        "vel",
        "dra",
        "qin",
        "sto",
        "lan",
        "g'or",
        "xon",
        "fil",
        "sham",
        "tre",
        "qo'r",
        "bek",
        "dal",
        "xol",
        "mun",
        "per",
        "roq",
        "sel",
        "tosh",
        "vor",
        "obod",
        "iy",
        "lik",
    ],
}
_WORD = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)
FACTS_PER_FILE = 2000


class Synthesizer:
    """Synthetic facts in the image of a real base; deterministic for a given seed."""

    def __init__(self, kb: KnowledgeBase, seed: int = 2025) -> None:
        self.kb = kb
        self.draw = random.Random(seed)
        self.stopwords = {lang: {fold(w) for w in kb.lexicon.stopwords.get(lang)} for lang in LANGS}
        vocab: dict[str, Counter[str]] = {lang: Counter() for lang in LANGS}
        for fact in kb.facts:
            for lang in LANGS:
                for q in fact.questions.get(lang):
                    vocab[lang].update(
                        t for t in tokens(fold(q)) if len(t) >= 4 and t not in self.stopwords[lang] and not t.isdigit()
                    )
        self.vocab = {lang: list(c) for lang, c in vocab.items()}
        self.vocab_cum = {
            lang: list(itertools.accumulate(counter[w] for w in self.vocab[lang])) for lang, counter in vocab.items()
        }
        self.used: set[str] = set()
        self._parsed: dict[tuple[str, str], tuple[list[str], list[int]]] = {}

    def name(self, lang: str) -> str:
        parts = SYLLABLES[lang]
        while True:
            word = "".join(self.draw.choices(parts, k=self.draw.randint(3, 4)))
            if word not in self.used:
                self.used.add(word)
                return word

    def _parse(self, question: str, lang: str) -> tuple[list[str], list[int]]:
        """The question's words and the positions of its content words, longest first (cached: every
        synthetic copy of a template rewrites the same questions)."""
        key = (question, lang)
        cached = self._parsed.get(key)
        if cached is None:
            words = question.split()
            slots = []
            for n, word in enumerate(words):
                folded = fold(_WORD.match(word).group(2))  # type: ignore[union-attr]
                if len(folded) >= 4 and folded not in self.stopwords[lang] and not folded.isdigit():
                    slots.append((len(folded), n))
            cached = self._parsed[key] = (words, [n for _, n in sorted(slots, reverse=True)])
        return cached

    def rewrite(self, question: str, lang: str, names: list[str]) -> str:
        words, slots = self._parse(question, lang)
        if not slots:
            return f"{question.rstrip('?')} {names[0]}?"
        replace = {slots[0]: names[0]}
        if len(slots) > 1 and self.draw.random() < 0.5:
            replace[slots[1]] = names[1]
        if len(slots) > 2 and self.draw.random() < 0.3 and self.vocab[lang]:
            replace[slots[2]] = self.draw.choices(self.vocab[lang], cum_weights=self.vocab_cum[lang])[0]
        out = list(words)
        for n, name in replace.items():
            pre, _, post = _WORD.match(words[n]).groups()  # type: ignore[union-attr]
            out[n] = f"{pre}{name}{post}"
        return " ".join(out)

    def fact(self, number: int) -> dict[str, Any]:
        template = self.kb.facts[number % len(self.kb.facts)]
        data: dict[str, Any] = {"id": f"syn-{number:07d}", "answer": {}, "questions": {}}
        for lang in LANGS:
            names = [self.name(lang), self.name(lang)]
            data["questions"][lang] = [self.rewrite(q, lang, names) for q in template.questions.get(lang)]
            data["answer"][lang] = f"{template.answer.get(lang)} ({names[0]})"
        data["evidence"] = [{"source": ev.source, "quote": ev.quote} for ev in template.evidence]
        if template.caveat is not None:
            data["caveat"] = template.caveat.model_dump(mode="json")
        return data

    def facts(self, factor: int) -> list[dict[str, Any]]:
        return [self.fact(n) for n in range(len(self.kb.facts) * (factor - 1))]


def write_base(kb: KnowledgeBase, facts: list[dict[str, Any]], target: Path) -> None:
    """The real base's folder with the synthetic facts added as extra files in facts/."""
    shutil.copytree(kb.directory, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for start in range(0, len(facts), FACTS_PER_FILE):
        with open(target / "facts" / f"zz-synthetic-{start // FACTS_PER_FILE:05d}.yaml", "w", encoding="utf-8") as fh:
            yaml.dump(
                facts[start : start + FACTS_PER_FILE],
                fh,
                Dumper=dumper,
                allow_unicode=True,
                sort_keys=False,
                width=1000,
            )


def in_memory_base(kb: KnowledgeBase, facts: list[dict[str, Any]]) -> KnowledgeBase:
    return KnowledgeBase(
        directory=kb.directory,
        sources=kb.sources,
        facts=(*kb.facts, *(Fact.model_validate(f) for f in facts)),
        declines=kb.declines,
        lexicon=kb.lexicon,
        content_hash="synthetic",
        loaded_at=dt.datetime.now(dt.UTC),
        texts=kb.texts,
    )


def queries(kb: KnowledgeBase, real_count: int, real_questions: list[str], count: int, seed: int = 5) -> list[str]:
    """Half real evaluation questions, half typo'd variants of (synthetic, when there are any) example
    questions; all distinct."""
    rng = np.random.default_rng(seed)
    half = count // 2
    out: dict[str, None] = dict.fromkeys(real_questions[:half])
    pool = kb.facts[real_count:] or kb.facts
    tries = 0
    while len(out) < count and tries < count * 20:
        tries += 1
        fact = pool[int(rng.integers(len(pool)))]
        lang = LANGS[int(rng.integers(3))]
        qs = fact.questions.get(lang)
        out.setdefault(perturb(qs[int(rng.integers(len(qs)))], rng))
    return list(out)


def profile_queries(answerer: Any, qs: list[str], top: int = 12) -> list[dict[str, Any]]:
    """Where the time of a pass over ``qs`` goes, on a fresh Answerer (cold caches), by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for q in qs:
        answerer.answer(q)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        where = Path(file).name if file != "~" else "builtin"
        rows.append(
            {
                "function": f"{where}:{line}({func})" if file != "~" else func,
                "calls": calls,
                "own_ms_per_q": tottime * 1000 / len(qs),
                "cum_ms_per_q": cumtime * 1000 / len(qs),
                "own_share": tottime / total if total else 0.0,
            }
        )
    rows.sort(key=lambda r: -r["own_ms_per_q"])
    return rows[:top]


def run_queries(answerer: Any, qs: list[str], repeats: int, profile: bool, passes: int = 1) -> dict[str, Any]:
    """Cold: per question, the best of ``passes`` passes, each on emptied caches (the minimum drops the
    moments another process had the core; the first pass alone is kept too). Warm: passes repeated on
    full caches."""
    runs = []
    for _ in range(max(passes, 1)):
        reset_caches(answerer)
        runs.append(time_calls(answerer.answer, qs))
    warm = np.concatenate([time_calls(answerer.answer, qs) for _ in range(max(repeats - 1, 1))], axis=1)
    out: dict[str, Any] = {
        "queries": len(qs),
        "cold_passes": len(runs),
        "cold": latency_stats(np.stack(runs).min(axis=0)),
        "cold_once": latency_stats(runs[0]),
        "warm": latency_stats(warm),
    }
    if profile:
        reset_caches(answerer)
        out["profile"] = profile_queries(answerer, qs)
    return out


def worker(args: argparse.Namespace) -> list[dict[str, Any]]:
    """One size, measured in this (fresh) process: the current matcher, then (``--proposal``) the
    same index with the proposed fuzzy lookup swapped in, caches emptied in between."""
    from bot.answering import Answerer

    gc.collect()
    rss0 = rss_mb()
    real = load_knowledge(args.real_dir)
    real_count = len(real.facts)
    started = time.perf_counter()
    if args.base_dir:
        kb = load_knowledge(args.base_dir)
        mode = "YAML"
    else:
        facts = Synthesizer(real).facts(args.factor)
        kb = in_memory_base(real, facts)
        del facts
        mode = "in memory"
    load_s = time.perf_counter() - started
    gc.collect()
    rss_loaded = rss_mb()
    started = time.perf_counter()
    answerer = Answerer(kb)
    index_s = time.perf_counter() - started
    gc.collect()
    rss_indexed = rss_mb()

    real_questions = json.loads(Path(args.questions).read_text(encoding="utf-8"))
    qs = queries(kb, real_count, real_questions, args.queries)
    base: dict[str, Any] = {
        "variant": "current",
        "factor": args.factor,
        "mode": mode,
        "facts": len(kb.facts),
        "examples": answerer.matcher.size,
        "vocab": len(answerer.matcher.vocab),
        "load_s": load_s,
        "index_s": index_s,
        "rss_start_mb": rss0,
        "rss_loaded_mb": rss_loaded,
        "rss_indexed_mb": rss_indexed,
    }
    results = [
        {**base, **run_queries(answerer, qs, args.repeats, args.profile, args.passes), "peak_rss_mb": peak_rss_mb()}
    ]
    if args.proposal:
        from benchmarks import proposal

        started = time.perf_counter()
        proposal.install(answerer)
        extra_s = time.perf_counter() - started
        gc.collect()
        rss_proposed = rss_mb()
        matcher = answerer.matcher
        unseen = [
            t
            for t in dict.fromkeys(t for q in qs for t in matcher.analyzer.terms(fold(q)))
            if t not in matcher.vocab and len(t) >= matcher.tuning.min_fuzzy_len and not t.startswith("#")
        ]
        checked, same = proposal.compare(matcher.vocab_list, unseen[:400], matcher.tuning.fuzzy_cutoff)
        results.append(
            {
                **base,
                "variant": "proposed fuzzy index",
                "index_s": index_s + extra_s,
                "proposal_index_s": extra_s,
                "rss_indexed_mb": rss_proposed,
                "proposal_terms_checked": checked,
                "proposal_terms_same": same,
                **run_queries(answerer, qs, args.repeats, args.profile, args.passes),
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    return results


def measure(cfg: Config, factor: int, real_dir: Path, questions_file: Path, work: Path) -> list[dict[str, Any]]:
    """The current matcher at this size, and the proposal when ``cfg.proposal_factors`` asks for it."""
    base_dir = None
    write_s = 0.0
    if factor <= cfg.yaml_max_factor:
        real = load_knowledge(real_dir)
        started = time.perf_counter()
        facts = Synthesizer(real).facts(factor)
        base_dir = work / f"base-{factor}x"
        write_base(real, facts, base_dir)
        write_s = time.perf_counter() - started
        del facts, real
        gc.collect()
    large = factor > 100
    args = [
        sys.executable,
        "-m",
        "benchmarks.scale",
        "--worker",
        "--factor",
        str(factor),
        "--real-dir",
        str(real_dir),
        "--questions",
        str(questions_file),
        "--queries",
        str(max(cfg.scale_queries // 5, 100) if large else cfg.scale_queries),
        "--repeats",
        str(min(cfg.scale_repeats, 2) if large else cfg.scale_repeats),
        "--passes",
        str(1 if large else cfg.cold_passes),
    ]
    if base_dir is not None:
        args += ["--base-dir", str(base_dir)]
    if cfg.profile_factor == factor:
        args.append("--profile")
    if factor in cfg.proposal_factors:
        args.append("--proposal")
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"scale worker {factor}x failed:\n{proc.stderr[-3000:]}")
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    for result in results:
        result["write_s"] = write_s
        if base_dir is not None:
            result["yaml_mb"] = sum(p.stat().st_size for p in (base_dir / "facts").glob("*.yaml")) / 2**20
        print(
            f"  scale {factor}x ({result['variant']}): {result['examples']} examples, p50 {result['cold']['p50']:.3f} ms, "
            f"p99 {result['cold']['p99']:.3f} ms, RSS {result['rss_indexed_mb']:.0f} MiB",
            flush=True,
        )
    if base_dir is not None:
        shutil.rmtree(base_dir, ignore_errors=True)
    return results


def run(cfg: Config) -> Section:
    real_dir = Path(cfg.knowledge_dir or default_knowledge_dir())
    results = []
    with tempfile.TemporaryDirectory(prefix="pactbot-scale-") as tmp:
        work = Path(tmp)
        questions_file = work / "questions.json"
        questions_file.write_text(json.dumps(all_questions(cfg), ensure_ascii=False), encoding="utf-8")
        for factor in cfg.scale_factors:
            results += measure(cfg, factor, real_dir, questions_file, work)
    rows = []
    for r in results:
        rows.append(
            [
                f"{r['factor']}×",
                r["variant"],
                r["mode"],
                r["facts"],
                r["examples"],
                r["vocab"],
                r["load_s"],
                r["index_s"],
                r["cold"]["p50"],
                r["cold"]["p95"],
                r["cold"]["p99"],
                r["cold_once"]["p99"],
                r["warm"]["p50"],
                r["warm"]["p99"],
                r["cold"]["qps"],
                r["rss_indexed_mb"],
                r["rss_indexed_mb"] - r["rss_start_mb"],
                r["peak_rss_mb"],
            ]
        )
    table = Table(
        "Latency and memory against the size of the fact base",
        [
            "size",
            "matcher",
            "built from",
            "facts",
            "example questions",
            "terms",
            "load s",
            "index s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "p99 ms, one pass",
            "p50 ms warm",
            "p99 ms warm",
            "questions/s",
            "RSS MiB",
            "of which base + index MiB",
            "peak RSS MiB",
        ],
        rows,
        "p50/p95/p99: wall time of each question on emptied caches (every question new to the Answerer), the best "
        "of 3 such passes (1 above 100×), which leaves out the moments another process had the core; one pass: "
        "the first pass alone; warm: the same questions again on full caches. "
        "RSS: resident after loading and indexing (the interpreter and its libraries included); base + index: "
        "its growth from the start of the worker; "
        "peak RSS includes loading (YAML parsing and validation).",
    )
    tables = [table]
    findings = []
    targets = {1: 1.0, 100: 20.0}
    for r in results:
        if r["factor"] in targets and r["variant"] == "current":
            target = targets[r["factor"]]
            p99 = r["cold"]["p99"]
            verdict = "meets" if p99 <= target else "MISSES"
            findings.append(
                f"{r['factor']}×: p99 {p99:.3f} ms (target ≤ {target:g} ms): {verdict} the target; warm p99 {r['warm']['p99']:.3f} ms."
            )
    for r in results:
        if r["variant"] != "current":
            now = next(x for x in results if x["factor"] == r["factor"] and x["variant"] == "current")
            gain = now["cold"]["p99"] / r["cold"]["p99"] if r["cold"]["p99"] else float("nan")
            verdict = (
                f"{gain:.1f}× faster at p99"
                if gain >= 1.2
                else "no faster: the current matcher already narrows its fuzzy search enough"
            )
            findings.append(
                f"{r['factor']}× with the proposed fuzzy index (benchmarks/proposal.py): p50 {now['cold']['p50']:.3f} → "
                f"{r['cold']['p50']:.3f} ms, p99 {now['cold']['p99']:.3f} → {r['cold']['p99']:.3f} ms ({verdict}); "
                f"its index takes {r['proposal_index_s']:.2f} s to build; its lookups equal a full scan's for "
                f"{r['proposal_terms_same']} of {r['proposal_terms_checked']} unseen query words checked."
            )
    for r in results:
        if r.get("profile"):
            top = r["profile"][0]
            label = "" if r["variant"] == "current" else " with the proposed index"
            findings.append(
                f"Largest own time at {r['factor']}×{label}: {top['function']}, {top['own_ms_per_q']:.2f} ms per "
                f"question of {sum(p['own_ms_per_q'] for p in r['profile']):.2f} ms in the top functions (cProfile)."
            )
    for r in results:
        if "profile" in r:
            label = "" if r["variant"] == "current" else ", with the proposed fuzzy index"
            tables.append(
                Table(
                    f"Where the time goes at {r['factor']}×{label} (cProfile over a cold pass, own time per question)",
                    ["function", "calls", "own ms per question", "cumulative ms per question", "share of own time %"],
                    [
                        [p["function"], p["calls"], p["own_ms_per_q"], p["cum_ms_per_q"], 100 * p["own_share"]]
                        for p in r["profile"]
                    ],
                    "cProfile's overhead inflates Python-level calls; the ranking, not the absolute numbers, is the point.",
                )
            )
    return Section("Scale", __doc__.split("\n\n", 1)[1].strip(), tables, {"results": results}, findings)


def plot(results: list[dict[str, Any]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    current = [r for r in results if r["variant"] == "current"]
    proposed = [r for r in results if r["variant"] != "current"]
    sizes = np.asarray([r["examples"] for r in current], dtype=float)
    factors = [r["factor"] for r in current]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.4))
    ax1.loglog(sizes, [r["cold"]["p50"] for r in current], "o-", label="p50")
    ax1.loglog(sizes, [r["cold"]["p99"] for r in current], "s-", label="p99")
    ax1.loglog(sizes, [r["warm"]["p99"] for r in current], "^--", alpha=0.6, label="p99, warm caches")
    if proposed:
        ax1.loglog(
            [r["examples"] for r in proposed],
            [r["cold"]["p99"] for r in proposed],
            "D:",
            color="purple",
            label="p99, proposed fuzzy index",
        )
    targets = [(s, 1.0 if f == 1 else 20.0) for s, f in zip(sizes, factors, strict=True) if f in (1, 100)]
    if targets:
        ax1.scatter(
            *zip(*targets, strict=True),
            marker="_",
            s=500,
            color="red",
            zorder=5,
            label="target (1×: 1 ms, 100×: 20 ms)",
        )
    ax1.set_ylabel("latency per question, ms (log)")
    ax1.set_title("Answer latency vs fact-base size")
    ax2.loglog(sizes, [r["rss_indexed_mb"] for r in current], "o-", label="RSS after load + index")
    ax2.loglog(sizes, [r["peak_rss_mb"] for r in current], "s--", label="peak RSS (loading included)")
    growth = [max(r["rss_indexed_mb"] - r["rss_start_mb"], 0.01) for r in current]
    ax2.loglog(sizes, growth, "^-", label="growth: base + index only")
    ax2.set_ylabel("memory, MiB (log)")
    ax2.set_title("Memory vs fact-base size")
    for ax in (ax1, ax2):
        ax.set_xlabel("example questions in the base (log); labels: × the real base")
        for x, f in zip(sizes, factors, strict=True):
            ax.annotate(
                f"{f}×",
                (x, 0),
                xycoords=("data", "axes fraction"),
                xytext=(0, 4),
                textcoords="offset points",
                ha="center",
                fontsize=8,
                color="gray",
            )
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _main() -> int:
    ap = argparse.ArgumentParser(description="scale benchmark worker (run by python -m benchmarks)")
    ap.add_argument("--worker", action="store_true")
    ap.add_argument("--factor", type=int, required=True)
    ap.add_argument("--real-dir", type=Path, required=True)
    ap.add_argument("--base-dir", type=Path)
    ap.add_argument("--questions", type=Path, required=True)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--passes", type=int, default=1, help="cold passes per question (the best one counts)")
    ap.add_argument("--proposal", action="store_true", help="look terms up through benchmarks.proposal.FuzzyIndex")
    args = ap.parse_args()
    result = worker(args)
    print(json.dumps(result, default=lambda v: None if isinstance(v, float) and not math.isfinite(v) else str(v)))
    return 0


if __name__ == "__main__":
    sys.exit(_main())
