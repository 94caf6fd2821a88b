"""The benchmark code runs and its report has the expected shape. No timing is asserted: speed is
the benchmarks' output, not a test's pass condition."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

pytest.importorskip("rank_bm25", reason="the bench extras are not installed (pip install -e '.[bench]')")
pytest.importorskip("sklearn", reason="the bench extras are not installed")
pytest.importorskip("matplotlib", reason="the bench extras are not installed")

from benchmarks import pipeline, proposal, quality, report, scale, speed
from benchmarks.common import PROJECT_EVAL, Config, Section, judge, perturb
from bot.answering import Answerer
from bot.knowledge import default_knowledge_dir


@pytest.fixture(scope="module")
def tiny_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few must-answer and must-decline questions per language from the project's own set."""
    items = [json.loads(line) for line in PROJECT_EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    picked: dict[tuple[str, bool], list[dict]] = {}
    for item in items:
        key = (item["lang"].split("-")[0], item.get("answered", True) is not False)
        if len(picked.setdefault(key, [])) < 3:
            picked[key].append(item)
    path = tmp_path_factory.mktemp("bench") / "tiny.jsonl"
    path.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for group in picked.values() for i in group), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def cfg(tiny_set: Path) -> Config:
    return Config.smoke(
        knowledge_dir=default_knowledge_dir(),
        question_sets=[("tiny", tiny_set)],
        scale_factors=(1, 2),
        scale_queries=30,
        yaml_max_factor=1,  # 2x is built in memory: both paths run
        pipeline_updates=12,
        pipeline_concurrency=(4,),
        pipeline_api_delays_ms=(0.0,),
        profile_factor=2,
        proposal_factors=(2,),
    )


@pytest.fixture(scope="module")
def bench_answerer() -> Answerer:
    return Answerer.load(default_knowledge_dir())


def assert_well_formed(section: Section) -> None:
    assert section.tables, section.name
    for table in section.tables:
        assert table.rows, table.title
        assert all(len(row) == len(table.columns) for row in table.rows), table.title
        numbers = list(table.numbers())
        assert numbers, table.title
        assert all(math.isfinite(x) for x in numbers), table.title
        assert table.to_markdown().count("\n|") >= len(table.rows) + 1


def test_judge_follows_the_score_rule() -> None:
    item = {"q": "?", "lang": "en", "expect": [["Belousov"], ["22 January", "January 22"]]}
    sources = [{"id": "x"}]
    assert not judge(item, {"answered": True, "text": "<b>Belousov</b> signed it", "sources": sources})
    assert judge(item, {"answered": True, "text": "Belousov, <i>January 22</i>", "sources": sources})
    assert not judge(item, {"answered": True, "text": "Belousov, January 22", "sources": []})
    assert judge({"q": "?", "lang": "en", "answered": False}, {"answered": False, "text": ""})
    near = {"q": "?", "lang": "uz", "answered": False, "or_expect": [["Hamkorlik"]]}
    assert judge(near, {"answered": True, "text": "Hamkorlik-2025 …", "sources": sources})
    assert not judge(near, {"answered": True, "text": "Birlik-2025 …", "sources": sources})
    assert not judge(near, {"answered": True, "text": "Hamkorlik-2025 …", "sources": []})


def test_threshold_tuning_maximizes_right_answers_plus_declines() -> None:
    import numpy as np

    scores = np.array([0.9, 0.8, 0.3, 0.2])
    right = np.array([True, True, False, False])
    must = np.array([True, True, False, False])
    assert quality.tune_threshold(scores, right, must) == pytest.approx(0.8)


def test_perturb_makes_a_new_string() -> None:
    import numpy as np

    rng = np.random.default_rng(1)
    assert perturb("Who signed the agreement?", rng) != "Who signed the agreement?"


def test_proposed_fuzzy_index_finds_what_a_full_scan_finds(bench_answerer: Answerer) -> None:
    import numpy as np

    vocab = bench_answerer.matcher.vocab_list
    rng = np.random.default_rng(5)
    words = [w for w in vocab if len(w) >= 4]
    terms = [perturb(words[int(i)], rng) for i in rng.integers(len(words), size=300)]
    for cutoff in (80.0, 70.0, 90.0):
        checked, same = proposal.compare(vocab, terms, cutoff)
        assert same == checked, cutoff


def test_quality(cfg: Config, bench_answerer: Answerer) -> None:
    section = quality.run(cfg, bench_answerer)
    assert_well_formed(section)
    systems = {row[1] for row in section.tables[0].rows}
    assert {"pactbot", "rapidfuzz best sentence", "BM25 (rank-bm25)"} <= systems
    assert any("TF-IDF" in s for s in systems)
    assert {row[0] for row in section.tables[0].rows} >= {"en", "ru", "uz", "all"}


def test_speed_in_process_and_rss_probe(cfg: Config) -> None:
    setup, latency, slow, data = speed.in_process(cfg)
    assert_well_formed(Section("speed", "", [setup, latency, slow]))
    assert data["eval questions, cold caches (best of passes)"]["n"] > 0
    rss = speed.peak_rss_of(["bot", "ask", "Who signed?"], b"", cfg.env())
    assert math.isnan(rss) or rss > 1


def test_scale_and_report(cfg: Config, tmp_path: Path) -> None:
    section = scale.run(cfg)
    assert_well_formed(section)
    results = section.data["results"]
    assert [(r["factor"], r["variant"]) for r in results] == [
        (1, "current"),
        (2, "current"),
        (2, "proposed fuzzy index"),
    ]
    assert [r["mode"] for r in results] == ["YAML", "in memory", "in memory"]
    assert results[1]["facts"] == 2 * results[0]["facts"]
    assert results[2]["proposal_terms_same"] == results[2]["proposal_terms_checked"]
    assert results[1]["examples"] > results[0]["examples"]
    path = report.write({"scale": section}, cfg, tmp_path, "test base")
    text = path.read_text(encoding="utf-8")
    assert "# Benchmarks" in text
    assert "![scale](benchmarks/scale.png)" in text
    assert (tmp_path / "benchmarks" / "scale.png").stat().st_size > 1000


def test_pipeline(cfg: Config, bench_answerer: Answerer) -> None:
    section = pipeline.run(cfg, bench_answerer)
    assert_well_formed(section)
    modes = [row[0] for row in section.tables[0].rows]
    assert "sequential" in modes
    assert any(m.startswith("concurrent") for m in modes)


def test_blind_scoring_counts_polarity_and_confidently_wrong(answerer, tmp_path):
    from benchmarks import blind

    items = [
        {
            "id": "1",
            "lang": "en",
            "q": "Were the documents signed in Moscow?",
            "expect": [["Tashkent"]],
            "polarity": "no",
        },
        {
            "id": "2",
            "lang": "en",
            "q": "Were the documents signed in Moscow?",
            "expect": [["Tashkent"]],
            "polarity": "yes",
        },
        {"id": "3", "lang": "en", "q": "What is the capital of Japan?", "answered": False},
        {"id": "4", "lang": "en", "q": "Who signed the documents?", "expect": [["Lavrov"]]},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    got = blind.score(answerer, path, "questions")
    assert got["answered"] == [1, 3]
    assert got["declined"] == [1, 1]
    assert got["wrong"] == [1, 4]  # the wrong lead is a miss, the wrong fact is confidently wrong


def test_blind_conversations_keep_context_per_chat(answerer, tmp_path):
    from benchmarks import blind

    conversations = [
        {
            "id": "a",
            "lang": "en",
            "turns": [
                {"q": "Who signed for the Uzbek side?", "expect": [["Kholmukhamedov"]]},
                {"q": "What did he say?", "expect": [["bilateral"]]},
            ],
        },
        {"id": "b", "lang": "en", "turns": [{"q": "What is the weather?", "answered": False}]},
    ]
    path = tmp_path / "chats.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in conversations), encoding="utf-8")
    assert [chat for chat, _ in blind.conversation_items(conversations)] == ["a", "b", "a"]
    got = blind.score(answerer, path, "conversations")
    assert got["answered"] == [2, 2]
    assert got["declined"] == [1, 1]


def test_context_memory_is_measured(answerer):
    from benchmarks import context

    assert 0.0 < context.memory(answerer, 1000) < 5.0


def test_a_written_synthetic_base_passes_the_checks_of_the_real_one(tmp_path: Path) -> None:
    """The 10× and larger bases are written as YAML and loaded like a curator's: every check applies."""
    from bot.knowledge import load_knowledge

    kb = load_knowledge(default_knowledge_dir())
    facts = scale.Synthesizer(kb).facts(2)
    assert any("caveat" in f for f in facts), "the real base has caveated facts; their copies keep the caveat"
    scale.write_base(kb, facts, tmp_path / "base")
    loaded = load_knowledge(tmp_path / "base")
    assert len(loaded.facts) == 2 * len(kb.facts)


def test_the_report_shows_the_blind_and_context_sections(cfg: Config, answerer, tmp_path: Path) -> None:
    from benchmarks import blind, context

    sections = {"blind": blind.run(cfg, answerer), "context": context.run(cfg, answerer)}
    text = report.write(sections, cfg, tmp_path, "test base").read_text(encoding="utf-8")
    for section in sections.values():
        assert section.to_markdown().splitlines()[0] in text
    assert "blind (first contact)" in text
