"""Property-based tests: any text gets one valid reply; any corruption of a fact file gets a clear
error naming the file, never a crash and never a half-loaded base."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answering import Answerer
from bot.knowledge import PROJECT_KNOWLEDGE, KnowledgeError, load_knowledge
from bot.replies import TELEGRAM_LIMIT
from tests.telegram_html import html_errors

SLOWEST: list[float] = [0.0]
TRIED: list[int] = [0]

texts = st.one_of(
    st.text(max_size=10_000),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet="<>&\"'ʻ’ `\u200b\u200f\u202e\x00\n\t абвгдқўғҳabcxyz0123456789?!", max_size=400),
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from([None, "en", "ru", "uz"]), short=st.booleans())
@example(text="AQYSILARI", lang=None, short=False)  # a garbage word read as asking for the list of events
def test_any_text_gets_one_valid_reply(answerer: Answerer, text: str, lang, short: bool):
    started = time.perf_counter()
    reply = answerer.answer(text, lang=lang, short=short)
    SLOWEST[0] = max(SLOWEST[0], time.perf_counter() - started)
    TRIED[0] += 1
    assert html_errors(reply.text) == [], reply.text[:300]
    assert len(reply.text) <= TELEGRAM_LIMIT
    assert reply.language in ("en", "ru", "uz")
    if reply.answered:
        assert reply.fact_id is not None
        assert reply.sources
    elif reply.fact_id is not None:
        # a decline that explains ("list all 50 events"): its fact says what the sources do not give
        fact = answerer.facts[reply.fact_id]
        assert fact.unsaid or any(reply.fact_id in topic.open_facts for topic in answerer.declines.values())


def test_print_fuzz_figures(capsys: pytest.CaptureFixture[str]):
    """Runs after the property test (file order) and reports what it tried, for the CI log."""
    with capsys.disabled():
        print(f"\nfuzz: {TRIED[0]} inputs tried, slowest answer {SLOWEST[0] * 1000:.2f} ms")
    assert TRIED[0] > 0


def _corrupt(kind: str, data: list[dict], raw: str, rnd: st.DataObject) -> str:
    index = rnd.draw(st.integers(0, len(data) - 1))
    fact = data[index]
    if kind == "truncate":
        cut = rnd.draw(st.integers(1, max(len(raw) - 1, 1)))
        return raw[:cut] + "\n  - [broken"
    if kind == "indent":
        lines = raw.splitlines()
        # (a comment or a blank line stays one however it is indented: only a line of data can break)
        data_lines = [i for i, line in enumerate(lines) if i > 0 and line.strip() and not line.lstrip().startswith("#")]
        n = rnd.draw(st.sampled_from(data_lines))
        lines[n] = "   " + lines[n] + ": :"
        return "\n".join(lines)
    if kind == "wrong-type":
        fact["evidence"] = rnd.draw(st.sampled_from([42, "text", None, [1, 2], {"a": 1}]))
    elif kind == "duplicate-id":
        data.append(dict(data[index]))
    elif kind == "unknown-source":
        fact["evidence"][0]["source"] = "nowhere-" + rnd.draw(st.text("abc", min_size=1, max_size=5))
    elif kind == "altered-quote":
        quote = fact["evidence"][0]["quote"]
        pos = rnd.draw(st.integers(0, len(quote) - 1))
        fact["evidence"][0]["quote"] = quote[:pos] + "\u2042" + quote[pos + 1 :]
    elif kind == "missing-answer":
        fact["answer"].pop(rnd.draw(st.sampled_from(["en", "ru", "uz"])))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("kb") / "knowledge"
    shutil.copytree(PROJECT_KNOWLEDGE, target)
    return target


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(
        ["truncate", "indent", "wrong-type", "duplicate-id", "unknown-source", "altered-quote", "missing-answer"]
    ),
    rnd=st.data(),
)
def test_corrupted_fact_file_is_reported_never_half_loaded(pristine: Path, kind: str, rnd: st.DataObject):
    files = sorted((pristine / "facts").glob("*.yaml"))
    path = rnd.draw(st.sampled_from(files))
    raw = path.read_text(encoding="utf-8")
    try:
        broken = _corrupt(kind, yaml.safe_load(raw), raw, rnd)
        if broken == raw:
            return
        path.write_text(broken, encoding="utf-8")
        with pytest.raises(KnowledgeError) as info:
            load_knowledge(pristine)
        assert info.value.problems
        assert any(path.name in str(p) for p in info.value.problems), [str(p) for p in info.value.problems]
    finally:
        path.write_text(raw, encoding="utf-8")
