"""Fact files cannot exhaust the bot: aliases, sizes, entry counts, nesting and links out of the base
are refused before they cost anything, and a flood of problems is reported as a few lines."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from benchmarks import hostile
from bot.answering import Answerer
from bot.knowledge import MAX_PROBLEMS, MAX_VALUE_CHARS, KnowledgeError, load_knowledge
from bot.tg.state import AnswererState

BUDGET_SECONDS = 10.0
BUDGET_MB = 300.0
BUDGET_OUTPUT = 4096


def _problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return [str(p) for p in info.value.problems]


def test_aliases_and_anchors_are_refused(kb_copy: Path):
    (kb_copy / "facts" / "zz.yaml").write_text("- &a {id: x}\n- *a\n")
    problems = _problems(kb_copy)
    assert problems == [
        "knowledge/facts/zz.yaml: YAML anchors and aliases (&name, *name) are not allowed in the fact base: refused"
    ]


def test_many_broken_entries_give_a_few_problems_and_a_count(kb_copy: Path):
    (kb_copy / "facts" / "zz.yaml").write_text("".join(f"- id: broken-{n}\n" for n in range(5000)))
    problems = _problems(kb_copy)
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].endswith("more problem(s) not listed")
    assert int(problems[-1].split("; ")[1].split()[0]) > 5000
    assert int(problems[-1].split("… ")[1].split()[0]) == MAX_PROBLEMS + int(problems[-1].split("; ")[1].split()[0])


def test_long_values_are_cut_in_problems(kb_copy: Path):
    long_id = "x" * 100_000
    (kb_copy / "facts" / "zz.yaml").write_text(f"- id: {long_id}\n")
    problems = _problems(kb_copy)
    assert problems
    assert all(len(p) < 8 * MAX_VALUE_CHARS for p in problems), [len(p) for p in problems]
    assert "more characters" in problems[0]


def test_a_link_inside_the_base_is_fine_one_leading_out_is_refused_without_echoing_it(kb_copy: Path, tmp_path: Path):
    facts = sorted((kb_copy / "facts").glob("*.yaml"))
    inside = kb_copy / "facts" / "zz-inside.yml"
    moved = kb_copy / "moved.txt"
    facts[0].rename(moved)
    inside.symlink_to(moved)
    load_knowledge(kb_copy)  # a link within the folder is the curator's business

    outside = tmp_path / "secret.yaml"
    outside.write_text("- id: SECRET-VALUE\n  answer: {en: SECRET}\n")
    (kb_copy / "facts" / "zz-out.yaml").symlink_to(outside)
    problems = _problems(kb_copy)
    assert problems == ["knowledge/facts/zz-out.yaml: is a link to a file outside the fact base folder: refused"]
    assert "SECRET" not in "".join(problems)


def test_a_text_file_too_large_is_refused(kb_copy: Path, monkeypatch: pytest.MonkeyPatch):
    import bot.knowledge as knowledge

    monkeypatch.setattr(knowledge, "MAX_FILE_BYTES", 30_000)
    problems = _problems(kb_copy)
    assert any("01-signing.yaml" in p and "bytes, over the limit of 30,000: refused" in p for p in problems)


def test_check_refuses_every_hostile_base_within_budget(tmp_path: Path, figures):
    """The bar: `python -m bot check` on each hostile base refuses within 10 s and 300 MB, with a
    few KB of output; the shipped base loads. Prints the figures (the benchmark's lines)."""
    outcomes = hostile.run(folder=tmp_path)
    figures()
    for outcome in outcomes:
        figures("hostile fact files:", outcome.line())
    for outcome in outcomes:
        assert outcome.code == (0 if outcome.kind == "shipped" else 1), outcome.output
        assert outcome.seconds < BUDGET_SECONDS, outcome.line()
        assert outcome.peak_mb < BUDGET_MB, outcome.line()
        assert outcome.output_bytes < BUDGET_OUTPUT, outcome.line()
        assert "Traceback" not in outcome.output
        assert "SECRET" not in outcome.output


@pytest.mark.parametrize("kind", hostile.HOSTILE)
def test_reload_refuses_a_hostile_base_and_keeps_serving(tmp_path: Path, kind: str):
    base = hostile.make_base("shipped", tmp_path / "kb")
    state = AnswererState(Answerer.load(base), base)
    before = state.current.kb.content_hash
    hostile_base = hostile.make_base(kind, tmp_path / "hostile")
    state.directory = hostile_base
    outcome = asyncio.run(state.reload())
    assert not outcome.ok
    assert len(outcome.problems) == 1
    assert state.current.kb.content_hash == before
    assert state.current.answer("Who signed the agreement?").answered
