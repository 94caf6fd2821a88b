"""The loader and `check`: the shipped base passes; every kind of breakage is named, file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.knowledge import KnowledgeError, load_knowledge, squash
from bot.models import LANGS


def _problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load_knowledge(directory)
    return [str(p) for p in info.value.problems]


def _first_fact_file(directory: Path) -> Path:
    return sorted((directory / "facts").glob("*.yaml"))[0]


def test_shipped_base_is_valid_and_complete():
    kb = load_knowledge()
    assert len(kb.facts) >= 25
    for fact in kb.facts:
        for lang in LANGS:
            assert fact.answer.get(lang)
            assert len(fact.questions.get(lang)) >= 3, (fact.id, lang)
        for ev in fact.evidence:
            assert ev.source in kb.sources
            if ev.source in kb.texts:
                assert squash(ev.quote) in kb.texts[ev.source]
    assert kb.sources["caspian-news"].outlet == "Caspian News"


def test_every_source_is_cited_by_some_fact():
    kb = load_knowledge()
    cited = {ev.source for fact in kb.facts for ev in fact.evidence}
    assert set(kb.sources) <= cited


def test_content_hash_changes_with_content(kb_copy: Path):
    before = load_knowledge(kb_copy).content_hash
    path = _first_fact_file(kb_copy)
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert load_knowledge(kb_copy).content_hash != before


def test_altered_quote_is_reported_with_file_and_entry(kb_copy: Path):
    path = _first_fact_file(kb_copy)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[0]["evidence"][0]["quote"] = data[0]["evidence"][0]["quote"] + " and a claim nobody made"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = _problems(kb_copy)
    assert len(problems) == 1
    assert path.name in problems[0]
    assert data[0]["id"] in problems[0]
    assert "verbatim" in problems[0]


def test_invalid_yaml_names_the_file_and_line(kb_copy: Path):
    path = _first_fact_file(kb_copy)
    path.write_text(path.read_text(encoding="utf-8") + "\n- id: [unclosed\n", encoding="utf-8")
    problems = _problems(kb_copy)
    assert any(path.name in p and "invalid YAML" in p and "line" in p for p in problems)


def test_missing_language_unknown_source_and_related(kb_copy: Path):
    path = _first_fact_file(kb_copy)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data[0]["answer"]["uz"]
    data[1]["evidence"][0]["source"] = "no-such-source"
    data[1]["related"] = ["no-such-fact"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = "\n".join(_problems(kb_copy))
    assert f"fact {data[0]['id']!r}" in problems
    assert "answer.uz" in problems
    assert "unknown source 'no-such-source'" in problems
    assert "unknown fact 'no-such-fact'" in problems


def test_duplicate_id_and_shared_example_question(kb_copy: Path):
    path = _first_fact_file(kb_copy)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    twin = dict(data[0])
    other = kb_copy / "facts" / "zz-extra.yaml"
    other.write_text(yaml.safe_dump([twin], allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = "\n".join(_problems(kb_copy))
    assert "zz-extra.yaml" in problems
    assert f"duplicate fact id {twin['id']!r}" in problems
    assert "also claimed by" in problems


def test_wrong_types_and_unknown_keys(kb_copy: Path):
    path = _first_fact_file(kb_copy)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[0]["questions"]["en"] = "not a list"
    data[0]["colour"] = "blue"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problems = "\n".join(_problems(kb_copy))
    assert "questions.en" in problems
    assert "colour" in problems


def test_missing_stored_text_and_missing_folder(kb_copy: Path, tmp_path: Path):
    for text in (kb_copy / "texts").glob("caspian*"):
        text.unlink()
    assert any("not found in texts/" in p for p in _problems(kb_copy))
    assert any("not found" in p for p in _problems(tmp_path / "nowhere"))


def test_top_level_of_wrong_shape(kb_copy: Path):
    (kb_copy / "sources.yaml").write_text("just: a mapping\n", encoding="utf-8")
    problems = _problems(kb_copy)
    assert any("sources.yaml" in p and "expected a list" in p for p in problems)


def test_every_per_language_model_has_a_field_for_each_language_and_no_other():
    from bot.models import Localized, LocalizedList

    for model in (Localized, LocalizedList):
        assert tuple(model.model_fields) == LANGS, model.__name__
