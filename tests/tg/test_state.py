"""The current fact base and /reload: whole swaps, failures that keep the old base, off the loop."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.tg import state as state_module
from bot.tg.state import AnswererState

pytestmark = pytest.mark.asyncio


async def test_reload_swaps_in_a_new_base(kb_dir: Path):
    state = AnswererState(Answerer.load(kb_dir), kb_dir)
    old = state.current
    core = kb_dir / "facts" / "core.yaml"
    core.write_text(core.read_text().replace("a Wednesday", "a Wednesday (new)"))
    outcome = await state.reload()
    assert outcome.ok
    assert state.current is not old
    assert (outcome.facts, outcome.sources) == (6, 2)
    assert outcome.content_hash == state.current.kb.content_hash != outcome.previous_hash == old.kb.content_hash
    assert state.current.answer("When was the agreement signed?").text.startswith(
        "On 22 January 2025, a Wednesday (new)."
    )
    assert old.answer("When was the agreement signed?").text.startswith("On 22 January 2025, a Wednesday.")


async def test_failed_reload_keeps_the_current_base_and_lists_problems(kb_dir: Path):
    state = AnswererState(Answerer.load(kb_dir), kb_dir)
    old = state.current
    (kb_dir / "sources.yaml").write_text("- id: caspian-news\n  outlet: X\n")
    outcome = await state.reload()
    assert not outcome.ok
    assert state.current is old
    assert outcome.content_hash == outcome.previous_hash == old.kb.content_hash
    assert outcome.problems
    assert all(p.file.startswith("kb/") for p in outcome.problems)


async def test_an_unexpected_error_while_loading_is_a_failed_reload_not_a_crash(kb_dir: Path, monkeypatch):
    state = AnswererState(Answerer.load(kb_dir), kb_dir)
    old = state.current

    def explode(directory: object) -> Answerer:
        raise MemoryError("simulated")

    monkeypatch.setattr(state_module.Answerer, "load", staticmethod(explode))
    outcome = await state.reload()
    assert not outcome.ok
    assert state.current is old
    assert outcome.problems[0].message == "unexpected error: MemoryError"


async def test_reload_runs_off_the_event_loop_and_reloads_do_not_interleave(kb_dir: Path, monkeypatch):
    state = AnswererState(Answerer.load(kb_dir), kb_dir)
    real_load = Answerer.load
    active = 0
    overlap = False

    def slow_load(directory: object) -> Answerer:
        nonlocal active, overlap
        active += 1
        overlap = overlap or active > 1
        time.sleep(0.2)  # blocking, as parsing YAML and building the index are
        active -= 1
        return real_load(directory)  # type: ignore[arg-type]

    monkeypatch.setattr(state_module.Answerer, "load", staticmethod(slow_load))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    outcomes = await asyncio.gather(state.reload(), state.reload())
    task.cancel()
    assert all(o.ok for o in outcomes)
    assert not overlap
    assert ticks >= 5  # the loop kept running while both loads blocked their thread (on the loop: 0)


async def test_reloads_are_counted_for_stats(kb_dir: Path):
    state = AnswererState(Answerer.load(kb_dir), kb_dir)
    await state.reload()
    (kb_dir / "sources.yaml").write_text("- id: caspian-news\n  outlet: X\n")
    await state.reload()
    await state.reload()
    assert (state.reloads_ok, state.reloads_failed) == (1, 2)
